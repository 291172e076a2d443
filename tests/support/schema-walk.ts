import { composeServices } from "@apollo/composition";
import {
  getNamedType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  parse,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLObjectType,
  type GraphQLSchema,
} from "graphql";
import { committedSubgraphs } from "../../src/gateway/compose.js";

/**
 * Walking the public schema for the hardening corpora (tests/hardening/bad-input.test.ts and
 * schema-fuzz.test.ts): the composed API schema, where each object type that has fields with
 * arguments can be reached from with real records, and the argument and input-field sites.
 */

/** A treaty of the curated seed, with parties, ratification stages and a signatory. */
export const TREATY = "ir-ru-comprehensive-strategic-partnership-2025";

/** The API schema a client of the gateway sees (the committed subgraphs, composed). */
export function apiSchema(): GraphQLSchema {
  const result = composeServices(committedSubgraphs().map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join("\n"));
  return result.schema.toAPISchema().toGraphQLJSSchema();
}

/** Valid sample values for arguments the corpus is not attacking, so the query reaches the field. */
export function sample(type: GraphQLInputType, payload: string, depth = 0): unknown {
  if (isNonNullType(type)) return sample(type.ofType, payload, depth);
  if (isListType(type)) return [sample(type.ofType, payload, depth)];
  if (isEnumType(type)) return type.getValues()[0].value;
  if (isInputObjectType(type)) {
    if (depth > 3) return {};
    const out: Record<string, unknown> = {};
    for (const f of Object.values(type.getFields())) out[f.name] = sample(f.type, payload, depth + 1);
    return out;
  }
  if (isScalarType(type)) return scalarSample(type.name, payload, { payload });
  return null;
}

/** A valid value of a scalar: `text` for text (String, ID and custom scalars), `json` for JSON. */
export function scalarSample(name: string, text: string, json: unknown): unknown {
  switch (name) {
    case "Int":
      return 1;
    case "Float":
      return 1.5;
    case "Boolean":
      return false;
    case "Date":
      return "2025-01-01";
    case "DateTimeISO":
      return "2025-01-01T00:00:00.000Z";
    case "JSON":
      return json;
    default:
      return text;
  }
}

/** Does this argument (or an input field inside it) take text? */
export function takesText(type: GraphQLInputType, depth = 0): boolean {
  const named = getNamedType(type);
  if (isScalarType(named)) return named.name === "String" || named.name === "ID" || named.name === "JSON";
  if (isInputObjectType(named) && depth < 4) return Object.values(named.getFields()).some((f) => takesText(f.type, depth + 1));
  return false;
}

export function selection(field: GraphQLField<unknown, unknown>): string {
  return isLeafType(getNamedType(field.type)) ? "" : "{ __typename }";
}

export function argsText(args: readonly GraphQLArgument[], prefix: string): { decl: string[]; use: string; vars: (payload: string) => Record<string, unknown> } {
  const decl = args.map((a) => `$${prefix}${a.name}: ${a.type.toString()}`);
  const use = args.length ? `(${args.map((a) => `${a.name}: $${prefix}${a.name}`).join(", ")})` : "";
  return { decl, use, vars: (payload) => Object.fromEntries(args.map((a) => [`${prefix}${a.name}`, sample(a.type, payload)])) };
}

/**
 * Where each object type can be reached from, with real records, so that the payload reaches the
 * nested field's resolver: an entry point per type, then fields without required arguments.
 */
export const ENTRY: Record<string, string> = {
  Query: "",
  Country: `country(code: "IR")`,
  Agreement: `agreement(id: "${TREATY}")`,
  AgreementParty: `agreement(id: "${TREATY}") { parties`,
  Ratification: `agreement(id: "${TREATY}") { parties { ratification`,
  RatificationStage: `agreement(id: "${TREATY}") { parties { ratification { stages`,
  Topic: `topic(code: "energy")`,
  Person: `agreement(id: "${TREATY}") { parties { signatory`,
  BilateralRelation: `bilateralRelation(between: ["IR", "RU"])`,
  TradeCorridor: `corridor(id: "instc")`,
  CorridorMember: `corridor(id: "instc") { members`,
  CorridorSegment: `corridor(id: "instc") { segments`,
};

/** `inner` (a field with its arguments and selection) placed inside the entry point of `typeName`. */
export function inEntry(typeName: string, rootName: string, inner: string): string {
  const entry = typeName === rootName ? "" : ENTRY[typeName];
  if (entry === undefined) throw new Error(`no ENTRY for ${typeName}`);
  const opens = (entry.match(/\{/g) ?? []).length;
  return entry ? `${entry} { ${inner} }${" }".repeat(opens)}` : inner;
}

/** Object types that have at least one field with arguments, reachable from `root`, the root itself excluded. */
export function typesWithArguments(schema: GraphQLSchema, root: GraphQLObjectType): string[] {
  const seen = new Set<string>([root.name]);
  const out: string[] = [];
  const queue: GraphQLObjectType[] = [root];
  while (queue.length) {
    const type = queue.shift()!;
    for (const field of Object.values(type.getFields())) {
      const named = getNamedType(field.type);
      const members = isObjectType(named) ? [named] : "getTypes" in named ? (named as { getTypes(): readonly GraphQLObjectType[] }).getTypes() : [];
      for (const t of members) {
        if (seen.has(t.name)) continue;
        seen.add(t.name);
        queue.push(t);
        if (Object.values(t.getFields()).some((f) => f.args.length > 0)) out.push(t.name);
      }
    }
  }
  return out.sort();
}

/** Every input-object field reachable from a type, recursively (each input type once), as "Input.field". */
export function inputFieldsOf(type: GraphQLInputType, seen = new Set<string>()): string[] {
  const named = getNamedType(type);
  if (!isInputObjectType(named) || seen.has(named.name)) return [];
  seen.add(named.name);
  return Object.values(named.getFields()).flatMap((f) => [`${named.name}.${f.name}`, ...inputFieldsOf(f.type, seen)]);
}
