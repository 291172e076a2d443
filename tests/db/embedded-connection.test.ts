import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDataSource, shareOneConnection } from "../../src/db/data-source.js";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../src/db/embedded.js";

/**
 * pglite-socket serializes PGlite's one session per message, so concurrent connections used to get
 * each other's statements (electric-sql/pglite#1046): src/db/pglite-queue.ts keeps each
 * connection's extended-protocol batch together. A process's own DataSources also share one
 * connection on its embedded database (shareOneConnection); tools beside a running server, and the
 * test stacks, still open connections of their own.
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

  it("separate connections (pools, and tools such as `npm run keys` beside a running server): extended-protocol batches never interleave", async () => {
    // Each connection's Parse/Bind/Execute/Sync must reach PGlite's one session whole: before
    // src/db/pglite-queue.ts, one pool's Parse replaced another's unnamed statement between its
    // Parse and Bind ("malformed array literal", or another statement's rows).
    const pools = [new pg.Pool({ connectionString: db.url, max: 1 }), new pg.Pool({ connectionString: db.url, max: 1 }), new pg.Pool({ connectionString: db.url, max: 1 })];
    const failures: string[] = [];
    try {
      await Promise.all(
        pools.map(async (pool, p) => {
          for (let i = 0; i < 150; i++) {
            try {
              if (p === 0) {
                const { rows } = await pool.query("SELECT $1::int[] AS a, $2::text AS t", [[i, i + 1], `x${i}`]);
                if (rows[0].a[1] !== i + 1 || rows[0].t !== `x${i}`) failures.push(`pool 0, ${i}: ${JSON.stringify(rows[0])}`);
              } else if (p === 1) {
                const { rows } = await pool.query("SELECT $1::text AS s", ["y".repeat(20_000 + i)]);
                if (rows[0].s.length !== 20_000 + i) failures.push(`pool 1, ${i}: length ${rows[0].s?.length}`);
              } else {
                // A writer's transactions beside them, as the write path runs them.
                const client = await pool.connect();
                try {
                  await client.query("BEGIN");
                  const { rows } = await client.query("SELECT $1::date AS d, $2::int + $3::int AS n", ["2025-01-02", i, 1]);
                  if (rows[0].n !== i + 1) failures.push(`pool 2, ${i}: ${JSON.stringify(rows[0])}`);
                  await client.query("COMMIT");
                } finally {
                  client.release();
                }
              }
            } catch (err) {
              failures.push(`pool ${p}, ${i}: ${(err as Error).message}`);
            }
          }
        }),
      );
    } finally {
      await Promise.all(pools.map((pool) => pool.end()));
    }
    expect(failures.slice(0, 5)).toEqual([]);
  });
});
