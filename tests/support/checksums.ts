import type { DataSource } from "typeorm";

/** One checksum per table of a PostgreSQL schema: row count and an md5 of every row, in order. */
export async function tableChecksums(ds: DataSource, schema: string): Promise<Record<string, string>> {
  const tables: { table_name: string }[] = await ds.query(
    `SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1`,
    [schema],
  );
  const out: Record<string, string> = {};
  for (const { table_name } of tables) {
    const [row] = await ds.query(`SELECT count(*)::int AS n, coalesce(md5(string_agg(x::text, '|' ORDER BY x::text)), '') AS h FROM "${schema}"."${table_name}" x`);
    out[table_name] = `${row.n}:${row.h}`;
  }
  return out;
}
