import { AsyncLocalStorage } from "node:async_hooks";

/**
 * The HTTP request being answered, for code that runs on its behalf but is not handed its context:
 * Apollo Server's error formatter, which also formats the errors of requests that never got a
 * context (a body without a query, variables that are not an object, an Accept it cannot serve,
 * a context that failed to build). The HTTP layer (src/http/server.ts) runs GraphQL inside it.
 */
const scope = new AsyncLocalStorage<{ requestId: string }>();

export function inRequestScope<T>(requestId: string, run: () => T): T {
  return scope.run({ requestId }, run);
}

/** The id of the HTTP request being answered, if any (none for in-process calls outside one, and tools). */
export function currentRequestId(): string | undefined {
  return scope.getStore()?.requestId;
}
