import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import Negotiator from "negotiator";

/**
 * The media types Apollo Server answers a single result with, spelled and ordered exactly as its
 * own negotiation (MEDIA_TYPES in @apollo/server's ApolloServer.js, not exported): with their
 * `charset` parameter. Negotiator only matches an Accept entry's parameters against a type that
 * has them, so negotiating over the bare types ("application/json") found nothing for
 * `Accept: application/json; charset=utf-8` while Apollo answered application/json, and a 400
 * stayed a 400 under application/json.
 */
const JSON_TYPE = "application/json; charset=utf-8";
const GRAPHQL_RESPONSE = "application/graphql-response+json; charset=utf-8";
const JSON_CALLBACK = "application/json; callbackSpec=1.0; charset=utf-8";

/**
 * The media type Apollo Server will answer a single result with, as it negotiates it
 * (chooseContentTypeForSingleResultResponse), or null when the Accept header allows none (406).
 */
export function responseMediaType(accept: string | null | undefined): string | null {
  if (!accept) return JSON_TYPE;
  return new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE, JSON_CALLBACK]) ?? null;
}

/** Whether a response of this media type is legacy JSON (the type without GraphQL over HTTP's status rules). */
export function isLegacyJson(mediaType: string | null): boolean {
  return mediaType === JSON_TYPE || mediaType === JSON_CALLBACK;
}

/**
 * HTTP status per media type, as GraphQL over HTTP says
 * (https://graphql.github.io/graphql-over-http/draft/#sec-Status-Codes):
 * - `application/graphql-response+json`: a request error (parse, validation, limits, bad variables)
 *   keeps its 4xx; Apollo Server already does this.
 * - `application/json` (with or without parameters, and a request with no Accept): every
 *   well-formed request is answered 200, with `errors`, whatever failed in it (a 400 becomes 200).
 *   Other statuses stay: 405 for a mutation over GET, 429 and 503, which tell the client to back off.
 *   Routers and clients that treat any non-2xx as a transport failure (and drop the body) then still
 *   see the error's message and code.
 * The media type is decided once, here, and set on the response, so the status always matches
 * the Content-Type that is sent (Apollo Server negotiates only when none is set).
 * Requests that are not well-formed GraphQL over HTTP (bad JSON, no query, wrong content type,
 * too large) never reach this plugin and keep their 4xx.
 */
export function statusPerMediaType<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      const media = responseMediaType(request.http?.headers.get("accept"));
      // Apollo's BAD_REQUEST: no query, a mutation over GET... not a well-formed request; it keeps its 4xx.
      let malformed = false;
      return {
        async didEncounterErrors({ errors }) {
          if (errors.some((e) => e.extensions?.code === "BAD_REQUEST")) malformed = true;
        },
        async willSendResponse({ response }) {
          if (!media || response.body.kind !== "single") return;
          if (request.http && !response.http.headers.get("content-type")) response.http.headers.set("content-type", media);
          if (isLegacyJson(media) && !malformed && response.http.status === 400) response.http.status = 200;
        },
      };
    },
  };
}
