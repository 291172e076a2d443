import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { ApolloServer } from "@apollo/server";
import { GraphQLError } from "graphql";
import type { Logger } from "pino";
import { createFormatError } from "../graphql/format-error.js";
import { statusPerMediaType } from "../graphql/http-status.js";
import { armor, operationMustExist, parseOptions, requestIdOnErrors, type QueryLimits } from "../graphql/limits.js";
import { ROUTER_SECRET_HEADER } from "../http/guards.js";
import type { SubgraphApp } from "../root.js";
import type { GatewayContext } from "./context.js";
import { isUnreachable, unavailableResponse } from "./fetch-errors.js";
import { DirectRoutes, InProcessDataSource } from "./in-process.js";
import { gatewayShortcut, type GatewayShortcut } from "./shortcut.js";
import { costAndAdmission, type Admission } from "../graphql/admission.js";
import { gatewayQueryCaches, type GatewayQueryCaches } from "../graphql/query-caches.js";
import { LIST_SIZES } from "../subgraphs/registry.js";

/** An error a subgraph answered with a non-2xx status and a coded GraphQL body: its own message and code. */
class SubgraphAnswer extends GraphQLError {}

/**
 * Passes the client's Authorization header, its address (X-Forwarded-For) and the request id on to
 * every subgraph call, with the shared secret subgraphs require in production.
 */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    config: ConstructorParameters<typeof RemoteGraphQLDataSource<GatewayContext>>[0],
    private readonly secret: string | undefined,
    private readonly name: string,
    private readonly log: Logger,
  ) {
    super(config);
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (this.secret) request.http?.headers.set(ROUTER_SECRET_HEADER, this.secret);
    if (!("requestId" in context)) return; // health checks and the like carry no client context
    request.http?.headers.set("x-request-id", context.requestId);
    if (context.authorization) request.http?.headers.set("authorization", context.authorization);
    if (context.clientIp) request.http?.headers.set("x-forwarded-for", context.clientIp);
  }

  /**
   * A fetch that fails as a whole is answered, not thrown: executeQueryPlan gives the errors a data
   * source returns the paths of the client's operation and `extensions.serviceName`, and keeps a
   * thrown one as it is (src/gateway/fetch-errors.ts). An unavailable subgraph (unreachable, a
   * proxy's 502/503/504, its own 503) gets SERVICE_UNAVAILABLE on each field it would have filled;
   * a subgraph's own refusal of the whole fetch (400, 403, 429 with its code) stays one error.
   */
  override async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    try {
      return await super.process(options);
    } catch (err) {
      // Health checks and schema loading are not a client's operation: they fail as before.
      if (!("incomingRequestContext" in options)) throw err;
      const failed = { serviceName: this.name, document: options.document, query: options.request.query, variables: options.request.variables };
      const requestId = "requestId" in options.context ? options.context.requestId : undefined;
      if (err instanceof GraphQLError && err.extensions.code === "SERVICE_UNAVAILABLE") {
        this.log.warn({ subgraph: this.name, requestId, err: err.message }, "subgraph unavailable");
        const retry = err.extensions.retryAfterSeconds;
        return unavailableResponse(failed, err instanceof SubgraphAnswer ? err.message : undefined, typeof retry === "number" ? { retryAfterSeconds: retry } : {});
      }
      if (isUnreachable(err)) {
        // Where it was unreachable (an address) goes to the log only.
        this.log.error({ subgraph: this.name, requestId, err }, "subgraph unreachable");
        return unavailableResponse(failed);
      }
      if (err instanceof SubgraphAnswer) return { errors: [{ message: err.message, extensions: err.extensions }] } as GatewayGraphQLResponse;
      throw err;
    }
  }

  /**
   * A subgraph's non-2xx answer (a 400 for a bad literal, a 503 while it stops) keeps the
   * subgraph's own message and code instead of becoming "400: Bad Request".
   */
  override async errorFromResponse(response: Parameters<RemoteGraphQLDataSource["errorFromResponse"]>[0]): Promise<GraphQLError> {
    const fallback = await super.errorFromResponse(response);
    const body = (fallback.extensions.response as { body?: unknown } | undefined)?.body;
    const first = (body as { errors?: Array<{ message?: string; extensions?: Record<string, unknown> }> } | undefined)?.errors?.[0];
    if (!first?.message || typeof first.extensions?.code !== "string") {
      // A proxy's 502/503/504 (a copy cut mid-request, none left): the subgraph is unavailable, not broken.
      if (response.status === 502 || response.status === 503 || response.status === 504) {
        return new GraphQLError(`The ${this.name} subgraph is unavailable (HTTP ${response.status}); try again shortly.`, { extensions: { code: "SERVICE_UNAVAILABLE" } });
      }
      return fallback;
    }
    const { code, problems, retryAfterSeconds } = first.extensions;
    return new SubgraphAnswer(first.message, { extensions: { code, ...(problems ? { problems } : {}), ...(typeof retryAfterSeconds === "number" ? { retryAfterSeconds } : {}) } });
  }
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name -> URL, from config; they override the URLs written in the supergraph. */
  urls: Record<string, string>;
  log: Logger;
  exposeInternals: boolean;
  /** Query limits for clients; none when omitted (tests that are not about limits). */
  limits?: QueryLimits;
  /** Schema introspection for clients. */
  introspection?: boolean;
  /** Production: no field suggestions or schema details in errors. */
  production?: boolean;
  /** Sent to every subgraph in `router-authorization`. */
  routerSecret?: string;
  /** Operations per batched request; 1 refuses batches. */
  maxBatch?: number;
  /** Admission control for this process (src/graphql/admission.ts); none: only the cost limit. */
  admission?: Admission;
  /** Subgraphs running in this process: called in-process instead of over HTTP. */
  local?: Partial<Record<string, SubgraphApp>>;
  /** How operations of one in-process subgraph are answered directly (src/gateway/in-process.ts); omitted: made from `local`. */
  direct?: DirectRoutes;
  /** Its parsed-document and query-plan caches (src/graphql/query-caches.ts); omitted: DEFAULT_QUERY_CACHE_MIB each. */
  caches?: GatewayQueryCaches;
}

