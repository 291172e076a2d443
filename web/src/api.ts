import type { TypedDocumentString } from "./gql/graphql.js";

/**
 * A typed GraphQL client for the public endpoint. An operation is a document graphql-codegen generated from
 * web/src/graphql/*.graphql (web/codegen.ts): its text, carrying its result and variable types, so a component gets
 * typed data from `request(op, vars)` without casts. tests/web/operations.test.ts validates every document against
 * the API schema and keeps the generated code current, so a renamed field fails `npm test`, not the browser.
 */
export type Operation<TData, TVars> = TypedDocumentString<TData, TVars>;

export class GraphQLRequestError extends Error {
  constructor(
    message: string,
    readonly codes: string[],
  ) {
    super(message);
  }
}

/** The gateway's public endpoint, on the page's own origin. */
export const GRAPHQL_URL = "/graphql";

export async function request<TData, TVars>(op: Operation<TData, TVars>, variables: TVars, signal?: AbortSignal): Promise<TData> {
  const res = await fetch(GRAPHQL_URL, {
    method: "POST",
    headers: { "content-type": "application/json", accept: "application/graphql-response+json, application/json" },
    body: JSON.stringify({ query: op.toString(), variables }),
    signal,
  });
  let body: { data?: TData | null; errors?: { message: string; extensions?: { code?: string } }[] };
  try {
    body = (await res.json()) as typeof body;
  } catch {
    throw new GraphQLRequestError(`The server answered ${res.status} without JSON`, []);
  }
  if (body.errors?.length) {
    throw new GraphQLRequestError(body.errors.map((e) => e.message).join("; "), body.errors.map((e) => e.extensions?.code ?? ""));
  }
  if (!body.data) throw new GraphQLRequestError(`The server answered ${res.status} with no data`, []);
  return body.data;
}
