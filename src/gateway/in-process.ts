import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayExecutor, GatewayGraphQLRequest, GatewayGraphQLRequestContext, GatewayGraphQLResponse, GatewayInterface } from "@apollo/server-gateway-interface";
import { BREAK, GraphQLError, parse, validate, visit, type DocumentNode, type FormattedExecutionResult, type GraphQLSchema } from "graphql";
import { LRUCache } from "lru-cache";
import { isDatabaseOutage } from "../db/outage.js";
import type { SubgraphApp } from "../root.js";
import type { GatewayContext } from "./context.js";
import { unavailableResponse } from "./fetch-errors.js";
import { localPlan, runLocalPlan, type LocalFetcher, type QueryPlan } from "./local-plans.js";

/**
 * When the gateway and a subgraph run in one process (`npm start`), the gateway hands each
 * subgraph operation straight to that subgraph's Apollo server: the same pipeline as over HTTP
 * (context with the caller's key, loaders, response cache, limits, formatError), without a
 * loopback HTTP request, JSON encoding and decoding on both sides. Separate processes use HTTP.
 * A fetch of a plan run here (DirectRoutes, below) comes with its parsed document and first tries
 * the subgraph's executor without that pipeline, after the same checks (SubgraphApp.run).
 */
export class InProcessDataSource implements GraphQLDataSource<GatewayContext> {
  /** Fetches run without the subgraph's pipeline so far (tests read it). */
  unpipelined = 0;
  constructor(private readonly app: SubgraphApp) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const client = "requestId" in options.context ? (options.context as GatewayContext) : undefined;
    return this.send(options.request, client, "document" in options ? options.document : undefined);
  }

  /** One operation of the gateway's (a fetch of its query plan) on this subgraph, for the gateway's client. */
  async send(request: GatewayGraphQLRequest, client: GatewayContext | undefined, document?: DocumentNode): Promise<GatewayGraphQLResponse> {
    let contextValue;
    try {
      contextValue = await subgraphContext(this.app, client);
    } catch (err) {
      if (!isDatabaseOutage(err)) throw err;
      // Its database is down before the operation runs (the key lookup): every field it would fill
      // is missing, and each error says so on its path, as over HTTP (src/gateway/fetch-errors.ts).
      return unavailableResponse({ serviceName: this.app.name, document, query: request.query, variables: request.variables }, "The database is unavailable; try again shortly.");
    }
    // A fetch of a local plan comes parsed from its text.
    const { result, unpipelined } = await runOnSubgraph(this.app, request, document, contextValue);
    if (unpipelined) this.unpipelined++;
    const { data, errors, extensions } = result;
    return { data: data as GatewayGraphQLResponse["data"], errors, extensions } as GatewayGraphQLResponse;
  }
}

/**
 * One operation on a subgraph of this process, with the subgraph's context: on its executor without
 * its pipeline where a parsed document is at hand, its checks allow and the run has no errors
 * (SubgraphApp.run, src/graphql/in-process-execution.ts); else through the pipeline, so errors keep
 * the subgraph's formatting. `unpipelined` says which way it went.
 */
async function runOnSubgraph(
  app: SubgraphApp,
  request: GatewayGraphQLRequest,
  document: DocumentNode | undefined,
  contextValue: Awaited<ReturnType<SubgraphApp["context"]>>,
): Promise<{ result: FormattedExecutionResult; unpipelined: boolean }> {
  const quick = document && app.run ? await app.run(document, request.operationName ?? null, request.variables, contextValue) : null;
  if (quick) return { result: { data: quick.data }, unpipelined: true };
  const res = await app.server.executeOperation(
    { query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions },
    { contextValue },
  );
  if (res.body.kind !== "single") throw new Error(`subgraph ${app.name} answered with an incremental response`);
  return { result: res.body.singleResult, unpipelined: false };
}

/**
 * The subgraph's context for a client's operation, from the gateway's: the same request id, key and
 * address. The gateway of this process admitted the operation (src/graphql/admission.ts): its
 * subgraph calls keep their cost limit but do not queue for the same memory twice.
 */
function subgraphContext(app: SubgraphApp, client: GatewayContext | undefined) {
  return app.context({ requestId: client?.requestId, authorization: client?.authorization, clientIp: client?.clientIp, admitted: true });
}

