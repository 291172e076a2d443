import pg from "pg";
import { inject } from "vitest";
import { startEmbeddedPostgres } from "../../src/db/embedded.js";

/** A second, empty database for tests that need one (round trips): a new PGlite, or a new database on the server. */
export async function freshDatabase(): Promise<{ url: string; drop(): Promise<void> }> {
  if (inject("embedded")) {
    const e = await startEmbeddedPostgres({ port: 0, maxConnections: 4 });
    return { url: e.url, drop: () => e.stop() };
  }
  const base = inject("dbUrl");
  const name = `rg_fresh_${process.pid}_${Date.now()}`;
  const admin = new pg.Client({ connectionString: base });
  await admin.connect();
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  const u = new URL(base);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: base });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    },
  };
}
