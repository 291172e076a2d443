import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { GraphQLError, Kind, parse, type DocumentNode, type FragmentDefinitionNode, type GraphQLFormattedError, type SelectionSetNode } from "graphql";
import { isDatabaseOutage } from "../db/outage.js";

type FetchError = GraphQLFormattedError;
type Path = Array<string | number>;

/**
 * The fields one subgraph fetch of a query plan fills, as error paths relative to that fetch:
 * `[responseKey]` for each root field of a root fetch, `["_entities", i, responseKey]` for each
 * field of representation i of an `_entities` fetch (only the fragments of its `__typename`).
 *
 * These are the paths a subgraph itself would put on its errors. @apollo/gateway's
 * executeQueryPlan turns a subgraph's error paths into paths of the client's operation
 * (makeLazyErrorPathGenerator: the fetch's place in the plan, and `_entities` indexes through the
 * entities they were made from) and adds `extensions.serviceName` (downstreamServiceError), but
 * only to errors a data source returns: an error it throws is kept as it is, with no path and no
 * subgraph. So a fetch that fails as a whole is answered with one error per field it would have
 * filled, here, and the gateway places them.
 */
export function fetchFieldPaths(document: DocumentNode | undefined, query: string | undefined, variables: Record<string, unknown> | undefined): Path[] {
  let doc = document;
  if (!doc) {
    if (!query) return [];
    try {
      doc = parse(query);
    } catch {
      return [];
    }
  }
  const operation = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION);
  if (!operation || operation.kind !== Kind.OPERATION_DEFINITION) return [];
  const fragments = new Map<string, FragmentDefinitionNode>();
  for (const d of doc.definitions) if (d.kind === Kind.FRAGMENT_DEFINITION) fragments.set(d.name.value, d);

  const entities = rootFields(operation.selectionSet, fragments).find((f) => f.name === "_entities");
  const representations = variables?.representations;
  if (entities && Array.isArray(representations)) {
    return representations.flatMap((r, i) => {
      const typename = r && typeof r === "object" ? (r as { __typename?: unknown }).__typename : undefined;
      // Its type's fragments; where none is on its type (fragments on an interface, as Node), all of them;
      // where there is no field at all, the entity as a whole.
      const own = responseKeys(entities.selectionSet, fragments, typeof typename === "string" ? typename : undefined);
      const keys = own.length ? own : responseKeys(entities.selectionSet, fragments, undefined);
      return keys.length ? keys.map((k) => ["_entities", i, k]) : [["_entities", i]];
    });
  }
  return responseKeys(operation.selectionSet, fragments, undefined).map((k) => [k]);
}

interface RootField {
  name: string;
  selectionSet?: SelectionSetNode;
}

function rootFields(set: SelectionSetNode, fragments: Map<string, FragmentDefinitionNode>, depth = 0): RootField[] {
  if (depth > 8) return [];
  return set.selections.flatMap((s): RootField[] => {
    if (s.kind === Kind.FIELD) return [{ name: s.name.value, selectionSet: s.selectionSet }];
    const inner = s.kind === Kind.INLINE_FRAGMENT ? s.selectionSet : fragments.get(s.name.value)?.selectionSet;
    return inner ? rootFields(inner, fragments, depth + 1) : [];
  });
}

/** The response keys a selection set fills on an object of `typename` (any type when unknown), `__typename` aside. */
function responseKeys(set: SelectionSetNode | undefined, fragments: Map<string, FragmentDefinitionNode>, typename: string | undefined, depth = 0): string[] {
  if (!set || depth > 8) return [];
  const keys = new Set<string>();
  for (const s of set.selections) {
    if (s.kind === Kind.FIELD) {
      if (s.name.value !== "__typename") keys.add(s.alias?.value ?? s.name.value);
      continue;
    }
    const fragment = s.kind === Kind.INLINE_FRAGMENT ? s : fragments.get(s.name.value);
    if (!fragment) continue;
    const on = fragment.typeCondition?.name.value;
    if (on && typename && on !== typename) continue;
    for (const k of responseKeys(fragment.selectionSet, fragments, typename, depth + 1)) keys.add(k);
  }
  return [...keys];
}

/** What the gateway needs of a failed fetch to answer it: which subgraph, and what was asked. */
export interface FailedFetch {
  serviceName: string;
  document?: DocumentNode;
  query?: string;
  variables?: Record<string, unknown>;
}

/**
 * A subgraph that could not answer a fetch at all (refused or cut connections, a proxy's 502/503/504,
 * its own 503: database down, overloaded, stopping): SERVICE_UNAVAILABLE on every field the fetch
 * would have filled, each naming the subgraph in its message and `extensions.serviceName`, so a
 * client can tell which fields are missing and why. `detail` is the subgraph's own message, when it
 * sent one; `extensions` what else of its error is safe to pass on (retryAfterSeconds).
 */
export function unavailableResponse(fetch: FailedFetch, detail?: string, extensions: Record<string, unknown> = {}): GatewayGraphQLResponse {
  const message = detail ? `The ${fetch.serviceName} subgraph is unavailable: ${detail}` : `The ${fetch.serviceName} subgraph is unavailable; try again shortly.`;
  const error = (path?: Path): FetchError => ({ message, ...(path ? { path } : {}), extensions: { ...extensions, code: "SERVICE_UNAVAILABLE", serviceName: fetch.serviceName } });
  const paths = fetchFieldPaths(fetch.document, fetch.query, fetch.variables);
  return { errors: paths.length ? paths.map(error) : [error()] } as GatewayGraphQLResponse;
}

/**
 * A fetch that got no HTTP answer at all: the connection was refused, reset or timed out. Node's
 * socket errors carry the same codes as the database's (src/db/outage.ts), through node-fetch's
 * FetchError; an aborted or timed-out request is an AbortError or TimeoutError.
 */
export function isUnreachable(err: unknown): boolean {
  if (err instanceof GraphQLError) return false;
  const name = (err as { name?: unknown } | null)?.name;
  return name === "AbortError" || name === "TimeoutError" || isDatabaseOutage(err);
}
