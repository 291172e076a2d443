import type { DataSource } from "typeorm";
import { keysetBounds, keysetOrder, windowRows, type KeyColumn, type KeysetWindow } from "../../../db/keyset.js";
import { prepared } from "../../../db/data-source.js";
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

/** A document's place in this list is its `src` in relations.search_posting (migration RelationsSearchPostings): add at the end, never reorder. */
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
 * statement, after one that reads what the text makes in each configuration. The page is the
 * window's: `size` hits between its (score, kind, id) cursors, counted from the best, or from the
 * worst when `fromEnd` (the same statement with the comparisons and ORDER BY reversed; `windowRows`
 * puts the page back in rank order). When two documents of a record tie for its best score, the
 * snippet comes from the one listed first above (the record's own title or name before an
 * alternative one), then from the smaller text, then the smaller language.
 *
 * A text that makes one lexeme in each configuration (or none), such as one word, reads the hits
 * in rank order from `relations.search_posting` (migration RelationsSearchPostings), which holds
 * each document's rank for each of its lexemes: `postedPage`, which reads the page's rows alone.
 * Any other text ranks every match (`rankedPage`). Both give the same hits, scores and snippets
 * (tests/relations/search.test.ts compares them).
 *
 * With `withTotal`, every row also carries the number of all hits, each record once.
 */
export async function searchHits(ds: DataSource, text: string, window: KeysetWindow<SearchCursor>, withTotal = false): Promise<{ rows: SearchHitRow[]; more: boolean; total: number | null }> {
  const terms = await singleTerms(ds, text);
  let read: (SearchHitRow & { total?: number })[];
  if (!terms) {
    // Parallel workers off for the ranking (see rankedPage): SET LOCAL, in a transaction of its own.
    read = await ds.transaction(async (m) => {
      await m.query("SET LOCAL max_parallel_workers_per_gather = 0");
      const p = new Params();
      return m.query(withSnippets(rankedPage(text, window, p), text, window, withTotal ? "(SELECT count(*) FROM hits)" : null, p), p.values);
    });
  } else if (!CONFIGS.some((c) => terms[c])) {
    read = [];
  } else {
    // Sent unnamed, planned for its terms each time: PostgreSQL's generic plan of it (a named
    // statement's, from its sixth run) took 20 ms against 7 ms for "energy" at scale 10.
    const p = new Params();
    const term = termParams(terms, p);
    read = await ds.query(withSnippets(postedPage(term, window, p), text, window, withTotal ? postedCount(term) : null, p), p.values);
  }
  const total = withTotal && read.length ? read[0].total! : null;
  if (withTotal) for (const r of read) delete r.total;
  return { ...windowRows(read, window), total };
}

const CONFIGS = ["english", "simple"] as const;
type Config = (typeof CONFIGS)[number];
type Terms = Record<Config, string | null>;

/** The statement that reads what a text makes in each configuration: the number of nodes of its tsquery, and the tsquery as text. */
const TERMS_SQL = prepared(`SELECT ${CONFIGS.map((c) => `numnode(websearch_to_tsquery('${c}', $1)) AS "${c}_nodes", websearch_to_tsquery('${c}', $1)::text AS "${c}"`).join(", ")}`);

/**
 * The one-lexeme tsquery (as text) the search text makes in each configuration, or null in one
 * that makes none; null if one makes more.
 */
async function singleTerms(ds: DataSource, text: string): Promise<Terms | null> {
  const [row] = await ds.query(TERMS_SQL, [text]);
  const terms = {} as Terms;
  for (const c of CONFIGS) {
    const nodes = Number(row[`${c}_nodes`]);
    if (nodes > 1) return null;
    terms[c] = nodes === 1 ? String(row[c]) : null;
  }
  return terms;
}