/**
 * An operation whose whole query plan is one fetch from one subgraph of this process (Q1, Q2, Q6:
 * most reads) is answered by that subgraph executing the client's own document, without the
 * gateway's execution: its fetch, its rewriting of the operation and its result shaping (35% of
 * what a Q2 request allocates through the gateway). The subgraph already decides every null, so
 * the answer is the same; its errors get the gateway's `serviceName`, as executeQueryPlan adds.
 * The first run of a document goes through the gateway and teaches this which documents qualify.
 * While the subgraph's response cache is off, such an operation runs on its executor without its
 * Apollo pipeline, after the subgraph's own checks (src/graphql/in-process-execution.ts); errors,
 * and an operation a check refuses, go through the pipeline.
 *
 * An operation whose plan has several fetches, all from subgraphs of this process (Q4: a country,
 * then its corridors), is run by src/gateway/local-plans.ts: the same fetches, shaped by a compiled
 * operation instead of the gateway's result shaping. What it cannot run exactly goes to the gateway.
 */
type Route = { app: SubgraphApp } | { plan: QueryPlan } | null;

/** An operation the gateway answers directly, as the HTTP shortcut finds it by its text (src/gateway/shortcut.ts). */
export interface KnownOperation {
  app: SubgraphApp;
  document: DocumentNode;
  /** The API schema the gateway's pipeline checked it against (its cost is priced on it). */
  schema: GraphQLSchema;
}

/** Query texts kept for the shortcut: at most this many, of at most this many characters in all. */
const KNOWN_TEXTS = 1000;
const KNOWN_TEXT_CHARS = 1 << 20;

export class DirectRoutes {
  /** Per parsed document (Apollo's document cache keeps one per query text) and operation name: its route, or null for the gateway's way. */
  private readonly routes = new WeakMap<DocumentNode, Map<string, Route>>();
  private readonly sources: Partial<Record<string, InProcessDataSource>>;
  /** Operations answered directly so far, and those of them run without the subgraph's pipeline (tests read them). */
  answered = 0;
  unpipelined = 0;
  /** Fetches of local plans run without their subgraph's pipeline so far (tests read it). */
  get fetchesUnpipelined(): number {
    return Object.values(this.sources).reduce((n, s) => n + (s?.unpipelined ?? 0), 0);
  }
  /** Operations of several fetches run by their plan here so far, and those given back to the gateway after a fetch's errors (tests read them). */
  planned = 0;
  givenBack = 0;
  /** Operations answered through the HTTP shortcut, without the gateway's pipeline, so far (tests read it). */
  shortcuts = 0;
  /**
   * The query texts of documents answered directly, each with its parsed document and API schema:
   * what the HTTP shortcut looks up instead of hashing and parsing the text. Only texts the
   * gateway's pipeline has parsed, validated and priced get here. Bounded in count and length.
   */
  private readonly texts = new LRUCache<string, { document: DocumentNode; schema: GraphQLSchema }>({
    max: KNOWN_TEXTS,
    maxSize: KNOWN_TEXT_CHARS,
    sizeCalculation: (_entry, text) => Math.max(1, text.length),
  });
  constructor(private readonly local: Partial<Record<string, SubgraphApp>>) {
    this.sources = Object.fromEntries(Object.entries(local).flatMap(([name, app]) => (app ? [[name, new InProcessDataSource(app)]] : [])));
  }

  learn(plan: QueryPlan, rc: GatewayGraphQLRequestContext): void {
    const doc = rc.document;
    if (!doc) return;
    let byName = this.routes.get(doc);
    if (!byName) this.routes.set(doc, (byName = new Map()));
    const name = rc.request.operationName ?? "";
    if (byName.has(name)) return;
    if (rc.operation?.operation !== "query" || introspects(doc)) {
      byName.set(name, null);
      return;
    }
    const node = plan.node;
    if (node?.kind === "Fetch" && !node.requires && !node.inputRewrites && !node.outputRewrites) {
      const app = this.local[node.serviceName];
      // The client's document must be valid on the subgraph as written (a fragment on a type it lacks is not).
      if (app && validate(app.schema, doc).length === 0) {
        byName.set(name, { app });
        if (rc.source !== undefined && rc.source.length <= KNOWN_TEXT_CHARS) this.texts.set(rc.source, { document: doc, schema: rc.schema });
        return;
      }
    }
    const local = localPlan(plan, (service) => !!this.sources[service]);
    byName.set(name, local ? { plan: local } : null);
  }

