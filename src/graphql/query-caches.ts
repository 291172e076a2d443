import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import type { ApolloGateway } from "@apollo/gateway";
import type { DocumentNode } from "graphql";

/** What the gateway's query-plan cache holds (its QueryPlan type, as its config names it). */
type QueryPlanCache = NonNullable<NonNullable<NonNullable<ConstructorParameters<typeof ApolloGateway>[0]>["queryPlannerConfig"]>["cache"]>;
type QueryPlan = NonNullable<Awaited<ReturnType<QueryPlanCache["get"]>>>;

/**
 * The parsed-document cache of an Apollo Server and the query-plan cache of the gateway, bounded.
 *
 * Apollo's defaults are 30 MiB each, counted as the JSON size of what is kept. A parsed document
 * costs about that much heap again (graphql-js keeps every token of it), and clients that send a
 * new document each time (random aliases, generated names) fill the caches within seconds. In
 * `npm start`'s one process (gateway, two subgraphs, 256 MB heap) the three document caches and
 * the plan cache held ~100 MB under `npm run stress`: peak heap 232 MB against 137 MB with 2 MiB
 * each. A client's own operations, a few KB each, fit in a few MiB by the hundred.
 */
export const DEFAULT_QUERY_CACHE_MIB = 4;

/** An LRU cache holding at most `mib` MiB, each entry counted as Apollo counts it (its JSON length). */
export function boundedCache<T extends object>(mib: number): InMemoryLRUCache<T> {
  return new InMemoryLRUCache<T>({ maxSize: Math.max(1, Math.round(mib * 2 ** 20)) });
}

/** The caches one gateway keeps: its parsed documents and its query plans. */
export interface GatewayQueryCaches {
  documents: InMemoryLRUCache<DocumentNode>;
  plans: InMemoryLRUCache<QueryPlan>;
}

export function gatewayQueryCaches(mib = DEFAULT_QUERY_CACHE_MIB): GatewayQueryCaches {
  return { documents: boundedCache<DocumentNode>(mib), plans: boundedCache<QueryPlan>(mib) };
}