/**
 * Every match ranked: a CTE `hits` of every (kind, id) at its best score, and `page`, the window
 * of it. Every matching row is ranked, as the order is by rank and a GIN index does not order by
 * it; the rank reads the stored vector, and only kinds with several documents (an agreement's
 * titles, a person's names) go through DISTINCT ON.
 *
 * It runs with parallel workers off: PostgreSQL plans a parallel append for a common word, and
 * under concurrent requests the workers multiply its cost. Measured at scale 10 with "energy"
 * (35,453 hits), 10 clients (pgbench): 14 statements/s with workers, 44 without.
 */
function rankedPage(text: string, window: KeysetWindow<SearchCursor>, p: Params): string {
  const q = p.add(text);
  const hit = (d: Document) => {
    const src = DOCUMENTS.indexOf(d);
    return `SELECT ${d.id}::text AS id, ts_rank(${d.alias}.search_vector, websearch_to_tsquery('${d.config}', ${q}))::float8 AS score, ${src} AS src,
                   ${d.lookupBy ? "NULL::text" : `${d.text}::text`} AS doc, ${d.lookupBy ? "''" : `${d.alias}.language`}::text AS part
            FROM ${d.table} ${d.alias} WHERE ${matches(d, q)}`;
  };
  const perKind = KINDS.map((kind) => {
    const docs = DOCUMENTS.filter((d) => d.kind === kind);
    const union = docs.map(hit).join("\n UNION ALL \n");
    return docs.length === 1
      ? `SELECT '${kind}'::text AS kind, h.* FROM (${union}) h`
      : `(SELECT DISTINCT ON (h.id) '${kind}'::text AS kind, h.* FROM (${union}) h ORDER BY h.id, h.score DESC, h.src, h.doc, h.part)`;
  }).join("\n UNION ALL \n");
  const bounds = keysetBounds(HIT_ORDER("h"), window, p);
  return `WITH hits AS (${perKind}),
     page AS (SELECT * FROM hits h ${bounds.length ? `WHERE ${bounds.join(" AND ")}` : ""} ORDER BY ${keysetOrder(HIT_ORDER("h"), window.fromEnd)} LIMIT ${p.add(window.size + 1)})`;
}

/**
 * The window from the postings of a text of one lexeme: per document, the postings of its term in
 * rank order from the index (src, term, -score, id), `size + 1` past the cursor at most; a kind
 * of several documents keeps a record's best posting alone (NOT EXISTS a better one of the
 * record). The page is the best `size + 1` of those. Within one document the kind is fixed, so a
 * cursor (score, kind, id) becomes a row comparison on (-score, id) the index reads as a range.
 */
function postedPage(term: Terms, window: KeysetWindow<SearchCursor>, p: Params): string {
  const limit = p.add(window.size + 1);
  const dir = window.fromEnd ? "DESC" : "ASC";
  const branches = DOCUMENTS.flatMap((d, src) => {
    const t = term[d.config];
    if (!t) return [];
    const conds = [`x.src = ${src}`, `x.term = ${t}`];
    if (window.after) conds.push(cursorBound(d.kind, window.after, ">", p));
    if (window.before) conds.push(cursorBound(d.kind, window.before, "<", p));
    const kin = DOCUMENTS.flatMap((k, i) => (k.kind === d.kind && term[k.config] ? [`(b.src = ${i} AND b.term = ${term[k.config]})`] : []));
    if (kin.length > 1)
      conds.push(`NOT EXISTS (SELECT 1 FROM relations.search_posting b WHERE b.id = x.id AND (${kin.join(" OR ")})
        AND (b.score > x.score OR (b.score = x.score AND (b.src < x.src OR (b.src = x.src AND (b.doc < x.doc OR (b.doc = x.doc AND b.part < x.part)))))))`);
    return [`(SELECT '${d.kind}'::text AS kind, x.id, x.score, x.src, x.doc FROM relations.search_posting x
      WHERE ${conds.join(" AND ")} ORDER BY -x.score ${dir}, x.id ${dir} LIMIT ${limit})`];
  });
  return `WITH page AS (SELECT * FROM (${branches.join("\n UNION ALL \n")}) h ORDER BY ${keysetOrder(HIT_ORDER("h"), window.fromEnd)} LIMIT ${limit})`;
}

