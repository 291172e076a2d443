import type { Experimental_DidResolveQueryPlanCallback } from "@apollo/gateway";
import type { GatewayGraphQLRequestContext } from "@apollo/server-gateway-interface";
import { MapperKind, mapSchema } from "@graphql-tools/utils";
import { BREAK, isAbstractType, isInterfaceType, isObjectType, visit, type DocumentNode, type ExecutionResult, type GraphQLFieldResolver, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";

/**
 * A query plan of several fetches, every one from a subgraph of this process (Q4: the country from
 * relations, then its corridors from corridors' `_entities`), run here instead of by the gateway's
 * executeQueryPlan, and its result shaped by an operation graphql-jit compiled over the API schema.
 *
 * Why: in a CPU profile of Q4 through the gateway (scale 1, 2026-12-06 07:58 UTC), the gateway's
 * result shaping (`computeResponse`, which walks federation-internals' model of the operation for
 * every value) was 21.7% of the process's busy CPU, and the garbage collector 20%. On Q4's merged
 * data it takes 0.44 ms a request; graphql-jit's compiled operation, 0.034 ms.
 *
 * It runs the plan as executeQueryPlan does (@apollo/gateway 2.14: `executeNode`, `executeFetch`,
 * `executeSelectionSet`): fetches in sequence or in parallel, an entity fetch's representations
 * read from the entities at its path with its `requires`, each answer deep-merged into the data.
 * Then the client's operation runs over that data on the API schema, and graphql-jit applies the
 * fragments, `@skip`/`@include`, the abstract types (by `__typename`, which the planner fetches for
 * them) and leaf serialization. The merged data is keyed by response name, as the fetches answer:
 * a query without aliases is shaped over the API schema itself, whose fields graphql-jit reads
 * inline by name; one with aliases over a copy whose every field reads its response key (below).
 *
 * It takes only what it runs exactly as the gateway would, and gives the rest to the gateway:
 * - a plan made of Fetch, Flatten, Sequence and Parallel (no Condition or Defer), every fetch from
 *   a subgraph of this process and without rewrites, a Flatten path of field names and `@` only;
 * - a query (DirectRoutes has already refused introspection);
 * - a run where every fetch answers without errors and the shaping raises none. Otherwise the whole
 *   request runs again through the gateway, which places each error on its path and nulls what it
 *   must. A query has no effects, so that costs only its statements twice, when something failed.
 */
export type QueryPlan = Parameters<Experimental_DidResolveQueryPlanCallback>[0]["queryPlan"];
type PlanNode = NonNullable<QueryPlan["node"]>;
type FetchNode = Extract<PlanNode, { kind: "Fetch" }>;
type Selection = NonNullable<FetchNode["requires"]>[number];
type Data = Record<string, unknown>;

/** Sends one fetch's operation to a subgraph of this process: its data, or null when it answered with errors. */
export type LocalFetcher = (fetch: FetchNode, variables: Data, rc: GatewayGraphQLRequestContext) => Promise<Data | null>;

/** A fetch answered with errors, or the result broke a rule the gateway reports: the gateway answers the request. */
class GiveBack extends Error {}

/** The plan if this module can run it, else null. */
export function localPlan(plan: QueryPlan, isLocal: (service: string) => boolean): QueryPlan | null {
  return plan.node && runnable(plan.node, isLocal, true) ? plan : null;
}

function runnable(node: PlanNode, isLocal: (service: string) => boolean, root: boolean): boolean {
  switch (node.kind) {
    case "Sequence":
    case "Parallel":
      return node.nodes.every((n) => runnable(n, isLocal, root));
    case "Flatten":
      return node.node.kind === "Fetch" && !!node.node.requires && node.path.every((p) => typeof p === "string") && runnable(node.node, isLocal, false);
    case "Fetch":
      // A root fetch has no `requires`; an entity fetch always has.
      return (
        isLocal(node.serviceName) &&
        root === !node.requires &&
        !node.inputRewrites?.length &&
        !node.outputRewrites?.length &&
        !node.contextRewrites?.length &&
        !node.hasDefers &&
        node.operationKind === "query"
      );
    default:
      return false;
  }
}

/** Whether any field of the document has an alias (fragments included). */
function hasAliases(doc: DocumentNode): boolean {
  let found = false;
  visit(doc, {
    Field(f) {
      if (!f.alias) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

/**
 * A field's value in the merged data, under its response key (its alias, else its name), as the
 * gateway's result shaping reads it. graphql-jit reads a field without a resolver inline by its
 * name, which an alias's value is not under: `iran: country(code: "IR")` and `russia: country(code:
 * "RU")` are two keys of one field. With a resolver it passes the response path, whose key is that.
 */
const readResponseKey: GraphQLFieldResolver<unknown, unknown> = (parent, _args, _context, info) => {
  const key = info.path.key as string;
  return typeof parent === "object" && parent !== null && Object.hasOwn(parent, key) ? (parent as Data)[key] : undefined;
};

/** Per API schema: a copy whose object fields read their response key, to shape queries with aliases (made once per schema). */
const responseKeyed = new WeakMap<GraphQLSchema, GraphQLSchema>();

function byResponseKey(schema: GraphQLSchema): GraphQLSchema {
  let keyed = responseKeyed.get(schema);
  if (!keyed) responseKeyed.set(schema, (keyed = mapSchema(schema, { [MapperKind.OBJECT_FIELD]: (field) => ({ ...field, resolve: readResponseKey }) })));
  return keyed;
}

/** Per document and operation name: the operation compiled over the API schema (or its response-keyed copy) to shape a run's data (null: graphql-jit refused it). */
const shapers = new WeakMap<DocumentNode, Map<string, { schema: GraphQLSchema; query: CompiledQuery | null }>>();

function shaperFor(schema: GraphQLSchema, doc: DocumentNode, operationName: string | undefined): CompiledQuery | null {
  let byName = shapers.get(doc);
  if (!byName) shapers.set(doc, (byName = new Map()));
  const key = operationName ?? "";
  let entry = byName.get(key);
  if (!entry || entry.schema !== schema) {
    // Without aliases every field is read inline (0.034 ms on Q4's data); with them, through a resolver each.
    const compiled = compileQuery(hasAliases(doc) ? byResponseKey(schema) : schema, doc, operationName, { disablingCapturingStackErrors: true });
    byName.set(key, (entry = { schema, query: isCompiledQuery(compiled) ? compiled : null }));
  }
  return entry.query;
}

/**
 * Runs the plan and shapes its data: the client's result, or null when the gateway must answer
 * (a fetch's errors, an error in shaping, a document graphql-jit does not compile).
 */
export async function runLocalPlan(plan: QueryPlan, rc: GatewayGraphQLRequestContext, fetcher: LocalFetcher): Promise<ExecutionResult | null> {
  const doc = rc.document!;
  const shaper = shaperFor(rc.schema, doc, rc.request.operationName ?? undefined);
  if (!shaper) return null;
  const data: Data = Object.create(null);
  try {
    await runNode(plan.node!, data, { rc, fetcher });
  } catch {
    // GiveBack, or a fetch that threw (executeQueryPlan would report it on the request): the gateway's way reports it.
    return null;
  }
  const shaped = await shaper.query(data, undefined, rc.request.variables ?? {});
  if (shaped.errors?.length) return null;
  return { data: shaped.data };
}

interface Run {
  rc: GatewayGraphQLRequestContext;
  fetcher: LocalFetcher;
}

async function runNode(node: PlanNode, data: Data, run: Run): Promise<void> {
  switch (node.kind) {
    case "Sequence":
      for (const n of node.nodes) await runNode(n, data, run);
      return;
    case "Parallel":
      await Promise.all(node.nodes.map((n) => runNode(n, data, run)));
      return;
    case "Flatten": {
      const at = valuesAt(data, node.path as string[]);
      if (at === undefined || at === null) return;
      return fetchInto(node.node as FetchNode, at, run);
    }
    case "Fetch":
      return fetchInto(node, data, run);
    default:
      throw new GiveBack(`plan node ${node.kind}`);
  }
}

/** The values at a Flatten path: `@` spreads a list (executeQueryPlan's flattenResultsAtPath). */
function valuesAt(value: unknown, path: string[]): unknown {
  if (path.length === 0 || value === undefined || value === null) return value;
  const [head, ...rest] = path;
  if (head === "@") {
    if (!Array.isArray(value)) throw new GiveBack("expected a list at @");
    return value.flatMap((v) => valuesAt(v, rest));
  }
  if (Array.isArray(value)) throw new GiveBack(`unexpected list at ${head}`);
  return valuesAt(Object.hasOwn(value as object, head) ? (value as Data)[head] : undefined, rest);
}

async function fetchInto(fetch: FetchNode, at: unknown, run: Run): Promise<void> {
  const entities = (Array.isArray(at) ? at.filter((e) => e !== null && e !== undefined) : [at]) as Data[];
  if (entities.length === 0) return;
  const variables: Data = Object.create(null);
  const provided = run.rc.request.variables;
  for (const name of fetch.variableUsages ?? []) if (provided && Object.hasOwn(provided, name) && provided[name] !== undefined) variables[name] = provided[name];

  if (!fetch.requires) {
    const received = await send(fetch, variables, run);
    for (const entity of entities) deepMerge(entity, received);
    return;
  }
  const representations: Data[] = [];
  const of: number[] = [];
  entities.forEach((entity, i) => {
    const representation = represent(run.rc.schema, entity, fetch.requires!);
    if (representation?.__typename) {
      representations.push(representation);
      of.push(i);
    }
  });
  if (representations.length === 0) return;
  if ("representations" in variables) throw new GiveBack("a variable named representations");
  const received = await send(fetch, { ...variables, representations }, run);
  const got = received._entities;
  if (!Array.isArray(got) || got.length !== representations.length) throw new GiveBack("_entities does not match the representations");
  got.forEach((r: Data | null, i) => {
    const entity = entities[of[i]];
    if (r && !r.__typename) r.__typename = entity.__typename;
    deepMerge(entity, r);
  });
}

async function send(fetch: FetchNode, variables: Data, run: Run): Promise<Data> {
  const data = await run.fetcher(fetch, variables, run.rc);
  if (!data) throw new GiveBack(`${fetch.serviceName} answered with errors`);
  return data;
}

/** An entity's representation from a fetch's `requires` (executeQueryPlan's executeSelectionSet): null when a field is missing. */
function represent(schema: GraphQLSchema, source: Data | null, selections: readonly Selection[]): Data | null {
  if (source === null) return null;
  const result: Data = Object.create(null);
  for (const s of selections) {
    if (s.kind === "Field") {
      const key = s.alias ?? s.name;
      const value = Object.hasOwn(source, key) ? source[key] : undefined;
      if (value === undefined) return null;
      const sub = s.selections;
      if (Array.isArray(value)) result[key] = value.map((v) => (sub ? represent(schema, v as Data | null, sub) : v));
      else result[key] = sub ? represent(schema, value as Data | null, sub) : value;
    } else if (s.typeCondition && isOfType(schema, source, s.typeCondition)) {
      deepMerge(result, represent(schema, source, s.selections));
    }
  }
  return result;
}

/** Whether an object of the data is of a type condition (@apollo/gateway's isObjectOfType). */
function isOfType(schema: GraphQLSchema, obj: Data, condition: string): boolean {
  const typename = obj.__typename;
  if (typeof typename !== "string") return false;
  if (typename === condition) return true;
  const type = schema.getType(typename);
  const conditional = schema.getType(condition);
  if (!type || !conditional || !isAbstractType(conditional)) return false;
  return (isObjectType(type) || isInterfaceType(type)) && schema.isSubType(conditional, type);
}

/** @apollo/gateway's deepMerge: objects merged key by key, lists of one length element by element. */
function deepMerge(target: Data, source: Data | null | undefined): Data {
  if (source === undefined || source === null) return target;
  for (const key of Object.keys(source)) {
    const value = source[key];
    if (value === undefined) continue;
    const current = Object.hasOwn(target, key) ? target[key] : undefined;
    if (current && isPlainObject(value)) deepMerge(current as Data, value);
    else if (Array.isArray(value) && Array.isArray(current) && value.length === current.length) {
      for (let i = 0; i < value.length; i++) {
        if (isPlainObject(current[i]) && isPlainObject(value[i])) deepMerge(current[i] as Data, value[i] as Data);
        else current[i] = value[i];
      }
    } else target[key] = value;
  }
  return target;
}

function isPlainObject(v: unknown): v is Data {
  return typeof v === "object" && v !== null && !Array.isArray(v);
}
