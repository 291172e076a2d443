import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource, shareOneConnection } from "../../src/db/data-source.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../src/db/embedded.js";

/**
 * pglite-socket can answer concurrent connections wrongly while one of them is in a transaction
 * (seen with a writer and two readers: 1,000 wrong answers in 3,500 statements; timing-dependent,
 * so not asserted here). DataSources sharing one connection, as a process does on its embedded
 * database, never get another statement's rows.
 */
let db: EmbeddedPostgres;
beforeAll(async () => {
  db = await startEmbeddedPostgres({ port: 0, maxConnections: 4 });
});
afterAll(() => db?.stop());

async function readsBesideTransactions(run: (sql: string, params: unknown[]) => Promise<any[]>, read: (sql: string, params: unknown[]) => Promise<any[]>, table: string) {
  await run(`CREATE TABLE ${table} (id int PRIMARY KEY, v text)`, []);
  let wrong = 0;
  const writer = (async () => {
    for (let i = 0; i < 150; i++) {
      await run(`BEGIN`, []);
      await run(`INSERT INTO ${table} VALUES ($1, $2)`, [i, `x${i}`]);
      await run(`COMMIT`, []);
    }
  })();
  const reader = (async () => {
    for (let i = 0; i < 300; i++) {
      const rows = await read(`SELECT $1::int AS i`, [i]);
      if (rows[0]?.i !== i) wrong++;
    }
  })();
  await Promise.all([writer, reader]);
  return wrong;
}

describe("the embedded database and concurrent connections", () => {
  it("DataSources of one process share one connection and never get another statement's rows", async () => {
    const unshare = shareOneConnection(db.url);
    const one = createDataSource({ url: db.url, schema: "public", entities: [], migrations: [], poolMax: 1 });
    const two = createDataSource({ url: db.url, schema: "public", entities: [], migrations: [], poolMax: 1 });
    await one.initialize();
    await two.initialize();
    try {
      const wrong = await readsBesideTransactions(
        (s, p) => one.query(s, p),
        (s, p) => two.query(s, p),
        "shared_t",
      );
      expect(wrong).toBe(0);
      const [{ n }] = await two.query(`SELECT count(*)::int AS n FROM shared_t`);
      expect(n).toBe(150);
    } finally {
      await one.destroy();
      await two.query("SELECT 1"); // still usable: only the last user ends the shared pool
      await two.destroy();
      unshare();
    }
  });
});