  /** The operation of a query text and operation name that the gateway answers directly, once its pipeline has learned it; else undefined. */
  known(query: string, operationName: string | undefined): KnownOperation | undefined {
    const entry = this.texts.get(query);
    if (!entry) return undefined;
    const route = this.routes.get(entry.document)?.get(operationName ?? "");
    return route && "app" in route ? { app: route.app, ...entry } : undefined;
  }

  /**
   * A known operation run on its subgraph's executor without either pipeline, after the subgraph's
   * own checks (SubgraphApp.run): its data, or null when the subgraph has no runner, a check
   * refuses or the run has errors, for the pipelines to answer.
   */
  async answer(op: KnownOperation, operationName: string | undefined, variables: Record<string, unknown> | undefined, client: GatewayContext): Promise<{ data: FormattedExecutionResult["data"] } | null> {
    if (!op.app.run) return null;
    const contextValue = await subgraphContext(op.app, client);
    const result = await op.app.run(op.document, operationName ?? null, variables, contextValue);
    if (!result) return null;
    this.answered++;
    this.unpipelined++;
    this.shortcuts++;
    return { data: result.data };
  }

  wrap(gateway: GatewayInterface): GatewayInterface {
    return {
      onSchemaLoadOrUpdate: (cb) => gateway.onSchemaLoadOrUpdate(cb),
      stop: () => gateway.stop(),
      load: async (options) => {
        const loaded = await gateway.load(options);
        const through = loaded.executor;
        if (!through) return loaded;
        const executor: GatewayExecutor = async (rc) => {
          const route = rc.document && rc.source !== undefined ? this.routes.get(rc.document)?.get(rc.request.operationName ?? "") : undefined;
          if (!route) return through(rc);
          if ("plan" in route) {
            const result = await runLocalPlan(route.plan, rc, this.fetcher);
            if (!result) {
              this.givenBack++;
              return through(rc);
            }
            this.planned++;
            return result as Awaited<ReturnType<GatewayExecutor>>;
          }
          try {
            const result = await this.execute(route.app, rc);
            if (!result) return through(rc);
            this.answered++;
            return result;
          } catch (err) {
            // Its database is down before the operation runs (the key lookup): the gateway's way
            // answers that field by field (InProcessDataSource), so it takes the request.
            if (isDatabaseOutage(err)) return through(rc);
            throw err;
          }
        };
        return { ...loaded, executor };
      },
    };
  }

  /** Each fetch's operation parsed once (a plan and its fetch nodes live in the gateway's plan cache). */
  private readonly fetchDocuments = new WeakMap<object, DocumentNode>();

  /** A fetch of a local plan, sent as the gateway sends it: its data, or null when the subgraph answered with errors. */
  private readonly fetcher: LocalFetcher = async (fetch, variables, rc) => {
    const source = this.sources[fetch.serviceName]!;
    let document = this.fetchDocuments.get(fetch);
    if (!document) this.fetchDocuments.set(fetch, (document = parse(fetch.operation)));
    const res = await source.send({ query: fetch.operation, variables, operationName: fetch.operationName }, rc.context as unknown as GatewayContext, document);
    return res.errors?.length || !res.data ? null : (res.data as Record<string, unknown>);
  };

  private async execute(app: SubgraphApp, rc: GatewayGraphQLRequestContext) {
    const contextValue = await subgraphContext(app, rc.context as unknown as GatewayContext);
    const request = { query: rc.source, variables: rc.request.variables, operationName: rc.request.operationName };
    const { result, unpipelined } = await runOnSubgraph(app, request, rc.document, contextValue);
    if (unpipelined) this.unpipelined++;
    const { data, errors } = result;
    // Refused before it ran (a NUL character, the cost limit), so no data at all, not even null: the gateway's way
    // answers such a fetch with a null for each field it would fill beside the error, as over HTTP.
    if (data === undefined) return null;
    return {
      data,
      ...(errors ? { errors: errors.map((e) => new GraphQLError(e.message, { path: e.path, extensions: { ...e.extensions, serviceName: app.name } })) } : {}),
    } as Awaited<ReturnType<GatewayExecutor>>;
  }
}

function introspects(doc: DocumentNode): boolean {
  let found = false;
  visit(doc, {
    Field(f) {
      if (f.name.value !== "__schema" && f.name.value !== "__type") return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}
