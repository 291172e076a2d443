import type { DataSource } from "typeorm";
import { present } from "../../../db/loaders.js";
import { Params } from "../../../db/params.js";
import { userInputError } from "../../../graphql/errors.js";
import { decodeCursor, encodeCursor, pageSize } from "../../../graphql/pagination.js";
import type { RelationsLoaders } from "../relations.loaders.js";
import type { SearchConnection, SearchEdge } from "./search.types.js";

type HitKind = "Agreement" | "Clause" | "Person" | "Statement" | "Country";

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

/** Ranked full-text search over agreements (titles in every language), clauses, people, statements and countries. */
export class SearchService {
  constructor(private readonly ds: DataSource) {}

  async search(loaders: RelationsLoaders, args: { text: string; first?: number | null; after?: string | null }): Promise<SearchConnection> {
    const text = args.text.trim();
    if (!text) throw userInputError("text", "must contain at least one word");
    if (text.length > 200) throw userInputError("text", `must be at most 200 characters; got ${text.length}`);
    const tag = "search";
    const first = pageSize(args.first);
    const after = decodeCursor(tag, args.after, 3) as [number, string, string] | null;
    if (after && typeof after[0] !== "number") throw userInputError("after", "is not a cursor of this search");

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
    const rows: { kind: HitKind; id: string; score: number; snippet: string | null; total: number }[] = await this.ds.query(
      `WITH hits AS (${hits}),
       best AS (SELECT DISTINCT ON (kind, id) kind, id, score, doc, config FROM hits ORDER BY kind, id, score DESC),
       page AS (SELECT * FROM best ${cursor} ORDER BY score DESC, kind, id LIMIT ${p.add(first + 1)})
       SELECT kind, id, score,
              ts_headline(config::regconfig, doc, websearch_to_tsquery(config::regconfig, ${q}), 'MaxWords=30, MinWords=10, StartSel=«, StopSel=»') AS snippet,
              (SELECT count(*)::int FROM best) AS total
       FROM page ORDER BY score DESC, kind, id`,
      p.values,
    );
    const total = rows[0]?.total ?? (await this.count(text));
    const pageRows = rows.slice(0, first);
    const nodes = await this.load(loaders, pageRows);
    const edges: SearchEdge[] = [];
    pageRows.forEach((r, i) => {
      if (nodes[i]) edges.push({ cursor: encodeCursor(tag, [r.score, r.kind, r.id]), score: r.score, snippet: r.snippet, node: nodes[i] as SearchEdge["node"] });
    });
    return {
      edges,
      totalCount: total,
      pageInfo: {
        hasNextPage: rows.length > first,
        hasPreviousPage: after !== null,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    };
  }

  /** Total hits when the page itself is empty (a cursor past the end). */
  private async count(text: string): Promise<number> {
    const hits = DOCUMENTS.map((d) => `SELECT '${d.kind}'::text AS kind, ${d.id}::text AS id FROM ${d.from} WHERE ${d.vector} @@ websearch_to_tsquery('${d.config}', $1)`).join(" UNION ");
    const [row] = await this.ds.query(`SELECT count(*)::int AS n FROM (${hits}) h`, [text]);
    return row.n;
  }

  private async load(loaders: RelationsLoaders, rows: { kind: HitKind; id: string }[]): Promise<(object | null)[]> {
    const ids = (k: HitKind) => rows.filter((r) => r.kind === k).map((r) => r.id);
    const [agreements, clauses, people, statements, countries] = await Promise.all([
      loaders.agreementById.loadMany(ids("Agreement")),
      loaders.clauseById.loadMany(ids("Clause")),
      loaders.personById.loadMany(ids("Person")),
      loaders.statementById.loadMany(ids("Statement")),
      loaders.countryByCode.loadMany(ids("Country")),
    ]);
    const byKey = new Map<string, object>();
    for (const [kind, list, key] of [
      ["Agreement", agreements, "id"],
      ["Clause", clauses, "id"],
      ["Person", people, "id"],
      ["Statement", statements, "id"],
      ["Country", countries, "code"],
    ] as const) {
      for (const item of present(list as (object | null | Error)[])) byKey.set(`${kind}:${(item as Record<string, string>)[key]}`, item);
    }
    return rows.map((r) => byKey.get(`${r.kind}:${r.id}`) ?? null);
  }
}
