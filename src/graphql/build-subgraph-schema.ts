import { buildSubgraphSchema, printSubgraphSchema } from "@apollo/subgraph";
import { printSchemaWithDirectives } from "@graphql-tools/utils";
import { GraphQLError, isInterfaceType, isObjectType, isUnionType, parse, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { buildSchema, createResolversMap, getMetadataStorage, type NonEmptyArray } from "type-graphql";
import { getMetadataArgsStorage } from "typeorm";
import { authChecker } from "../auth/auth-checker.js";
import type { ReferenceResolver } from "../subgraphs/define.js";
import { resolveNodesByGlobalId } from "./node.js";
import { SHARED_DOCS } from "./shared-docs.js";

export const FEDERATION_LINK = `extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])`;


/**
 * type-graphql builds the schema; it is printed with its directives and handed to Apollo's
 * buildSubgraphSchema together with the `__resolveReference` map (which only works when passed
 * here, not added afterwards). This follows type-graphql's examples/apollo-federation-2.
 */
export async function buildFederatedSchema<C>(
  resolvers: NonEmptyArray<Function>,
  references: Record<string, ReferenceResolver<C>>,
  queryDescription: string,
  orphanedTypes: Function[] = [],
): Promise<GraphQLSchema> {
  readColumnsDirectly();
  const schema = await buildSchema({
    resolvers,
    // Entity stubs that only carry fields this subgraph adds are not reachable from its queries.
    orphanedTypes,
    skipCheck: true,
    // class-validator on input types; inputs without rules (filters) pass through.
    validate: { forbidUnknownValues: false },
    // Runs before validation, so an unauthenticated caller learns nothing about the input.
    authChecker,
  });
  const resolverMap = createResolversMap(schema) as Record<string, Record<string, unknown>>;
  for (const [type, ref] of Object.entries(references)) resolverMap[type] = { ...resolverMap[type], ...ref };
  return guardEntities(resolveNodesByGlobalId(buildSubgraphSchema({
    // type-graphql cannot describe the root type itself; every other description comes from decorators.
    typeDefs: parse(
      `${FEDERATION_LINK}\n${printSchemaWithDirectives(schema)
        .replace(/^type Query \{/m, `"""${queryDescription}"""\ntype Query {`)
        .replace(/^type Mutation \{/m, `"""${SHARED_DOCS.Mutation}"""\ntype Mutation {`)}`,
    ),
    resolvers: resolverMap as never,
  })));
}

/**
 * type-graphql gives every plain `@Field` of an object type a resolver of its own, which wraps the
 * property read in its middleware runner (`createBasicFieldResolver`). graphql-jit then calls it
 * like any resolver, making a resolve-info object for each value: for a page of 20 agreements with
 * their parties and ratification stages, over a thousand calls and a quarter of the request's
 * garbage (#14). A field that shows a stored column of a TypeORM entity, with nothing to run around
 * the read (no middleware and no @Authorized on it or its class, and named as its property), is
 * marked `simple`, type-graphql's own option for "no resolver", and both executors read the
 * property inline. Only stored columns: their values are loaded data, never a promise, which
 * graphql-jit would not wait for in an inline read (a connection's lazy `totalCount` is one). A
 * @FieldResolver still wins over the mark, as type-graphql decides.
 *
 * Set on the decorators' metadata before the schema is built, not on the built schema, where
 * classes that share a type name (a subgraph's `Country` stub and the entity) could not be told
 * apart; it must run before every buildSchema.
 */
function readColumnsDirectly(): void {
  const storage = getMetadataStorage();
  const columns = new Map<Function | string, Set<string>>();
  for (const c of getMetadataArgsStorage().columns) columns.set(c.target, (columns.get(c.target) ?? new Set()).add(c.propertyName));
  const guarded = new Set<Function>([...storage.authorizedResolver, ...storage.resolverMiddlewares].map((m) => m.target));
  const wrapped = new Map<Function, Set<string>>();
  for (const m of [...storage.authorizedFields, ...storage.middlewares]) wrapped.set(m.target, (wrapped.get(m.target) ?? new Set()).add(m.fieldName));
  for (const f of storage.fields) {
    if (f.simple !== undefined || f.name !== f.schemaName || !columns.get(f.target)?.has(f.name) || guarded.has(f.target) || wrapped.get(f.target)?.has(f.name)) continue;
    f.simple = true;
  }
}

/**
 * The "Type.field"s that run something around their value (@Authorized or a middleware, on the
 * field, its resolver method or its class), from type-graphql's metadata: what planned execution
 * (planned-execution.ts) must leave to the resolvers whatever a feature declares. Read after
 * buildSchema, which links each field resolver to its object type.
 */
export function guardedFields(): ReadonlySet<string> {
  const storage = getMetadataStorage();
  const typeName = new Map<Function, string>(storage.objectTypes.map((o) => [o.target, o.name]));
  const guardedClasses = new Set<Function>([...storage.authorizedResolver, ...storage.resolverMiddlewares].map((m) => m.target));
  const marked = (target: Function, field: string) => guardedClasses.has(target) || [...storage.authorizedFields, ...storage.middlewares].some((m) => m.target === target && m.fieldName === field);
  const guarded = new Set<string>();
  for (const f of storage.fields) {
    const type = typeName.get(f.target);
    if (type && marked(f.target, f.name)) guarded.add(`${type}.${f.schemaName}`);
  }
  for (const r of storage.fieldResolvers) {
    const objectClass = r.getObjectType?.();
    const type = objectClass && typeName.get(objectClass as Function);
    if (type && r.schemaName && marked(r.target, r.methodName)) guarded.add(`${type}.${r.schemaName}`);
  }
  for (const q of storage.queries) if (marked(q.target, q.methodName)) guarded.add(`Query.${q.schemaName}`);
  return guarded;
}

/** At most this many problems are listed in one `_entities` error. */
const MAX_LISTED = 5;

/**
 * `Query._entities` refuses representations that name no entity of this subgraph (`Nope`, `Query`,
 * `PageInfo`) or are not objects with a `__typename`, as the caller's error (BAD_USER_INPUT, naming
 * each bad index), before @apollo/subgraph sees them: it would throw an uncoded Error for each.
 */
function guardEntities(schema: GraphQLSchema): GraphQLSchema {
  const field = schema.getQueryType()?.getFields()._entities;
  const entity = schema.getType("_Entity");
  if (!field || !entity || !isUnionType(entity)) return schema;
  const entities = new Set(entity.getTypes().map((t) => t.name));
  // Entity interfaces (`@key` on an interface: Node) are resolved by @apollo/subgraph as well.
  for (const type of Object.values(schema.getTypeMap())) {
    if (isInterfaceType(type) && type.astNode?.directives?.some((d) => d.name.value === "key")) entities.add(type.name);
  }
  const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown>;
  field.resolve = (source, args, context, info) => {
    const reps = (args as { representations?: unknown }).representations;
    const problems: string[] = [];
    if (Array.isArray(reps)) {
      for (const [i, rep] of reps.entries()) {
        if (problems.length >= MAX_LISTED) break;
        const typename = rep && typeof rep === "object" && !Array.isArray(rep) ? (rep as { __typename?: unknown }).__typename : undefined;
        if (typeof typename !== "string") problems.push(`representations[${i}] must be an object with a __typename`);
        else if (!entities.has(typename)) {
          const what = isObjectType(schema.getType(typename)) ? "is not an entity of this subgraph" : "is not a type of this subgraph";
          problems.push(`representations[${i}].__typename "${typename.slice(0, 100)}" ${what}`);
        }
      }
    }
    if (problems.length) {
      throw new GraphQLError(`Invalid representations: ${problems.join("; ")}. Entities here: ${[...entities].sort().join(", ")}.`, {
        extensions: { code: "BAD_USER_INPUT", argumentName: "representations" },
      });
    }
    return resolve(source, args, context, info);
  };
  return schema;
}

/** The SDL to commit under schema/: what the gateway composes. */
export function printSdl(schema: GraphQLSchema): string {
  return `${printSubgraphSchema(schema).trim()}\n`;
}
