import { afterAll, describe, expect, inject, it } from "vitest";
import type { DataSource } from "typeorm";
import { createDataSource, prepared } from "../../src/db/data-source.js";
import { keysetPages, type KeysetCursor, type KeysetResult, type KeysetSpec } from "../../src/db/keyset.js";
import { Params } from "../../src/db/params.js";
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

  it("a page of one list without a filter is prepared and runs on one generic plan; a filtered page is planned on every run", async () => {
    const ds = await open(true);
    await ds.query(`CREATE TABLE keyset_probe (id text PRIMARY KEY, k text NOT NULL, tag text NOT NULL)`);
    await ds.query(`INSERT INTO keyset_probe SELECT 'id' || i, 'k' || (i % 7), CASE WHEN i % 2 = 0 THEN 'even' ELSE 'odd' END FROM generate_series(1, 50) i`);
    const spec = (where: string[]): KeysetSpec => ({ from: "keyset_probe t", parentExpr: "''", idExpr: "t.id", sortKey: "t.k", sortCast: "text", dir: "ASC", where });
    const walk = async (filtered: boolean) => {
      const ids: string[] = [];
      let after: KeysetCursor | null = null;
      for (;;) {
        const params = new Params();
        const page: KeysetResult = (await keysetPages(ds, spec(filtered ? [`t.tag = ${params.add("even")}`] : []), params, { size: 7, after, before: null, fromEnd: false })).get("")!;
        ids.push(...page.rows.map((r) => r.id));
        if (!page.more) return ids;
        const last: KeysetResult["rows"][number] = page.rows[page.rows.length - 1];
        after = [last.sortKey, last.id];
      }
    };
    const order = async (where: string) => ((await ds.query(`SELECT id FROM keyset_probe ${where} ORDER BY k, id`)) as { id: string }[]).map((r) => r.id);
    expect(await walk(false)).toEqual(await order(""));
    expect(await walk(false)).toEqual(await order(""));
    const probes = async () =>
      (await ds.query(`SELECT name, generic_plans, custom_plans, statement LIKE '%(b.sort_key, b.id) >%' AS cursor FROM pg_prepared_statements WHERE statement LIKE '%keyset_probe%' ORDER BY 4`)) as {
        name: string;
        generic_plans: string;
        custom_plans: string;
        cursor: boolean;
      }[];
    const named = await probes();
    // The first page (no cursor, no values) and the pages after a cursor: two statements, each prepared once.
    expect(named.map((n) => n.cursor)).toEqual([false, true]);
    // A statement without values runs on its generic plan from the start: planned once for this connection.
    expect(Number(named[0].generic_plans)).toBe(2);
    expect(Number(named[0].custom_plans)).toBe(0);
    // A filter's values can call for different plans: the filtered pages are never prepared.
    expect(await walk(true)).toEqual(await order(`WHERE tag = 'even'`));
    expect(await probes()).toHaveLength(2);
  });
});
