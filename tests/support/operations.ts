import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import {
  getNamedType,
  isAbstractType,
  isCompositeType,
  isObjectType,
  Kind,
  parse,
  print,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLObjectType,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionNode,
} from "graphql";

/**
 * The operations clients send, from the files that hold them, for every test that runs or checks them:
 * - README's examples: docs/examples/<Name>.graphql, one named query per file; README's "## Example queries"
 *   shows each file as it is (tests/web/examples.test.ts);
 * - the explorer's operations: web/src/graphql/*.graphql, one named query per file, with the fragments they share
 *   in fragments.graphql; graphql-codegen types them (web/codegen.ts), and the explorer sends the same documents.
 */
export const EXAMPLES_DIR = "docs/examples";
export const EXPLORER_DIR = "web/src/graphql";

export interface NamedOperation {
  /** The operation's name (README examples: also the file's name). */
  name: string;
  /** The whole document to send: the operation and every fragment it uses. */
  document: string;
  /** Variables that run it on the seeded data ({} when it takes none). */
  variables: Record<string, unknown>;
  /** The file that holds the operation. */
  file: string;
}

const TREATY = "ir-ru-comprehensive-strategic-partnership-2025";

/** Values for the explorer's variables, as the page sends them for the seeded Iran–Russia treaty and the INSTC. */
const EXPLORER_VARIABLES: Record<string, Record<string, unknown>> = {
  ExplorerCountries: { after: null },
  ExplorerRelation: { between: ["IR", "RU"], asOf: "2025-05-01", bilateralOnly: true },
  ExplorerAgreement: { id: TREATY, asOf: "2025-05-01" },
  ExplorerCorridorMap: {},
  ExplorerCorridorPath: { from: "in-nhava-sheva", to: "ru-moscow", statuses: ["OPERATIONAL"] },
};

function graphqlFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".graphql"))
    .sort()
    .map((f) => join(dir, f));
}

/** README's example queries, in file-name order, each sent as its file holds it. */
export function exampleOperations(dir = EXAMPLES_DIR): NamedOperation[] {
  return graphqlFiles(dir).map((file) => {
    const document = readFileSync(file, "utf8");
    const definitions = parse(document).definitions;
    const op = definitions[0];
    if (definitions.length !== 1 || op.kind !== Kind.OPERATION_DEFINITION || op.operation !== "query" || !op.name) {
      throw new Error(`${file}: one named query expected`);
    }
    return { name: op.name.value, document, variables: {}, file };
  });
}

/** The explorer's operations, in file-name order, each with the fragments it uses (in order of first use). */
export function explorerOperations(dir = EXPLORER_DIR): NamedOperation[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  const operations: { op: OperationDefinitionNode; file: string }[] = [];
  for (const file of graphqlFiles(dir)) {
    for (const d of parse(readFileSync(file, "utf8")).definitions) {
      if (d.kind === Kind.FRAGMENT_DEFINITION) {
        if (fragments.has(d.name.value)) throw new Error(`${file}: fragment ${d.name.value} is defined twice`);
        fragments.set(d.name.value, d);
      } else if (d.kind === Kind.OPERATION_DEFINITION && d.name) {
        operations.push({ op: d, file });
      } else {
        throw new Error(`${file}: only named operations and fragments expected`);
      }
    }
  }
  return operations.map(({ op, file }) => {
    const name = op.name!.value;
    const used: FragmentDefinitionNode[] = [];
    const visit = (selections: readonly SelectionNode[]) => {
      for (const s of selections) {
        if (s.kind === Kind.FRAGMENT_SPREAD) {
          const f = fragments.get(s.name.value);
          if (!f) throw new Error(`${name}: unknown fragment ${s.name.value}`);
          if (!used.includes(f)) {
            used.push(f);
            visit(f.selectionSet.selections);
          }
        } else if (s.selectionSet) visit(s.selectionSet.selections);
      }
    };
    visit(op.selectionSet.selections);
    const variables = EXPLORER_VARIABLES[name] ?? {};
    for (const v of op.variableDefinitions ?? []) {
      if (v.type.kind === Kind.NON_NULL_TYPE && !v.defaultValue && !(v.variable.name.value in variables)) {
        throw new Error(`${name}: give $${v.variable.name.value} a value in EXPLORER_VARIABLES (tests/support/operations.ts)`);
      }
    }
    const document = print({ kind: Kind.DOCUMENT, definitions: [op, ...used] } as DocumentNode);
    return { name, document: `${document}\n`, variables, file };
  });
}

/** Every operation a client of ours sends: README's examples, then the explorer's. */
export function clientOperations(): NamedOperation[] {
  return [...exampleOperations(), ...explorerOperations()];
}

/**
 * Where a document selects an object of a type that has an `id` field without selecting `id` (unaliased, so a
 * client cache such as Apollo's InMemoryCache can key it by `__typename:id`): one path per place, with the type.
 * Union and interface selections are checked for each possible type.
 */
export function selectionsWithoutId(schema: GraphQLSchema, document: DocumentNode): string[] {
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of document.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);
  const missing: string[] = [];

  const applies = (condition: string | undefined, type: GraphQLObjectType) => {
    if (!condition || condition === type.name) return true;
    const t = schema.getType(condition);
    return !!t && isAbstractType(t) && schema.isSubType(t, type);
  };
  /** The fields selected on an object of `type`, by response key, through inline fragments and spreads. */
  const collect = (selections: readonly SelectionNode[], type: GraphQLObjectType, into = new Map<string, SelectionNode[]>()) => {
    for (const s of selections) {
      if (s.kind === Kind.FIELD) into.set(s.alias?.value ?? s.name.value, [...(into.get(s.alias?.value ?? s.name.value) ?? []), s]);
      else if (s.kind === Kind.INLINE_FRAGMENT) {
        if (applies(s.typeCondition?.name.value, type)) collect(s.selectionSet.selections, type, into);
      } else {
        const f = fragments.get(s.name.value);
        if (f && applies(f.typeCondition.name.value, type)) collect(f.selectionSet.selections, type, into);
      }
    }
    return into;
  };
  const check = (selections: readonly SelectionNode[], type: GraphQLCompositeType, path: string) => {
    const objects = isObjectType(type) ? [type] : schema.getPossibleTypes(type);
    for (const object of objects) {
      const fields = collect(selections, object);
      const at = objects.length > 1 || !isObjectType(type) ? `${path}(${object.name})` : path;
      if (object.getFields().id && !fields.get("id")?.some((f) => f.kind === Kind.FIELD && f.name.value === "id")) missing.push(`${at}: ${object.name}`);
      for (const [key, nodes] of fields) {
        const field = nodes[0].kind === Kind.FIELD ? object.getFields()[nodes[0].name.value] : undefined;
        const named = field && getNamedType(field.type);
        if (!named || !isCompositeType(named)) continue;
        check(
          nodes.flatMap((n) => (n.kind === Kind.FIELD && n.selectionSet ? n.selectionSet.selections : [])),
          named,
          `${at}.${key}`,
        );
      }
    }
  };
  for (const d of document.definitions) {
    if (d.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = schema.getRootType(d.operation);
    if (root) check(d.selectionSet.selections, root, d.name?.value ?? d.operation);
  }
  return missing;
}
