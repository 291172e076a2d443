import type { DataSource } from "typeorm";
import { keysetBounds, keysetOrder, windowRows, type KeyColumn, type KeysetWindow } from "../../../db/keyset.js";
import { Params } from "../../../db/params.js";

export type HitKind = "Agreement" | "Clause" | "Person" | "Statement" | "Country";

/**
 * Each searchable document: its kind, id and table, the text configuration of its stored vector
 * (`search_vector`, GENERATED ALWAYS AS ... STORED with a GIN index; migration
 * RelationsStoredSearchVectors), and the text its snippet is cut from. English prose uses the
 * `english` configuration (stemming); titles and names in other languages and scripts use `simple`.
 *
 * `text` is read for the page's hits only: either `carried` along with the hit (alternative titles
 * and names, which are short and part of their row's key) or looked up by the hit's id afterwards,
 * so the long texts (clause summaries) are not carried through the ranking of every hit.
 */
interface Document {
  kind: HitKind;
  /** The hit's id, in terms of `alias`. */
  id: string;
  table: string;
  alias: string;
  config: "english" | "simple";
  /** The snippet's text, in terms of `alias`. */
  text: string;
  /** The key column `id` names in `table`, to look the text up by; null when the text is carried instead. */
  lookupBy: string | null;
}

const DOCUMENTS: Document[] = [
  { kind: "Agreement", id: "a.id", table: "relations.agreement", alias: "a", config: "english", text: "a.title", lookupBy: "id" },
  { kind: "Agreement", id: "t.agreement_id", table: "relations.agreement_title", alias: "t", config: "simple", text: "t.text", lookupBy: null },
  { kind: "Clause", id: "c.id", table: "relations.clause", alias: "c", config: "english", text: "coalesce(c.title || ': ', '') || c.summary", lookupBy: "id" },
  { kind: "Person", id: "pe.id", table: "relations.person", alias: "pe", config: "simple", text: "pe.name", lookupBy: "id" },
  { kind: "Person", id: "n.person_id", table: "relations.person_name", alias: "n", config: "simple", text: "n.text", lookupBy: null },
  { kind: "Statement", id: "s.id", table: "relations.statement", alias: "s", config: "english", text: "s.quote", lookupBy: "id" },
  { kind: "Country", id: "co.code", table: "relations.country", alias: "co", config: "simple", text: "co.official_name", lookupBy: "code" },
];

const KINDS = [...new Set(DOCUMENTS.map((d) => d.kind))];

const matches = (d: Document, q: string) => `${d.alias}.search_vector @@ websearch_to_tsquery('${d.config}', ${q})`;

/** One hit of a page of search results. */
export interface SearchHitRow {
  kind: HitKind;
  id: string;
  score: number;
  snippet: string | null;
}

/** A search cursor: the hit's score, kind and id. */
export type SearchCursor = [number, string, string];

/** The order of hits, best first, ties by kind and id: a keyset ordering of mixed directions. */
const HIT_ORDER = (alias: string): KeyColumn[] => [
  { expr: `${alias}.score`, dir: "DESC", cast: "float8" },
  { expr: `${alias}.kind`, dir: "ASC", cast: "text" },
  { expr: `${alias}.id`, dir: "ASC", cast: "text" },
];

/**
 * One page of hits, best first, each (kind, id) once at its best score, with a snippet: one
 * statement. The page is the window's: `size` hits between its (score, kind, id) cursors, counted
 * from the best, or from the worst when `fromEnd` (the same statement with the comparisons and
 * ORDER BY reversed; `windowRows` puts the page back in rank order). When two documents
 * of a record tie for its best score, the snippet comes from the one listed first above (the
 * record's own title or name before an alternative one), then from the smaller text. The statement
 * before stored vectors left such ties to its sort, so which one it took varied with the plan.
 *
 * Every matching row is still ranked, as the order is by rank and a GIN index does not order by it;
 * but the rank reads the stored vector, and only kinds with several documents (an agreement's
 * titles, a person's names) go through DISTINCT ON. Snippets are cut for the page's rows alone.
 *
 * It runs with parallel workers off (SET LOCAL, in a transaction of its own): PostgreSQL plans a
 * parallel append for a common word, and under concurrent requests the workers multiply its cost.
 * Measured at scale 10 with "energy" (35,453 hits), 10 clients (pgbench): 14 statements/s with
 * workers, 44 without.
 *
 * With `withTotal`, every row also carries the number of all hits (the `hits` rows, each record
 * once), which the ranking enumerates anyway.
 */
