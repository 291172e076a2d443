import { randomUUID } from "node:crypto";
import { ApolloGateway, RemoteGraphQLDataSource, type GraphQLDataSourceProcessOptions } from "@apollo/gateway";
import { ApolloServer } from "@apollo/server";
import type { Logger } from "pino";
import { createFormatError } from "../graphql/format-error.js";

export interface GatewayContext {
  requestId: string;
  authorization?: string;
}

/** Passes the client's Authorization header and the request id on to every subgraph call. */
class ForwardingDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>): void {
    if (!("requestId" in context)) return; // health checks and the like carry no client context
    request.http?.headers.set("x-request-id", context.requestId);
    if (context.authorization) request.http?.headers.set("authorization", context.authorization);
  }
}

export interface GatewayOptions {
  supergraphSdl: string;
  /** Subgraph name -> URL, from config; they override the URLs written in the supergraph. */
  urls: Record<string, string>;
  log: Logger;
  exposeInternals: boolean;
}

/** The gateway: serves the committed supergraph through @apollo/gateway, with no runtime introspection. */
export function createGatewayServer(o: GatewayOptions): ApolloServer<GatewayContext> {
  const gateway = new ApolloGateway({
    supergraphSdl: o.supergraphSdl,
    buildService: ({ name, url }) => new ForwardingDataSource({ url: o.urls[name] ?? url }),
  });
  return new ApolloServer<GatewayContext>({
    gateway,
    formatError: createFormatError(o.log, o.exposeInternals),
    includeStacktraceInErrorResponses: o.exposeInternals,
    stopOnTerminationSignals: false,
  });
}

export function gatewayContext(headers: Record<string, string | string[] | undefined>): GatewayContext {
  const id = headers["x-request-id"];
  const auth = headers["authorization"];
  return {
    requestId: typeof id === "string" && id.length <= 200 ? id : randomUUID(),
    authorization: typeof auth === "string" ? auth : undefined,
  };
}
