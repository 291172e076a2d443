import type { DataSource } from "typeorm";
import { Params } from "../../../db/params.js";

export type HitKind = "Agreement" | "Clause" | "Person" | "Statement" | "Country";

/**
 * Each searchable document: its kind, id, tsvector expression (the same expression as its GIN
 * index in the RelationsSearchIndexes migration, so the index is used) and text for the snippet.
 * English prose uses the `english` configuration (stemming); titles and names in other languages
 * and scripts use `simple`.
 */
const DOCUMENTS: { kind: HitKind; id: string; from: string; config: "english" | "simple"; vector: string; text: string }[] = [
  { kind: "Agreement", id: "a.id", from: "relations.agreement a", config: "english",
    vector: "to_tsvector('english'::regconfig, coalesce(a.title, '') || ' ' || coalesce(a.short_title, ''))", text: "a.title" },
  { kind: "Agreement", id: "t.agreement_id", from: "relations.agreement_title t", config: "simple",
    vector: "to_tsvector('simple'::regconfig, t.text)", text: "t.text" },
  { kind: "Clause", id: "c.id", from: "relations.clause c", config: "english",
    vector: "to_tsvector('english'::regconfig, coalesce(c.title, '') || ' ' || c.summary)", text: "coalesce(c.title || ': ', '') || c.summary" },
  { kind: "Person", id: "pe.id", from: "relations.person pe", config: "simple",
    vector: "to_tsvector('simple'::regconfig, pe.name)", text: "pe.name" },
  { kind: "Person", id: "n.person_id", from: "relations.person_name n", config: "simple",
    vector: "to_tsvector('simple'::regconfig, n.text)", text: "n.text" },
  { kind: "Statement", id: "s.id", from: "relations.statement s", config: "english",
    vector: "to_tsvector('english'::regconfig, s.quote || ' ' || coalesce(s.context, ''))", text: "s.quote" },
  { kind: "Country", id: "co.code", from: "relations.country co", config: "simple",
    vector: "to_tsvector('simple'::regconfig, co.name || ' ' || co.official_name)", text: "co.official_name" },
];

/** One hit of a page of search results, with the total number of hits. */
export interface SearchHitRow {
  kind: HitKind;
  id: string;
  score: number;
  snippet: string | null;
  total: number;
}

/**
 * One page of hits, best first, each (kind, id) once at its best score, with a snippet and the
 * total count: one statement. `limit` rows at most, after the (score, kind, id) cursor `after`.
 */
export async function searchHits(ds: DataSource, text: string, limit: number, after: [number, string, string] | null): Promise<SearchHitRow[]> {
  const p = new Params();
  const q = p.add(text);
  const hits = DOCUMENTS.map(
    (d) => `SELECT '${d.kind}'::text AS kind, ${d.id}::text AS id, ts_rank(${d.vector}, websearch_to_tsquery('${d.config}', ${q}))::float8 AS score,
                   ${d.text} AS doc, '${d.config}'::text AS config
            FROM ${d.from} WHERE ${d.vector} @@ websearch_to_tsquery('${d.config}', ${q})`,
  ).join("\n UNION ALL \n");
  const cursor = after
    ? `WHERE score < ${p.add(after[0])}::float8 OR (score = ${p.add(after[0])}::float8 AND (kind, id) > (${p.add(after[1])}::text, ${p.add(after[2])}::text))`
    : "";
  return ds.query(
    `WITH hits AS (${hits}),
     best AS (SELECT DISTINCT ON (kind, id) kind, id, score, doc, config FROM hits ORDER BY kind, id, score DESC),
     page AS (SELECT * FROM best ${cursor} ORDER BY score DESC, kind, id LIMIT ${p.add(limit)})
     SELECT kind, id, score,
            ts_headline(config::regconfig, doc, websearch_to_tsquery(config::regconfig, ${q}), 'MaxWords=30, MinWords=10, StartSel=«, StopSel=»') AS snippet,
            (SELECT count(*)::int FROM best) AS total
     FROM page ORDER BY score DESC, kind, id`,
    p.values,
  );
}

/** Total hits when the page itself is empty (a cursor past the end). */
export async function searchCount(ds: DataSource, text: string): Promise<number> {
  const hits = DOCUMENTS.map((d) => `SELECT '${d.kind}'::text AS kind, ${d.id}::text AS id FROM ${d.from} WHERE ${d.vector} @@ websearch_to_tsquery('${d.config}', $1)`).join(" UNION ");
  const [row] = await ds.query(`SELECT count(*)::int AS n FROM (${hits}) h`, [text]);
  return row.n;
}
