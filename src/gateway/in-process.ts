import type { GraphQLDataSource, GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import type { GatewayGraphQLResponse } from "@apollo/server-gateway-interface";
import { isDatabaseOutage } from "../db/outage.js";
import type { SubgraphApp } from "../root.js";
import type { GatewayContext } from "./context.js";
import { unavailableResponse } from "./fetch-errors.js";

/**
 * When the gateway and a subgraph run in one process (`npm start`), the gateway hands each
 * subgraph operation straight to that subgraph's Apollo server: the same pipeline as over HTTP
 * (context with the caller's key, loaders, response cache, limits, formatError), without a
 * loopback HTTP request, JSON encoding and decoding on both sides. Separate processes use HTTP.
 */
export class InProcessDataSource implements GraphQLDataSource<GatewayContext> {
  constructor(private readonly app: SubgraphApp) {}

  async process(options: GraphQLDataSourceProcessOptions<GatewayContext>): Promise<GatewayGraphQLResponse> {
    const { request } = options;
    const client = "requestId" in options.context ? (options.context as GatewayContext) : undefined;
    let contextValue;
    try {
      // The gateway of this process admitted the client's operation (src/graphql/admission.ts): its
      // subgraph calls keep their cost limit but do not queue for the same memory twice.
      contextValue = await this.app.context({ requestId: client?.requestId, authorization: client?.authorization, clientIp: client?.clientIp, admitted: true });
    } catch (err) {
      if (!isDatabaseOutage(err)) throw err;
      // Its database is down before the operation runs (the key lookup): every field it would fill
      // is missing, and each error says so on its path, as over HTTP (src/gateway/fetch-errors.ts).
      const document = "document" in options ? options.document : undefined;
      return unavailableResponse({ serviceName: this.app.name, document, query: request.query, variables: request.variables }, "The database is unavailable; try again shortly.");
    }
    const res = await this.app.server.executeOperation(
      { query: request.query, variables: request.variables, operationName: request.operationName, extensions: request.extensions },
      { contextValue },
    );
    if (res.body.kind !== "single") throw new Error(`subgraph ${this.app.name} answered with an incremental response`);
    const { data, errors, extensions } = res.body.singleResult;
    return { data: data as GatewayGraphQLResponse["data"], errors, extensions } as GatewayGraphQLResponse;
  }
}
