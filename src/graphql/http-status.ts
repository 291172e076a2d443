import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import Negotiator from "negotiator";

/** The media types a single GraphQL result can be sent as, in Apollo Server's order of preference. */
const JSON_TYPE = "application/json";
const GRAPHQL_RESPONSE = "application/graphql-response+json";

/** The media type Apollo Server will answer with (the same negotiation as its chooseContentTypeForSingleResultResponse). */
export function responseMediaType(accept: string | undefined): string | null {
  if (!accept) return JSON_TYPE;
  return new Negotiator({ headers: { accept } }).mediaType([JSON_TYPE, GRAPHQL_RESPONSE]) ?? null;
}

/**
 * HTTP status per media type, as GraphQL over HTTP says
 * (https://graphql.github.io/graphql-over-http/draft/#sec-Status-Codes):
 * - `application/graphql-response+json`: a request error (parse, validation, limits, bad variables)
 *   keeps its 4xx; Apollo Server already does this.
 * - `application/json` (and a request with no Accept): every well-formed request is answered 200,
 *   with `errors`, whatever failed in it (a 400 becomes 200). Other statuses stay: 405 for a
 *   mutation over GET, 429 and 503, which tell the client to back off.
 *   Routers and clients that treat any non-2xx as a transport failure (and drop the body) then still
 *   see the error's message and code.
 * Requests that are not well-formed GraphQL over HTTP (bad JSON, no query, wrong content type,
 * too large) never reach this plugin and keep their 4xx.
 */
export function statusPerMediaType<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart({ request }) {
      const media = responseMediaType(request.http?.headers.get("accept"));
      if (media !== JSON_TYPE) return {};
      // Apollo's BAD_REQUEST: no query, a mutation over GET... not a well-formed request; it keeps its 4xx.
      let malformed = false;
      return {
        async didEncounterErrors({ errors }) {
          if (errors.some((e) => e.extensions?.code === "BAD_REQUEST")) malformed = true;
        },
        async willSendResponse({ response }) {
          if (!malformed && response.http.status === 400) response.http.status = 200;
        },
      };
    },
  };
}
