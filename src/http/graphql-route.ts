import { HeaderMap, type ApolloServer, type BaseContext } from "@apollo/server";
import express from "express";
import proxyaddr from "proxy-addr";
import typeis from "type-is";
import { sendError, withRequestId } from "./error-body.js";
import { jsonDepthVerifier, limitQueryJsonDepth } from "./guards.js";
import { runHandlers, splitUrl, type Handler, type HttpRequest, type HttpResponse } from "./pipeline.js";

/**
 * GraphQL over HTTP at /graphql, on Node's own request and response: CORS, the guards, the JSON
 * body, then Apollo Server's `executeHTTPGraphQLRequest`, as Apollo's express integration calls it;
 * the gateway of `npm start` first offers a POST to its shortcut (src/gateway/shortcut.ts).
 * It runs outside express: behind express, one Apollo Server answering a constant served 56% of the
 * requests per second it serves on `node:http` (docs/decisions.md). The other routes (health, the
 * explorer, 404) stay on express (server.ts).
 */
export interface GraphQLRouteOptions<C extends BaseContext> {
  server: ApolloServer<C>;
  context(req: HttpRequest, requestId: string): Promise<C>;
  /** CORS, the same middleware the express routes use. */
  cors: Handler;
  /** Run before the body is read (secret check, rate limits). */
  guards: readonly Handler[];
  /** Run after the body is parsed (batch size). */
  bodyGuards: readonly Handler[];
  bodyLimit: string;
  maxJsonDepth: number;
  /** Express's compiled "trust proxy" setting: which hops of X-Forwarded-For to believe for `req.ip`. */
  trustProxy: (addr: string, i: number) => boolean;
  /** Answers an error a step raised (a body too large or not JSON, a guard's failure): server.ts's. */
  onError(err: unknown, req: HttpRequest, res: HttpResponse): void;
  /**
   * Answers a POST body's operation without Apollo Server when it can: the answer's JSON text, or
   * null for Apollo Server to answer (src/gateway/shortcut.ts). Its answers are 200s with data only.
   */
  shortcut?: (body: unknown, context: () => Promise<C>) => Promise<string | null>;
}

/** Accept headers whose answer headers are remembered for the shortcut: at most this many distinct ones. */
const ACCEPTS_KEPT = 64;

/** True for the GraphQL route's path, as express matched it: `/graphql`, a trailing slash, any case, any query. */
export function isGraphQLPath(url: string | undefined): boolean {
  const path = splitUrl(url).path.toLowerCase();
  return path === "/graphql" || path === "/graphql/";
}

const JSON_TYPES = ["application/json", "application/graphql-response+json"];

export function graphqlRoute<C extends BaseContext>(o: GraphQLRouteOptions<C>): (req: HttpRequest, res: HttpResponse) => void {
  o.server.assertStarted("graphqlRoute()");
  const clientAddress: Handler = (req, _res, next) => {
    req.ip = proxyaddr(req, o.trustProxy);
    next();
  };
  // A POST body must be JSON; anything else is 415, not a guess.
  const jsonOnly: Handler = (req, res, next) => {
    if (req.method !== "POST" || typeis(req, JSON_TYPES)) return next();
    sendError(res, 415, 'A POST to /graphql must have "Content-Type: application/json".', "BAD_USER_INPUT");
  };
  const body = express.json({ limit: o.bodyLimit, type: JSON_TYPES, verify: jsonDepthVerifier(o.maxJsonDepth) }) as Handler;
  // The headers Apollo Server answered a successful POST with, per Accept header: a shortcut's
  // answer gets the same. Only learned from answers whose headers are a content type and, if any,
  // `cache-control: no-store` (an answer without cache hints, as every shortcut answer is).
  const answerHeaders = new Map<string, [string, string][]>();
  const execute: Handler = async (req, res) => {
    const requestId = res.locals.requestId;
    const accept = req.headers.accept ?? "";
    const learned = o.shortcut && req.method === "POST" ? answerHeaders.get(accept) : undefined;
    if (learned) {
      const answer = await o.shortcut!(req.body, () => o.context(req, requestId));
      if (answer !== null) {
        for (const [key, value] of learned) res.setHeader(key, value);
        res.statusCode = 200;
        res.end(answer);
        return;
      }
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) headers.set(key, Array.isArray(value) ? value.join(", ") : value);
    }
    const response = await o.server.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: (req.method ?? "GET").toUpperCase(), headers, search: splitUrl(req.url).search, body: req.body },
      context: () => o.context(req, requestId),
    });
    for (const [key, value] of response.headers) res.setHeader(key, value);
    res.statusCode = response.status ?? 200;
    if (o.shortcut && req.method === "POST" && res.statusCode === 200 && !answerHeaders.has(accept) && answerHeaders.size < ACCEPTS_KEPT) {
      const sent = [...response.headers];
      const plain = ([name, value]: [string, string]) => name === "content-type" || (name === "cache-control" && value === "no-store");
      if (response.headers.has("content-type") && sent.every(plain)) answerHeaders.set(accept, sent);
    }
    if (response.body.kind === "complete") {
      // Errors of requests that never ran an operation get the request's id too (error-body.ts).
      res.end(res.statusCode >= 400 ? withRequestId(response.body.string, requestId) : response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) res.write(chunk);
    res.end();
  };
  const steps: Handler[] = [clientAddress, o.cors, ...o.guards, jsonOnly, body, limitQueryJsonDepth(o.maxJsonDepth), ...o.bodyGuards, execute];
  return (req, res) =>
    runHandlers(steps, req, res, (err) => {
      if (err !== undefined) o.onError(err, req, res);
      // Every step answers or fails; reaching the end unanswered would be a defect here.
      else if (!res.headersSent) sendError(res, 500, "Internal server error", "INTERNAL_SERVER_ERROR");
    });
}
