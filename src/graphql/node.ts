import { isInterfaceType, isObjectType, type GraphQLObjectType, type GraphQLResolveInfo, type GraphQLSchema } from "graphql";
import { Arg, Ctx, Directive, Field, FieldResolver, ID, Info, InterfaceType, Query, Resolver, Root, type ClassType } from "type-graphql";
import { userInputError } from "./errors.js";

/**
 * Object identification (Relay's Global Object Identification spec, docs/decisions.md "Node and
 * global ids"). Every entity keeps its public per-type `id`; `nodeId` is a global id beside it, as
 * PostGraphile's is: the type name and the per-type id, base64url-encoded, so it is opaque, unique
 * across types, and decodes without a lookup to the type that can load it.
 */
export const NODE_DOCS = {
  Node: "An object with a global id (Relay's Node): `Query.node(id:)` finds any of them by its `nodeId`, whichever subgraph holds it.",
  "Node.nodeId": "Global id: unique across every type of the graph and stable; pass it to `Query.node(id:)`. Relay clients set `nodeInterfaceIdField: \"nodeId\"`. The per-type `id` stays the public key.",
} as const;

/** The most ids `Query.nodes` takes at once, like a page. */
export const MAX_NODES = 100;

const PREFIX_LENGTH = 4096;

export function encodeGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, "utf8").toString("base64url");
}

/** The type and per-type id of a global id, or null when it is not one this API issued. */
export function decodeGlobalId(nodeId: unknown): { type: string; id: string } | null {
  if (typeof nodeId !== "string" || nodeId.length > PREFIX_LENGTH || !/^[A-Za-z0-9_-]+$/.test(nodeId)) return null;
  const text = Buffer.from(nodeId, "base64url").toString("utf8");
  const colon = text.indexOf(":");
  if (colon < 1 || !/^[A-Za-z_][A-Za-z0-9_]*$/.test(text.slice(0, colon))) return null;
  const id = text.slice(colon + 1);
  // Round trip: a string that merely decodes (padding bits, a stray character) is not ours.
  if (!id || id.includes("\u0000") || encodeGlobalId(text.slice(0, colon), id) !== nodeId) return null;
  return { type: text.slice(0, colon), id };
}

/** Objects `Query.node` resolved, with their type: graphql-js asks `Node.resolveType` right after. */
const resolvedTypes = new WeakMap<object, string>();

/**
 * The Node interface of one subgraph and its `nodeId` resolver (inherited by every implementing
 * type). In the subgraph that defines every implementation (`entity`), Node is a federation entity
 * interface: `@key(fields: "nodeId")`, so a router can resolve any node by its global id there.
 */
export function defineNode(options: { entity: boolean }): { Node: Function; NodeIdResolver: ClassType } {
  @InterfaceType("Node", {
    description: NODE_DOCS.Node,
    // Implementations are reachable from the queries, or listed as orphaned types (stubs); registering
    // every implementation up front would also reorder the printed schema.
    autoRegisterImplementations: false,
    // resolveType is set on the built schema (resolveNodesByGlobalId): type-graphql would wrap it in an async function.
  })
  abstract class Node {
    @Field(() => ID, { description: NODE_DOCS["Node.nodeId"] })
    nodeId!: string;
  }
  if (options.entity) Directive('@key(fields: "nodeId")')(Node);

  @Resolver(() => Node)
  class NodeIdResolver {
    @FieldResolver(() => ID, { description: NODE_DOCS["Node.nodeId"] })
    nodeId(@Root() root: { id?: unknown; nodeId?: unknown }, @Info() info: GraphQLResolveInfo): string {
      // Every Node type has a per-type `id` (Country's and Topic's is their code); a stub of another
      // subgraph's type carries the global id it was asked by instead.
      return typeof root.nodeId === "string" ? root.nodeId : encodeGlobalId(info.parentType.name, String(root.id));
    }
  }
  return { Node, NodeIdResolver };
}

/** The concrete type of a value typed Node: recorded by `Query.node`, named, or read from its global id. */
function nodeTypeOf(value: Record<string, unknown>): string | undefined {
  const recorded = resolvedTypes.get(value);
  if (recorded) return recorded;
  const named = value.__typename;
  if (typeof named === "string" && named !== "Node") return named;
  return decodeGlobalId(value.nodeId)?.type;
}

