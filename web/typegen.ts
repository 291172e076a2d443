import {
  GraphQLEnumType,
  GraphQLInputObjectType,
  GraphQLList,
  GraphQLNonNull,
  GraphQLObjectType,
  GraphQLScalarType,
  Kind,
  parse,
  typeFromAST,
  validate,
  type GraphQLInputType,
  type GraphQLOutputType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
} from "graphql";

/**
 * Result and variable types for the explorer's operations, from the composed API schema: a small generator for
 * what the explorer uses (fields, aliases, arguments, variables; no fragments), so that its types are the schema's,
 * not written by hand. tests/web/operations.test.ts keeps web/src/operations.generated.ts equal to its output
 * (`UPDATE_WEB_TYPES=1 npx vitest run tests/web/operations.test.ts` rewrites it).
 */
const SCALARS: Record<string, string> = { ID: "string", String: "string", Date: "string", DateTimeISO: "string", Int: "number", Float: "number", Boolean: "boolean", JSON: "unknown" };

export function generateTypes(schema: GraphQLSchema, documents: Record<string, string>): string {
  const enums = new Set<GraphQLEnumType>();
  const out: string[] = [];
  const scalar = (t: GraphQLScalarType) => {
    const ts = SCALARS[t.name];
    if (!ts) throw new Error(`no TypeScript type for the scalar ${t.name}`);
    return ts;
  };
  const pad = (depth: number) => "  ".repeat(depth);

  function output(type: GraphQLOutputType, set: SelectionSetNode | undefined, depth: number): string {
    if (type instanceof GraphQLNonNull) return outputNonNull(type.ofType, set, depth);
    return `${outputNonNull(type, set, depth)} | null`;
  }
  function outputNonNull(type: GraphQLOutputType, set: SelectionSetNode | undefined, depth: number): string {
    if (type instanceof GraphQLList) {
      const item = output(type.ofType, set, depth);
      return type.ofType instanceof GraphQLNonNull ? `${item}[]` : `Array<${item}>`;
    }
    if (type instanceof GraphQLScalarType) return scalar(type);
    if (type instanceof GraphQLEnumType) {
      enums.add(type);
      return type.name;
    }
    if (type instanceof GraphQLObjectType) return object(type, set!, depth);
    throw new Error(`unsupported output type ${String(type)} (interfaces and unions need fragments, which this generator leaves out)`);
  }
  function object(type: GraphQLObjectType, set: SelectionSetNode, depth: number): string {
    const fields = type.getFields();
    const lines = set.selections.map((sel) => {
      if (sel.kind !== Kind.FIELD) throw new Error("fragments are not supported");
      const name = sel.alias?.value ?? sel.name.value;
      if (sel.name.value === "__typename") return `${pad(depth + 1)}${name}: "${type.name}";`;
      const field = fields[sel.name.value];
      if (!field) throw new Error(`${type.name} has no field ${sel.name.value}`);
      return `${pad(depth + 1)}${name}: ${output(field.type, sel.selectionSet, depth + 1)};`;
    });
    return `{\n${lines.join("\n")}\n${pad(depth)}}`;
  }
  function input(type: GraphQLInputType): string {
    if (type instanceof GraphQLNonNull) return inputNonNull(type.ofType);
    return `${inputNonNull(type)} | null`;
  }
  function inputNonNull(type: GraphQLInputType): string {
    if (type instanceof GraphQLList) {
      const item = input(type.ofType);
      return type.ofType instanceof GraphQLNonNull ? `${item}[]` : `Array<${item}>`;
    }
    if (type instanceof GraphQLScalarType) return scalar(type);
    if (type instanceof GraphQLEnumType) {
      enums.add(type);
      return type.name;
    }
    if (type instanceof GraphQLInputObjectType) throw new Error(`input object ${type.name}: not supported yet`);
    throw new Error(`unsupported input type ${String(type)}`);
  }

  for (const [name, document] of Object.entries(documents)) {
    const doc = parse(document);
    const errors = validate(schema, doc);
    if (errors.length) throw new Error(`${name}: ${errors.map((e) => e.message).join("; ")}`);
    const op = doc.definitions.find((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    if (!op || op.operation !== "query") throw new Error(`${name}: one query operation expected`);
    out.push(`export type ${name}Data = ${object(schema.getQueryType()!, op.selectionSet, 0)};`);
    const vars = (op.variableDefinitions ?? []).map((v) => {
      const t = typeFromAST(schema, v.type as never) as GraphQLInputType;
      const optional = !(t instanceof GraphQLNonNull) || v.defaultValue !== undefined;
      return `  ${v.variable.name.value}${optional ? "?" : ""}: ${input(t)};`;
    });
    out.push(`export type ${name}Variables = ${vars.length ? `{\n${vars.join("\n")}\n}` : "Record<string, never>"};`);
  }
  const enumLines = [...enums]
    .sort((a, b) => a.name.localeCompare(b.name))
    .map((e) => `export type ${e.name} = ${e.getValues().map((v) => JSON.stringify(v.name)).join(" | ")};`);
  return `// Generated from the composed API schema and web/src/operations.ts by web/typegen.ts. Do not edit:\n// UPDATE_WEB_TYPES=1 npx vitest run tests/web/operations.test.ts\n\n${[...enumLines, "", ...out].join("\n")}\n`;
}
