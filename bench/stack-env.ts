import { readFileSync } from "node:fs";
import { SUBGRAPH_MODULES } from "../src/subgraphs/registry.js";

/**
 * The environment for running the built program (`node dist/src/main.js`) on loopback ports and
 * its own embedded data folder, for the bench, the soak and the tests that start the real program.
 * The caller's database and Redis settings are dropped: each run brings its own (`extra`).
 */
export function localStackEnv(gatewayPort: number, dataDir: string, extra: NodeJS.ProcessEnv = {}): NodeJS.ProcessEnv {
  const clean = { ...process.env };
  for (const name of ["DATABASE_URL", "AUTH_DATABASE_URL", "REDIS_URL", ...SUBGRAPH_MODULES.map((m) => m.env.databaseUrl)]) delete clean[name];
  // Each subgraph on the next port after the gateway's, in the registry's order.
  const subgraphs = SUBGRAPH_MODULES.flatMap((m, i) => {
    const port = gatewayPort + 1 + i;
    return [
      [m.env.port, String(port)],
      [m.env.url, `http://127.0.0.1:${port}/graphql`],
    ];
  });
  return {
    ...clean,
    PGLITE_DATA_DIR: dataDir,
    PORT: String(gatewayPort),
    ...Object.fromEntries(subgraphs),
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