/**
 * "After" (`>`) or "before" (`<`) a cursor (score, kind, id) in the order (-score, kind, id), for
 * the postings of one kind: past the cursor's score, or at it when the kind comes after the
 * cursor's (before it, for `<`), and past its id too when the kind is the cursor's.
 */
function cursorBound(kind: string, [score, cursorKind, id]: SearchCursor, op: ">" | "<", p: Params): string {
  const s = p.add(-score);
  if (kind === cursorKind) return `(-x.score, x.id) ${op} (${s}::float8, ${p.add(String(id))}::text)`;
  const kindPast = op === ">" ? kind > cursorKind : kind < cursorKind;
  return `-x.score ${op}${kindPast ? "=" : ""} ${s}::float8`;
}

/** Each configuration's term as a placeholder of `p`. */
const termParams = (terms: Terms, p: Params): Terms => Object.fromEntries(CONFIGS.map((c) => [c, terms[c] === null ? null : p.add(terms[c])])) as Terms;

/** The number of hits of a text of one lexeme (`term`: placeholders), from the postings' index alone; each record once. */
function postedCount(term: Terms): string {
  const parts = KINDS.flatMap((kind) => {
    const docs = DOCUMENTS.flatMap((d, src) => (d.kind === kind && term[d.config] ? [`SELECT x.id FROM relations.search_posting x WHERE x.src = ${src} AND x.term = ${term[d.config]}`] : []));
    if (!docs.length) return [];
    return docs.length === 1 ? [`(SELECT count(*) FROM (${docs[0]}) u)`] : [`(SELECT count(*) FROM (${docs.join(" UNION ")}) u)`];
  });
  return parts.length ? `(${parts.join(" + ")})` : "0";
}

/** The window's rows with their snippets (cut for the page's rows alone) and, with `total`, the number of all hits. */
function withSnippets(page: string, text: string, window: KeysetWindow<SearchCursor>, total: string | null, p: Params): string {
  const q = p.add(text);
  const lookups = DOCUMENTS.flatMap((d, src) =>
    d.lookupBy ? [`WHEN ${src} THEN (SELECT ${d.text} FROM ${d.table} ${d.alias} WHERE ${d.alias}.${d.lookupBy} = p.id)`] : [],
  ).join(" ");
  const configs = `(ARRAY[${DOCUMENTS.map((d) => `'${d.config}'`).join(", ")}])[p.src + 1]::regconfig`;
  return `${page}
     SELECT p.kind, p.id, p.score,${total ? ` ${total}::int AS total,` : ""}
            ts_headline(${configs}, coalesce(p.doc, CASE p.src ${lookups} END), websearch_to_tsquery(${configs}, ${q}),
                        'MaxWords=30, MinWords=10, StartSel=«, StopSel=»') AS snippet
     FROM page p ORDER BY ${keysetOrder(HIT_ORDER("p"), window.fromEnd)}`;
}

/**
 * The number of distinct (kind, id) hits, with no ranking: from the postings' index for a text of
 * one lexeme, or else from the GIN indexes. Ids of one table are distinct, so only a kind with
 * several documents needs a UNION to count each record once.
 */
export async function searchCount(ds: DataSource, text: string): Promise<number> {
  const terms = await singleTerms(ds, text);
  if (terms) {
    const p = new Params();
    const [row] = await ds.query(`SELECT ${postedCount(termParams(terms, p))}::int AS n`, p.values);
    return row.n;
  }
  const perKind = KINDS.map((kind) => {
    const docs = DOCUMENTS.filter((d) => d.kind === kind);
    return docs.length === 1
      ? `(SELECT count(*) FROM ${docs[0].table} ${docs[0].alias} WHERE ${matches(docs[0], "$1")})`
      : `(SELECT count(*) FROM (${docs.map((d) => `SELECT ${d.id}::text FROM ${d.table} ${d.alias} WHERE ${matches(d, "$1")}`).join(" UNION ")}) u)`;
  });
  const [row] = await ds.query(`SELECT (${perKind.join(" + ")})::int AS n`, [text]);
  return row.n;
}