/** `__resolveReference` as @apollo/subgraph stores it on an entity type. */
type StoredReference = (representation: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown;

function storedReference(type: GraphQLObjectType): StoredReference | undefined {
  return (type.extensions as { apollo?: { subgraph?: { resolveReference?: StoredReference } } }).apollo?.subgraph?.resolveReference;
}

function implementsNode(type: GraphQLObjectType): boolean {
  return type.getInterfaces().some((i) => i.name === "Node");
}

/** The field of its other `@key` (`id`, or `code` for Country and Topic): what its own reference resolver reads. */
function ownKeyField(type: GraphQLObjectType): string {
  for (const directive of type.astNode?.directives ?? []) {
    if (directive.name.value !== "key") continue;
    const fields = directive.arguments?.find((a) => a.name.value === "fields")?.value;
    if (fields?.kind === "StringValue" && /^\w+$/.test(fields.value) && fields.value !== "nodeId") return fields.value;
  }
  return "id";
}

/**
 * Lets every Node type of a built subgraph schema be resolved by `{ nodeId }` as well as by its own
 * key: the representation is translated to the own key and handed to the type's reference resolver,
 * so `_entities` (a router following `@key(fields: "nodeId")`) and `Query.node` share one path. A
 * global id of another type resolves to null. Types without a reference resolver here (stubs of
 * another subgraph's types) answer with the representation itself: the router asks their owner.
 */
export function resolveNodesByGlobalId(schema: GraphQLSchema): GraphQLSchema {
  // Synchronous, as graphql-jit (src/graphql/compiled-execution.ts) calls it without awaiting;
  // type-graphql wraps a resolveType given to @InterfaceType in an async function.
  const node = schema.getType("Node");
  if (isInterfaceType(node)) node.resolveType = (value) => nodeTypeOf(value as Record<string, unknown>);
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || !implementsNode(type)) continue;
    const own = storedReference(type);
    const key = ownKeyField(type);
    const byGlobalId: StoredReference = (representation, context, info) => {
      if (!("nodeId" in representation)) return own ? own(representation, context, info) : representation;
      const decoded = decodeGlobalId(representation.nodeId);
      if (!decoded || decoded.type !== type.name) return null;
      if (!own) return { ...representation, __typename: type.name };
      return own({ __typename: type.name, [key]: decoded.id }, context, info);
    };
    const extensions = type.extensions as { apollo?: { subgraph?: Record<string, unknown> } };
    type.extensions = { ...extensions, apollo: { ...extensions.apollo, subgraph: { ...extensions.apollo?.subgraph, resolveReference: byGlobalId } } };
  }
  return schema;
}

/** Resolves one global id in this subgraph: null when it names no object (or a type that is no Node). */
async function resolveGlobalId(nodeId: string, argument: string, context: unknown, info: GraphQLResolveInfo): Promise<unknown> {
  const decoded = decodeGlobalId(nodeId);
  if (!decoded) throw userInputError(argument, `is not a global id this API issued; use an object's \`nodeId\` field (got ${JSON.stringify(nodeId.slice(0, 100))})`);
  const type = info.schema.getType(decoded.type);
  if (!type || !isObjectType(type) || !implementsNode(type)) return null;
  const reference = storedReference(type);
  const found = await (reference ? reference({ __typename: type.name, nodeId }, context, info) : { __typename: type.name, nodeId });
  if (found && typeof found === "object") resolvedTypes.set(found, type.name);
  return found ?? null;
}

/**
 * `Query.node` and `Query.nodes` over a subgraph's Node types. Only the subgraph that defines every
 * implementation of Node serves them (composition allows one owner of a root field).
 */
export function defineNodeQueries(Node: Function): ClassType {
  @Resolver()
  class NodeQueryResolver {
    @Query(() => Node, { nullable: true, description: "Any object by its global id (`nodeId`), whichever subgraph holds it. Null when there is no such object." })
    node(@Arg("id", () => ID, { description: "A `nodeId`." }) id: string, @Ctx() ctx: unknown, @Info() info: GraphQLResolveInfo): Promise<unknown> {
      return resolveGlobalId(id, "id", ctx, info);
    }

    @Query(() => [Node], { nullable: "items", description: `Objects by their global ids, in the order asked, with null for each id that names no object; at most ${MAX_NODES}.` })
    nodes(@Arg("ids", () => [ID], { description: "`nodeId`s." }) ids: string[], @Ctx() ctx: unknown, @Info() info: GraphQLResolveInfo): Promise<unknown[]> {
      if (ids.length > MAX_NODES) throw userInputError("ids", `must hold at most ${MAX_NODES} ids; got ${ids.length}`);
      return Promise.all(ids.map((id, i) => resolveGlobalId(id, `ids[${i}]`, ctx, info)));
    }
  }
  return NodeQueryResolver;
}
