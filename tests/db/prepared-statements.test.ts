import { afterAll, describe, expect, inject, it } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource, prepared } from "../../src/db/data-source.js";
import { testDbUrl } from "../support/database.js";

/**
 * The loaders' fixed statements go as named prepared statements on a PostgreSQL server only
 * (NamingClient in src/db/data-source.ts): the embedded PGlite keeps one session for every
 * connection, where a reconnected client would prepare a name the session already holds.
 */
const opened: DataSource[] = [];
afterAll(async () => {
  for (const ds of opened) await ds.destroy();
});

async function open(preparedStatements: boolean): Promise<DataSource> {
  const ds = createDataSource({ url: await testDbUrl(), schema: "public", entities: [], migrations: [], poolMax: 1, preparedStatements });
  await ds.initialize();
  opened.push(ds);
  return ds;
}

const SQL = prepared("SELECT $1::int + 1 AS n");
const names = async (ds: DataSource) => ((await ds.query(`SELECT name FROM pg_prepared_statements WHERE statement = $1`, [SQL])) as { name: string }[]).map((r) => r.name);

describe.skipIf(inject("embedded"))("named prepared statements (PostgreSQL server)", () => {
  it("a registered statement is prepared once on the connection and answers as an unnamed one", async () => {
    const ds = await open(true);
    expect(await ds.query(SQL, [1])).toEqual([{ n: 2 }]);
    expect(await ds.query(SQL, [41])).toEqual([{ n: 42 }]);
    const found = await names(ds);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatch(/^rg_[0-9a-f]{20}$/);
  });

  it("without the option (the embedded database, DB_PREPARED_STATEMENTS=false) nothing is prepared", async () => {
    const ds = await open(false);
    expect(await ds.query(SQL, [1])).toEqual([{ n: 2 }]);
    expect(await names(ds)).toEqual([]);
  });
});