/**
 * The gateway's server and, with subgraphs in this process, its HTTP shortcut for the operations it
 * answers directly (src/gateway/shortcut.ts), over the same routes, cost limit and admission.
 */
export function createGateway(o: GatewayOptions): { server: ApolloServer<GatewayContext>; shortcut?: GatewayShortcut } {
  const direct = o.direct ?? new DirectRoutes(o.local ?? {});
  const server = createGatewayServer({ ...o, direct });
  const inProcess = Object.values(o.local ?? {}).some(Boolean);
  return { server, shortcut: inProcess ? gatewayShortcut({ direct, limits: o.limits, admission: o.admission }) : undefined };
}

/** The gateway: serves the committed supergraph through @apollo/gateway, with no runtime introspection. */
export function createGatewayServer(o: GatewayOptions): ApolloServer<GatewayContext> {
  const caches = o.caches ?? gatewayQueryCaches();
  const direct = o.direct ?? new DirectRoutes(o.local ?? {});
  const gateway = new ApolloGateway({
    supergraphSdl: o.supergraphSdl,
    queryPlannerConfig: { cache: caches.plans },
    experimental_didResolveQueryPlan: ({ queryPlan, requestContext }) => direct.learn(queryPlan, requestContext),
    buildService: ({ name, url }) => {
      const local = o.local?.[name];
      return local ? new InProcessDataSource(local) : new ForwardingDataSource({ url: o.urls[name] ?? url }, o.routerSecret, name, o.log);
    },
  });
  const limits = o.limits ? armor(o.limits) : { plugins: [], validationRules: [] };
  return new ApolloServer<GatewayContext>({
    gateway: direct.wrap(gateway),
    documentStore: caches.documents,
    // Reaching a subgraph fails like reaching a database (ECONNREFUSED...): the message names the subgraph side.
    formatError: createFormatError(o.log, o.exposeInternals, "A subgraph"),
    includeStacktraceInErrorResponses: o.exposeInternals,
    introspection: o.introspection ?? true,
    hideSchemaDetailsFromClientErrors: o.production ?? false,
    validationRules: limits.validationRules,
    ...(o.limits ? { parseOptions: parseOptions(o.limits) } : {}),
    plugins: [...limits.plugins, ...(o.limits ? [costAndAdmission<GatewayContext>(o.limits.maxCost, o.admission, LIST_SIZES)] : []), operationMustExist(), requestIdOnErrors<GatewayContext>(), statusPerMediaType<GatewayContext>()],
    allowBatchedHttpRequests: (o.maxBatch ?? 1) > 1,
    stopOnTerminationSignals: false,
  });
}
