import type { GatewayExecutor, GatewayInterface, GatewaySchemaLoadOrUpdateCallback } from "@apollo/server-gateway-interface";
import { printSubgraphSchema } from "@apollo/subgraph";
import { execute, GraphQLError, type DocumentNode, type GraphQLSchema } from "graphql";
import { compileQuery, isCompiledQuery, type CompiledQuery } from "graphql-jit";
import type { OperationPlanner, PlannedOperation } from "./planned-execution.js";

/**
 * A subgraph's operations run by graphql-jit instead of graphql-js's `execute`.
 *
 * graphql-jit compiles an operation once into a function specialised to its selection: no
 * per-field walk of the document, no argument object built for every field, no result object in
 * dictionary mode per selection set. In a heap-allocation profile of 20 agreements with their
 * parties, stages and topics (bench Q2), graphql-js's execution was 35% of all bytes allocated
 * (getArgumentValues alone 17%), and the garbage collector a fifth of the CPU.
 *
 * Apollo Server 5 takes another executor only through its gateway interface: `load` hands it an
 * executor, and `onSchemaLoadOrUpdate` the schema it parses and validates against (the subgraph's
 * own, so validation, limits, plugins and error formatting are those of the schema mode). The
 * executor gets the document Apollo already parsed, validated and cached, so each document is
 * compiled once per operation name, on its second run, and kept as long as Apollo keeps the
 * document (a WeakMap).
 *
 * What graphql-jit cannot compile (it refuses some documents instead of running them wrongly) runs
 * on graphql-js, as does introspection, which is rare and whose result graphql-js defines.
 *
 * With a planner (src/graphql/planned-execution.ts), an operation it can plan is answered by its
 * plan, in one statement and without resolvers; one it cannot, or whose planned run gives up (an
 * error), runs compiled as above.
 */
export function compiledExecution(schema: GraphQLSchema, planned?: PlannedExecution): GatewayInterface & { executor: GatewayExecutor } {
  const planner = planned?.planner;
  // Executors over one schema (a test's beside the server's) share its counts.
  const stats = counts.get(schema) ?? { compiled: 0, interpreted: 0, planned: 0 };
  counts.set(schema, stats);
  /** Per document and operation: how often it ran, its plan once made and its compiled query (null: none). */
  const seen = new WeakMap<DocumentNode, Map<string, { runs: number; plan?: PlannedOperation | null; query?: CompiledQuery | null }>>();
  const entryFor = (document: DocumentNode, operationName: string | null) => {
    let perOperation = seen.get(document);
    if (!perOperation) seen.set(document, (perOperation = new Map()));
    const key = operationName ?? "";
    let entry = perOperation.get(key);
    if (!entry) perOperation.set(key, (entry = { runs: 0 }));
    // Compiling costs about as much as it saves on one run (Q2: 1.9 ms), so a document is planned
    // and compiled on its second run: one-off documents, such as a hostile client's, never pay for it.
    if (entry.query === undefined && ++entry.runs >= 2) {
      const introspection = introspects(document);
      entry.plan = planner && !introspection ? planOrNull(planner, document, operationName) : null;
      const result = introspection ? null : compileQuery(schema, document, operationName ?? undefined, { disablingCapturingStackErrors: true });
      entry.query = result && isCompiledQuery(result) ? result : null;
    }
    return entry;
  };

  const executor: GatewayExecutor = async ({ document, operationName, request, context, overallCachePolicy }) => {
    const byGraphqlJs = () => {
      stats.interpreted++;
      return execute({ schema, document, operationName, contextValue: context, variableValues: request.variables });
    };
    const { plan, query } = entryFor(document, operationName);
    if (plan) {
      const answer = await plan.run(context, request.variables);
      if (answer) {
        stats.planned++;
        // No resolver ran to give the cache-control plugin its hints: the one every field gets.
        if (planned?.maxAge) overallCachePolicy.restrict({ maxAge: planned.maxAge });
        return answer;
      }
    }
    if (!query) return byGraphqlJs();
    const result = await query.query(undefined, context, request.variables ?? {});
    // No data: the variables were refused before anything ran. graphql-js words that refusal as
    // Apollo Server recognises it (a BAD_USER_INPUT, HTTP 400) and as clients know it, and it too
    // refuses before running anything.
    if (result.errors && !("data" in result)) return byGraphqlJs();
    stats.compiled++;
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    // Also run without the server's pipeline, for the gateway of this process (src/graphql/in-process-execution.ts).
    executor,
    onSchemaLoadOrUpdate(callback: GatewaySchemaLoadOrUpdateCallback) {
      callback({ apiSchema: schema, coreSupergraphSdl: printSubgraphSchema(schema) });
      return () => {};
    },
    async load() {
      return { executor };
    },
    async stop() {},
  };
}

/**
 * The planner's plan, or null where it fails (a declaration naming a column its entity lacks): the
 * operation then runs on the resolvers, as one the planner cannot follow does.
 */
function planOrNull(planner: OperationPlanner, document: DocumentNode, operationName: string | null): PlannedOperation | null {
  try {
    return planner(document, operationName);
  } catch {
    return null;
  }
}

/** Planned execution for a subgraph's server: its planner, and the cache hint of a resolved field (ResponseCache.fieldMaxAge). */
export interface PlannedExecution {
  planner: OperationPlanner;
  maxAge: number | null;
}

const counts = new WeakMap<GraphQLSchema, { compiled: number; interpreted: number; planned: number }>();

/** How many operations on this schema's server ran planned, compiled, and on graphql-js (tests). */
export function executionCounts(schema: GraphQLSchema): { compiled: number; interpreted: number; planned: number } | undefined {
  return counts.get(schema);
}

/**
 * graphql-jit's errors are GraphQLErrors without `extensions` when what a resolver threw had none
 * (a database error): Apollo Server reads `extensions.code` of every error, and the error formatter
 * then never sees the error (src/graphql/format-error.ts classifies database outages). Such an
 * error becomes graphql-js's own, with the same message, locations, path and cause.
 */
function asGraphQLError(e: GraphQLError): GraphQLError {
  if (e.extensions) return e;
  const error = new GraphQLError(e.message, { path: e.path, originalError: e.originalError ?? undefined });
  (error as { locations?: GraphQLError["locations"] }).locations = e.locations;
  return error;
}

/** Whether an operation of the document asks for `__schema` or `__type` at its root. */
function introspects(document: DocumentNode): boolean {
  return document.definitions.some(
    (d) => d.kind === "OperationDefinition" && d.selectionSet.selections.some((s) => s.kind === "Field" && (s.name.value === "__schema" || s.name.value === "__type")),
  );
}
