import type { ApolloServerPlugin, BaseContext } from "@apollo/server";
import { ApolloArmor } from "@escape.tech/graphql-armor";
import { getNamedType, getNullableType, GraphQLError, isListType, type DocumentNode, type GraphQLFormattedError, type GraphQLSchema, type ValidationRule } from "graphql";
import { getComplexity, type ComplexityEstimator } from "graphql-query-complexity";

/** Query limits, from config. The gateway applies them; subgraphs apply generous backstops. */
export interface QueryLimits {
  maxDepth: number;
  maxCost: number;
  maxAliases: number;
  maxDirectives: number;
  maxTokens: number;
}

/**
 * Generous backstops for subgraphs: the gateway's `_entities` calls are large by nature. The cost
 * limit is the subgraph's own (config LIMIT_SUBGRAPH_MAX_COST), counting representations.
 */
export const SUBGRAPH_BACKSTOP: Omit<QueryLimits, "maxCost"> = { maxDepth: 40, maxAliases: 500, maxDirectives: 500, maxTokens: 100_000 };

/** GraphQL Armor's plugins and validation rules for Apollo Server, with limits and measured values in messages. */
export function armor(l: Omit<QueryLimits, "maxCost">): { plugins: ApolloServerPlugin<any>[]; validationRules: ValidationRule[] } {
  const { plugins, validationRules } = new ApolloArmor({
    maxDepth: { n: l.maxDepth, exposeLimits: true, flattenFragments: true, ignoreIntrospection: true },
    // Armor's cost ignores list sizes; costAndAdmission (admission.ts) prices lists instead.
    costLimit: { enabled: false },
    maxAliases: { n: l.maxAliases, exposeLimits: true, allowList: [] },
    maxDirectives: { n: l.maxDirectives, exposeLimits: true },
    // graphql-js's own parser counts tokens (ApolloServer parseOptions, see parseOptions below); Armor's
    // plugin re-parses inside a hook, where a syntax error became a 500.
    maxTokens: { enabled: false },
    // Apollo's own hideSchemaDetailsFromClientErrors handles suggestions (production only).
    blockFieldSuggestion: { enabled: false },
  }).protect();
  // Armor's typings point at Apollo's CommonJS build; the objects are the same at run time.
  // The cost limit is admission's (src/graphql/admission.ts), which prices each operation once.
  return { plugins: plugins as unknown as ApolloServerPlugin<any>[], validationRules };
}

const LIMIT_MESSAGE = /^Syntax Error: (Query Cost limit|Aliases limit|Query depth limit|Directives limit|Token limit) of (\d+) exceeded(?:, found (\d+))?/;
const TOKEN_MESSAGE = /^Syntax Error: Document contains more that (\d+) tokens/;

/** The parser's options for a limit on tokens (ApolloServer `parseOptions`). */
export function parseOptions(l: Pick<QueryLimits, "maxTokens">) {
  return { maxTokens: l.maxTokens };
}

/** A limit error from GraphQL Armor as QUERY_TOO_COMPLEX with the limit and the measured value, else null. */
export function limitError(formatted: GraphQLFormattedError): GraphQLFormattedError | null {
  const tokens = TOKEN_MESSAGE.exec(formatted.message);
  if (tokens) {
    const limit = Number(tokens[1]);
    return { message: `Query too complex: the tokens limit is ${limit} and this query exceeds it.`, extensions: { code: "QUERY_TOO_COMPLEX", limit } };
  }
  const m = LIMIT_MESSAGE.exec(formatted.message);
  if (!m) return null;
  const [, what, limit, found] = m;
  const name = { "Query Cost limit": "cost", "Aliases limit": "aliases", "Query depth limit": "depth", "Directives limit": "directives", "Token limit": "tokens" }[what] ?? what;
  const message = found ? `Query too complex: the ${name} limit is ${limit}; this query has ${found}.` : `Query too complex: the ${name} limit is ${limit} and this query exceeds it.`;
  return { message, locations: formatted.locations, extensions: { code: "QUERY_TOO_COMPLEX", limit: Number(limit), ...(found ? { measured: Number(found) } : {}) } };
}

