import { readFileSync } from "node:fs";

/**
 * The environment for running the built program (`node dist/src/main.js`) on loopback ports and
 * its own embedded data folder, for the bench, the soak and the tests that start the real program.
 * The caller's database and Redis settings are dropped: each run brings its own (`extra`).
 */
export function localStackEnv(gatewayPort: number, dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const { DATABASE_URL: _d, RELATIONS_DATABASE_URL: _r, CORRIDORS_DATABASE_URL: _c, AUTH_DATABASE_URL: _a, REDIS_URL: _x, ...clean } = process.env;
  const relations = gatewayPort + 1;
  const corridors = gatewayPort + 2;
  return {
    ...clean,
    PGLITE_DATA_DIR: dataDir,
    PORT: String(gatewayPort),
    RELATIONS_PORT: String(relations),
    CORRIDORS_PORT: String(corridors),
    RELATIONS_URL: `http://127.0.0.1:${relations}/graphql`,
    CORRIDORS_URL: `http://127.0.0.1:${corridors}/graphql`,
    HOST: "127.0.0.1",
    LOG_LEVEL: "warn",
    ...extra,
  };
}

/** Resident memory of a process, in MB, from /proc (Linux); 0 once it is gone. */
export function rssMb(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) / 1024 : 0;
  } catch {
    return 0;
  }
}