export async function searchHits(ds: DataSource, text: string, window: KeysetWindow<SearchCursor>, withTotal = false): Promise<{ rows: SearchHitRow[]; more: boolean; total: number | null }> {
  const p = new Params();
  const q = p.add(text);
  const hit = (d: Document) => {
    const src = DOCUMENTS.indexOf(d);
    return `SELECT ${d.id}::text AS id, ts_rank(${d.alias}.search_vector, websearch_to_tsquery('${d.config}', ${q}))::float8 AS score, ${src} AS src,
                   ${d.lookupBy ? "NULL::text" : `${d.text}::text`} AS doc
            FROM ${d.table} ${d.alias} WHERE ${matches(d, q)}`;
  };
  const perKind = KINDS.map((kind) => {
    const docs = DOCUMENTS.filter((d) => d.kind === kind);
    const union = docs.map(hit).join("\n UNION ALL \n");
    return docs.length === 1
      ? `SELECT '${kind}'::text AS kind, h.* FROM (${union}) h`
      : `(SELECT DISTINCT ON (h.id) '${kind}'::text AS kind, h.* FROM (${union}) h ORDER BY h.id, h.score DESC, h.src, h.doc)`;
  }).join("\n UNION ALL \n");
  const bounds = keysetBounds(HIT_ORDER("h"), window, p);
  const lookups = DOCUMENTS.flatMap((d, src) =>
    d.lookupBy ? [`WHEN ${src} THEN (SELECT ${d.text} FROM ${d.table} ${d.alias} WHERE ${d.alias}.${d.lookupBy} = p.id)`] : [],
  ).join(" ");
  const configs = `(ARRAY[${DOCUMENTS.map((d) => `'${d.config}'`).join(", ")}])[p.src + 1]::regconfig`;
  const sql = `WITH hits AS (${perKind}),
     page AS (SELECT * FROM hits h ${bounds.length ? `WHERE ${bounds.join(" AND ")}` : ""} ORDER BY ${keysetOrder(HIT_ORDER("h"), window.fromEnd)} LIMIT ${p.add(window.size + 1)})
     SELECT p.kind, p.id, p.score,${withTotal ? " (SELECT count(*) FROM hits)::int AS total," : ""}
            ts_headline(${configs}, coalesce(p.doc, CASE p.src ${lookups} END), websearch_to_tsquery(${configs}, ${q}),
                        'MaxWords=30, MinWords=10, StartSel=«, StopSel=»') AS snippet
     FROM page p ORDER BY ${keysetOrder(HIT_ORDER("p"), window.fromEnd)}`;
  const read: (SearchHitRow & { total?: number })[] = await ds.transaction(async (m) => {
    await m.query("SET LOCAL max_parallel_workers_per_gather = 0");
    return m.query(sql, p.values);
  });
  const total = withTotal && read.length ? read[0].total! : null;
  if (withTotal) for (const r of read) delete r.total;
  return { ...windowRows(read, window), total };
}

/**
 * The number of distinct (kind, id) hits: from the GIN indexes, with no ranking. Ids of one table
 * are distinct, so only a kind with several documents needs a UNION to count each record once.
 */
export async function searchCount(ds: DataSource, text: string): Promise<number> {
  const perKind = KINDS.map((kind) => {
    const docs = DOCUMENTS.filter((d) => d.kind === kind);
    return docs.length === 1
      ? `(SELECT count(*) FROM ${docs[0].table} ${docs[0].alias} WHERE ${matches(docs[0], "$1")})`
      : `(SELECT count(*) FROM (${docs.map((d) => `SELECT ${d.id}::text FROM ${d.table} ${d.alias} WHERE ${matches(d, "$1")}`).join(" UNION ")}) u)`;
  });
  const [row] = await ds.query(`SELECT (${perKind.join(" + ")})::int AS n`, [text]);
  return row.n;
}