/** Every error in a response carries the request's id, which is also in the server's log. */
export function requestIdOnErrors<C extends BaseContext & { requestId?: string }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response, contextValue }) {
          if (response.body.kind !== "single" || !response.body.singleResult.errors) return;
          const requestId = contextValue.requestId;
          response.body.singleResult.errors = response.body.singleResult.errors.map((e) => ({ ...e, extensions: { ...e.extensions, requestId } }));
        },
      };
    },
  };
}

/** Items assumed for a plain list without `first` (neighbours, parties, stages...), and for a connection without `first`. */
const PLAIN_LIST_SIZE = 5;
const DEFAULT_PAGE = 20;
/** What resolving one `_entities` representation costs before its fields: measured at ~2 fields' worth of heap. */
const ENTITY_OVERHEAD = 2;

/**
 * Cost that grows with the size of the answer: every field, leaves included, costs 1 (`__typename` 0), and a list
 * multiplies its selection by its likely length. A connection multiplies its selection by
 * `first / 5` and its `nodes`/`edges` lists by 5 (so a page costs `first` times an item); a plain
 * list multiplies by its `first` argument where it has one, else by its declared size (ListSizes) or 5
 * (parties, stages and sources are a few each); `_entities` multiplies by the number of representations it was sent. Nested
 * lists therefore multiply, which a flat cost misses: `neighbours { neighbours { ... } }` eight
 * levels deep is cheap by depth, ruinous by size. Measured on the real data, an answer weighs
 * about 14 bytes of JSON per unit of cost (docs/api.md, "Limits and admission").
 */
function listEstimator(sizes: ListSizes): ComplexityEstimator {
  return ({ type: parent, field, args, childComplexity }) => {
    // Answered from the schema, without a resolver; Apollo Client and Relay add it to every selection.
    if (field.name === "__typename") return 0;
    const type = getNullableType(field.type);
    const named = getNamedType(field.type).name;
    if (field.name === "_entities" && Array.isArray(args.representations)) return 1 + args.representations.length * (ENTITY_OVERHEAD + childComplexity);
    const asked = askedSize(args);
    if (named.endsWith("Connection")) {
      const first = asked ?? DEFAULT_PAGE;
      return 1 + Math.ceil((first / PLAIN_LIST_SIZE) * childComplexity);
    }
    if (isListType(type)) {
      const first = asked ?? sizes[`${parent.name}.${field.name}`] ?? PLAIN_LIST_SIZE;
      return 1 + first * childComplexity;
    }
    return 1 + childComplexity;
  };
}

/**
 * The size a field's arguments ask for: `first`, or `last` (a connection read from the end), the
 * larger if a request sends both (which the resolver refuses). Null when neither is a positive number.
 */
function askedSize(args: Record<string, unknown>): number | null {
  const sizes = [args.first, args.last].filter((n): n is number => typeof n === "number" && n > 0);
  return sizes.length ? Math.max(...sizes) : null;
}

/**
 * Lists whose length without `first` is not "a few" but their maximum, by `Type.field` (a
 * relation's shared agreements: up to 1,000): the cost counts them at that length. Subgraphs
 * declare theirs (defineSubgraph's `listSizes`); src/subgraphs/registry.ts merges them.
 */
export type ListSizes = Readonly<Record<string, number>>;

/** The list-aware cost of an operation (admission, the benchmark and tests use it). */
export function listCostFor(schema: GraphQLSchema, document: DocumentNode, variables: Record<string, unknown> = {}, operationName?: string, sizes: ListSizes = {}): number {
  return getComplexity({ schema, query: document, variables, operationName, estimators: [listEstimator(sizes)] });
}

/**
 * The gateway hands an operation name that matches nothing (or a subscription, which this graph
 * does not have) to its executor, which answers 500 INVALID_GRAPHQL. It is the caller's mistake:
 * 400 BAD_USER_INPUT, before planning.
 */
export function operationMustExist(): ApolloServerPlugin<any> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request, schema }) {
          if (operation?.operation === "subscription" && !schema.getSubscriptionType()) {
            throw new GraphQLError("This graph has no subscriptions: send a query or a mutation.", { extensions: { code: "BAD_USER_INPUT", http: { status: 400 } } });
          }
          if (operation) return;
          const message = request.operationName
            ? `Unknown operation named "${request.operationName}".`
            : "The document holds several operations: name the one to run (operationName).";
          throw new GraphQLError(message, { extensions: { code: "BAD_USER_INPUT", argument: "operationName", http: { status: 400 } } });
        },
      };
    },
  };
}
