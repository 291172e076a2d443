/**
 * Is this error the database being unreachable, rather than a bad query? Such errors become
 * SERVICE_UNAVAILABLE (docs/api.md, "Errors"): the request may succeed when the database is back.
 *
 * Errors arrive wrapped: TypeORM's QueryFailedError keeps pg's error as `driverError`, graphql-js
 * keeps a resolver's error as `originalError`, Apollo keeps a failed context's as `originalError`,
 * and DataLoader or our own code may chain one as `cause`. The chain is walked a few levels.
 */
export function isDatabaseOutage(err: unknown): boolean {
  const seen = new Set<unknown>();
  let frontier: unknown[] = [err];
  for (let depth = 0; depth < 6 && frontier.length; depth++) {
    const next: unknown[] = [];
    for (const e of frontier) {
      if (!e || typeof e !== "object" || seen.has(e)) continue;
      seen.add(e);
      if (looksLikeOutage(e as ErrorLike)) return true;
      const { originalError, driverError, cause } = e as ErrorLike;
      next.push(originalError, driverError, cause);
    }
    frontier = next;
  }
  return false;
}

interface ErrorLike {
  code?: unknown;
  message?: unknown;
  originalError?: unknown;
  driverError?: unknown;
  cause?: unknown;
}

/** Socket-level failures (Node) and PostgreSQL SQLSTATEs that mean "not reachable now". */
const OUTAGE_CODES = new Set([
  "ECONNREFUSED",
  "ECONNRESET",
  "ECONNABORTED",
  "ETIMEDOUT",
  "EPIPE",
  "EHOSTUNREACH",
  "EHOSTDOWN",
  "ENETUNREACH",
  "ENETDOWN",
  "ENOTFOUND",
  "EAI_AGAIN",
  "57014", // query_canceled: statement_timeout fired
  "57P01", // admin_shutdown
  "57P02", // crash_shutdown
  "57P03", // cannot_connect_now (starting up, recovering)
  "53300", // too_many_connections
]);

/**
 * node-postgres and pg-pool raise these without a code: a connection cut mid-query, the pool's
 * connect (or wait-for-a-connection) timeout, the client-side query timeout, a client already
 * broken, a pool being closed, and TypeORM's driver without a pool.
 */
const OUTAGE_MESSAGES = [
  /^Connection terminated/,
  /timeout exceeded when trying to connect/,
  /^Query read timeout/,
  /is not queryable/,
  /^Cannot use a pool after calling end/,
  /^Driver not Connected/,
  /^Too many connections/i,
  /^connect (ECONNREFUSED|ETIMEDOUT|EHOSTUNREACH|ENETUNREACH)/,
];

function looksLikeOutage(e: ErrorLike): boolean {
  if (typeof e.code === "string" && (OUTAGE_CODES.has(e.code) || e.code.startsWith("08"))) return true; // 08xxx: connection_exception
  return typeof e.message === "string" && OUTAGE_MESSAGES.some((re) => re.test(e.message as string));
}
