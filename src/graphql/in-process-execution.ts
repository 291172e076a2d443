import type { GatewayExecutor } from "@apollo/server-gateway-interface";
import { specifiedRules, validate, type DocumentNode, type ExecutionResult, type GraphQLSchema, type ValidationRule } from "graphql";
import { priced } from "./admission.js";
import type { ListSizes } from "./limits.js";
import { nulInLiterals, nulInVariables } from "./text-guard.js";

/**
 * Runs an operation on a subgraph's executor without its Apollo Server pipeline, for the gateway of
 * the same process, which has already parsed, validated, limited and admitted the client's document
 * (src/gateway/in-process.ts). The pipeline was 60 µs of the 140 µs of CPU a country look-up cost the
 * relations subgraph (bench Q1, measured in-process, 2026-12-06): hashing the query text, a request
 * context, and a dozen plugin hooks, all to repeat checks the gateway had made.
 *
 * The subgraph's own checks still run, each kept per document as the pipeline keeps them:
 * - its validation rules (graphql-js's, and its backstop depth, alias and directive limits), and its
 *   token limit, counted on the document's tokens;
 * - its cost limit, priced as its cost plugin prices it (priced, cachedCost);
 * - the NUL guard, on the variables and the document's string literals.
 *
 * What any of them refuses, and a run that ends with errors, gets null: the pipeline then runs the
 * operation and answers it, with its error formatting and codes, so what a client sees is the same.
 * A query has no effects, so such a run costs its statements twice, and only when something failed.
 * With the response cache on, every operation goes through the pipeline, which reads and fills it.
 */
export type InProcessRun = (document: DocumentNode, operationName: string | null, variables: Record<string, unknown> | undefined, context: unknown) => Promise<ExecutionResult | null>;

export interface InProcessChecks {
  schema: GraphQLSchema;
  executor: GatewayExecutor;
  /** The server's validation rules beside graphql-js's (its backstop limits). */
  validationRules: readonly ValidationRule[];
  /** The server parser's token limit. */
  maxTokens: number;
  /** The server's cost limit, and the list sizes it prices lists with. */
  maxCost: number;
  listSizes: ListSizes;
}

export function inProcessRunner(c: InProcessChecks): InProcessRun {
  const rules = [...specifiedRules, ...c.validationRules];
  /** Per document: whether it passes the server's validation and token limit. */
  const valid = new WeakMap<DocumentNode, boolean>();
  const passes = (document: DocumentNode) => {
    let ok = valid.get(document);
    if (ok === undefined) {
      const tokens = tokenCount(document);
      ok = tokens !== null && tokens <= c.maxTokens && validate(c.schema, document, rules).length === 0;
      valid.set(document, ok);
    }
    return ok;
  };
  // Variables that do not fit the operation (no price) are left to the pipeline's execution, which reports them.
  const withinCost = (document: DocumentNode, operationName: string | null, variables: Record<string, unknown> | undefined) => {
    const price = priced(c.schema, c.maxCost, document, variables, operationName, c.listSizes);
    return price !== undefined && !price.over;
  };
  const noCachePolicy = { restrict() {} };
  return async (document, operationName, variables, context) => {
    if (!passes(document)) return null;
    if (nulInLiterals(document) || nulInVariables(variables ?? {})) return null;
    if (!withinCost(document, operationName, variables)) return null;
    const result = await c.executor({ document, operationName, request: { variables }, context, overallCachePolicy: noCachePolicy } as unknown as Parameters<GatewayExecutor>[0]);
    return result.errors?.length ? null : result;
  };
}

/**
 * The tokens of a parsed document, as graphql-js's parser counts them for its `maxTokens` (its
 * lexer's tokens, without the start and end of the source); null for a document not parsed from text.
 */
function tokenCount(document: DocumentNode): number | null {
  const start = document.loc?.startToken;
  if (!start) return null;
  let n = 0;
  for (let token = start.next; token && token.kind !== "<EOF>"; token = token.next) if (token.kind !== "Comment") n++;
  return n;
}
