import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../src/auth/api-key.entity.js";
import { startTestApp, type TestApp } from "../support/app.js";

/**
 * Full-text search over the stored, GIN-indexed tsvector columns (migration
 * RelationsStoredSearchVectors): the same answers as the statement it replaced, which computed
 * `to_tsvector(...)` for every row; totalCount exact, and counted only when it is asked for.
 */
let t: TestApp;
let editor: string;
beforeAll(async () => {
  // One connection, so the statements a request sends are counted exactly (see startTestApp).
  t = await startTestApp("relations", { poolMax: 1 });
  editor = `Bearer ${(await t.auth.create("test search editor", Role.EDITOR)).key}`;
});
afterAll(() => t?.close());

/** The searched documents as the statement before stored vectors read them: the source columns, through to_tsvector. */
const ORACLE_DOCUMENTS = [
  ["Agreement", "a.id", "relations.agreement a", "english", "coalesce(a.title, '') || ' ' || coalesce(a.short_title, '')", "a.title"],
  ["Agreement", "t.agreement_id", "relations.agreement_title t", "simple", "t.text", "t.text"],
  ["Clause", "c.id", "relations.clause c", "english", "coalesce(c.title, '') || ' ' || c.summary", "coalesce(c.title || ': ', '') || c.summary"],
  ["Person", "pe.id", "relations.person pe", "simple", "pe.name", "pe.name"],
  ["Person", "n.person_id", "relations.person_name n", "simple", "n.text", "n.text"],
  ["Statement", "s.id", "relations.statement s", "english", "s.quote || ' ' || coalesce(s.context, '')", "s.quote"],
  ["Country", "co.code", "relations.country co", "simple", "co.name || ' ' || co.official_name", "co.official_name"],
] as const;

interface Hit {
  kind: string;
  id: string;
  score: number;
  snippet: string;
}

/**
 * Every hit, in order, by the statement search ran before (to_tsvector per row, one DISTINCT ON
 * over all hits), with the tie-break the new one defines for a record's documents of equal score
 * (the one listed first, then the smaller text) where the old one left it to the sort.
 */
async function oracle(text: string): Promise<{ hits: Hit[]; total: number }> {
  const hits = ORACLE_DOCUMENTS.map(
    ([kind, id, from, config, vector, doc], src) => `SELECT '${kind}'::text AS kind, ${id}::text AS id,
       ts_rank(to_tsvector('${config}'::regconfig, ${vector}), websearch_to_tsquery('${config}', $1))::float8 AS score,
       ${doc}::text AS doc, '${config}'::text AS config, ${src} AS src
     FROM ${from} WHERE to_tsvector('${config}'::regconfig, ${vector}) @@ websearch_to_tsquery('${config}', $1)`,
  ).join(" UNION ALL ");
  const rows: Hit[] = await t.app.dataSource.query(
    `WITH hits AS (${hits}),
     best AS (SELECT DISTINCT ON (kind, id) * FROM hits ORDER BY kind, id, score DESC, src, doc)
     SELECT kind, id, score, ts_headline(config::regconfig, doc, websearch_to_tsquery(config::regconfig, $1), 'MaxWords=30, MinWords=10, StartSel=«, StopSel=»') AS snippet
     FROM best ORDER BY score DESC, kind, id`,
    [text],
  );
  return { hits: rows.map((r) => ({ kind: r.kind, id: r.id, score: r.score, snippet: r.snippet })), total: rows.length };
}

/** A mutation with the editor's key; fails the test on any error. */
async function asEditor(q: string) {
  const r = await t.run(q, undefined, editor);
  expect(r.errors, q).toBeUndefined();
  return r.data!;
}

/** The agreements a search finds, with its totalCount. */
const found = async (text: string) => (await t.run(`{ search(text: "${text}") { totalCount edges { node { ... on Agreement { id } } } } }`)).data!.search;

const HIT = `score snippet node { __typename ... on Agreement { id } ... on Clause { id } ... on Person { id } ... on Statement { id } ... on Country { code } }`;

/** Every hit through the API, page by page. */
async function walk(text: string, first: number): Promise<{ hits: Hit[]; totals: number[] }> {
  const hits: Hit[] = [];
  const totals: number[] = [];
  let after: string | null = null;
  for (let i = 0; i < 200; i++) {
    const res: any = await t.run(`query($text: String!, $after: String) { search(text: $text, first: ${first}, after: $after) {
      totalCount pageInfo { hasNextPage endCursor } edges { ${HIT} } } }`, { text, after });
    expect(res.errors).toBeUndefined();
    const s = res.data.search;
    totals.push(s.totalCount);
    for (const e of s.edges) hits.push({ kind: e.node.__typename, id: e.node.id ?? e.node.code, score: e.score, snippet: e.snippet });
    if (!s.pageInfo.hasNextPage) break;
    after = s.pageInfo.endCursor;
  }
  return { hits, totals };
}

/** The cursor of a search's last hit, paging through it 100 at a time. */
async function lastCursor(text: string): Promise<string> {
  let after: string | null = null;
  for (let i = 0; i < 200; i++) {
    const res: any = await t.run(`query($text: String!, $after: String) { search(text: $text, first: 100, after: $after) { pageInfo { hasNextPage endCursor } } }`, { text, after });
    after = res.data.search.pageInfo.endCursor;
    if (!res.data.search.pageInfo.hasNextPage) return after!;
  }
  throw new Error(`${text}: more than 200 pages`);
}

const WORDS = ["iran", "energy", "agreement", "cooperation", "\"strategic partnership\"", "energy -nuclear -atomic", "Путин", "راهبردی", "trade or oil", "nosuchwordanywhere"];

describe("search over stored vectors", () => {
  it.each(WORDS)("%s: the same hits, order, scores and snippets as to_tsvector per row, and totalCount exact", async (text) => {
    const expected = await oracle(text);
    const { hits, totals } = await walk(text, 100);
    expect(hits).toEqual(expected.hits);
    expect(new Set(totals)).toEqual(new Set([expected.total]));
  });

  it("pages of any size walk the same list", async () => {
    const expected = await oracle("iran");
    expect(expected.total).toBeGreaterThan(10);
    for (const first of [1, 7]) expect((await walk("iran", first)).hits).toEqual(expected.hits);
  });

  // One word reads the postings (search_posting), in rank order; several rank every match (ts_rank).
  it.each([
    ["energy", /search_posting/, /search_posting/],
    ["trade or oil", /ts_rank/, /search_vector @@/],
  ])("%s: counts only when totalCount is selected, in the statement that reads the hits; an empty page counts without ranking", async (text, reads, countsFrom) => {
    const sql = t.app.sql;
    const sent = async (query: string, variables?: Record<string, unknown>) => {
      const n = await t.countStatements(query, variables);
      return sql.recent.slice(-n).map((s) => s.query);
    };
    const expected = (await oracle(text)).total;
    expect(expected).toBeGreaterThan(1);
    const hitsOf = `search(text: ${JSON.stringify(text)})`;
    const without = await sent(`{ ${hitsOf} { edges { ${HIT} } pageInfo { hasNextPage } } }`);
    expect(without.some((q) => /count\(\*\)/.test(q))).toBe(false);
    expect(without.filter((q) => reads.test(q))).toHaveLength(1);
    // Selected, directly or through a fragment: no statement more, and the one that reads the hits counts.
    for (const query of [`{ ${hitsOf} { totalCount edges { ${HIT} } } }`, `{ ${hitsOf} { ...F edges { ${HIT} } } } fragment F on SearchConnection { totalCount }`]) {
      const withCount = await sent(query);
      expect(withCount).toHaveLength(without.length);
      const counts = withCount.filter((q) => /count\(\*\)/.test(q));
      expect(counts).toHaveLength(1);
      expect(counts[0]).toMatch(reads);
      expect((await t.run(query)).data!.search.totalCount).toBe(expected);
    }
    // A page after the last hit has no row to carry the count: it comes from a statement of its own that does not rank.
    const endCursor = await lastCursor(text);
    const emptyQuery = `query($after: String) { search(text: ${JSON.stringify(text)}, after: $after) { totalCount edges { score } } }`;
    const empty = await sent(emptyQuery, { after: endCursor });
    // (the statement that reads the hits counted too, but returned no row to carry it)
    const emptyCounts = empty.filter((q) => /count\(\*\)/.test(q) && !/ts_rank|ts_headline/.test(q));
    expect(emptyCounts).toHaveLength(1);
    expect(emptyCounts[0]).not.toMatch(/to_tsvector/);
    expect(emptyCounts[0]).toMatch(countsFrom);
    const emptyPage = await t.run(emptyQuery, { after: endCursor });
    expect(emptyPage.data!.search).toEqual({ totalCount: expected, edges: [] });
    // totalCount alone is exact too.
    const only = await t.run(`{ ${hitsOf} { totalCount } }`);
    expect(only.data!.search.totalCount).toBe(expected);
  });

  it("walks back from the end to the same list, one word and several", async () => {
    for (const text of ["iran", "trade or oil"]) {
      const expected = (await oracle(text)).hits;
      const hits: Hit[] = [];
      let before: string | null = null;
      for (let i = 0; i < 200; i++) {
        const res: any = await t.run(`query($text: String!, $before: String) { search(text: $text, last: 7, before: $before) {
          pageInfo { hasPreviousPage startCursor } edges { ${HIT} } } }`, { text, before });
        expect(res.errors).toBeUndefined();
        const s = res.data.search;
        hits.unshift(...s.edges.map((e: any) => ({ kind: e.node.__typename, id: e.node.id ?? e.node.code, score: e.score, snippet: e.snippet })));
        if (!s.pageInfo.hasPreviousPage) break;
        before = s.pageInfo.startCursor;
      }
      expect(hits, text).toEqual(expected);
    }
  });

  it("counts past the last page too", async () => {
    const { hits } = await walk("iran", 100);
    const last = await t.run(`{ search(text: "iran", first: 100) { pageInfo { endCursor } } }`);
    const res = await t.run(`query($a: String) { search(text: "iran", first: 5, after: $a) { totalCount edges { score } pageInfo { hasNextPage } } }`, {
      a: last.data!.search.pageInfo.endCursor,
    });
    expect(res.data!.search.edges).toEqual([]);
    expect(res.data!.search.totalCount).toBe(hits.length);
  });
});

describe("the stored vectors", () => {
  const TABLES = ["agreement", "agreement_title", "clause", "person", "person_name", "statement", "country"];

  it("are generated columns with GIN indexes, the expression indexes they replace gone", async () => {
    const cols: { table_name: string; is_generated: string; generation_expression: string; data_type: string }[] = await t.app.dataSource.query(
      `SELECT table_name, is_generated, generation_expression, data_type FROM information_schema.columns
       WHERE table_schema = 'relations' AND column_name = 'search_vector' ORDER BY table_name`,
    );
    expect(cols.map((c) => c.table_name)).toEqual([...TABLES].sort());
    for (const c of cols) {
      expect(c.is_generated).toBe("ALWAYS");
      expect(c.data_type).toBe("tsvector");
      expect(c.generation_expression).toMatch(/to_tsvector/);
    }
    const indexes: { indexname: string; indexdef: string }[] = await t.app.dataSource.query(
      `SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'relations' AND indexname LIKE '%search\_vector%' ORDER BY indexname`,
    );
    expect(indexes.map((i) => i.indexname)).toEqual(TABLES.map((x) => `${x}_search_vector_idx`).sort());
    for (const i of indexes) expect(i.indexdef).toMatch(/USING gin \(search_vector\)/);
  });

  it("hold exactly what the expressions they replace compute", async () => {
    for (const [, , from, config, vector] of ORACLE_DOCUMENTS) {
      const alias = from.split(" ")[1];
      const [{ n }] = await t.app.dataSource.query(
        `SELECT count(*)::int AS n FROM ${from} WHERE ${alias}.search_vector IS DISTINCT FROM to_tsvector('${config}'::regconfig, ${vector})`,
      );
      expect(n, from).toBe(0);
    }
  });

  it("are what the hit and count statements of several words search: EXPLAIN shows a bitmap scan of each new index", async () => {
    const sql = t.app.sql;
    const words = "araghchi or lavrov";
    // The hits, counted with them; and the count from the indexes alone, which a page after the last hit runs.
    const n = await t.countStatements(`{ search(text: "${words}") { totalCount edges { score } } }`);
    const sent = sql.recent.slice(-n).filter((s) => /search_vector @@/.test(s.query));
    const after = await lastCursor(words);
    expect(after).not.toBeNull();
    const m = await t.countStatements(`query($after: String) { search(text: "${words}", after: $after) { totalCount edges { score } } }`, { after });
    sent.push(...sql.recent.slice(-m).filter((s) => /search_vector @@/.test(s.query) && !/ts_rank/.test(s.query)));
    expect(sent).toHaveLength(2);
    for (const s of sent) {
      // The seeded tables are small enough for a sequential scan (or a primary key scan, filtered) to be
      // cheaper: forbid both to see whether the GIN indexes match.
      const plan = await t.app.dataSource.transaction(async (m) => {
        await m.query("SET LOCAL enable_seqscan = off");
        await m.query("SET LOCAL enable_indexscan = off");
        return (await m.query(`EXPLAIN ${s.query}`, s.parameters)) as { "QUERY PLAN": string }[];
      });
      const text = plan.map((r) => r["QUERY PLAN"]).join("\n");
      for (const table of TABLES) expect(text).toMatch(new RegExp(`Bitmap Index Scan on ${table}_search_vector_idx`));
      expect(text).not.toMatch(/to_tsvector/);
    }
  });

  it("follow writes, and are never written, loaded or audited as a field", async () => {
    await asEditor(`mutation { createAgreement(input: { id: "test-search-ag", title: "Memorandum on Zanzibarian Saffron", kind: MEMORANDUM }) { id } }`);
    expect(await found("zanzibarian")).toEqual({ totalCount: 1, edges: [{ node: { id: "test-search-ag" } }] });
    await asEditor(`mutation { updateAgreement(id: "test-search-ag", expectedVersion: 1, input: { title: "Memorandum on Qaraqalpaq Saffron" }) { id } }`);
    expect((await found("zanzibarian")).totalCount).toBe(0);
    expect((await found("qaraqalpaq")).edges).toEqual([{ node: { id: "test-search-ag" } }]);
    expect(await postingsDrift()).toEqual([]);
    const agreement = await t.app.dataSource.getRepository("Agreement").findOneByOrFail({ id: "test-search-ag" });
    expect(agreement).not.toHaveProperty("searchVector");
    const audit: { before: object | null; after: object | null }[] = await t.app.dataSource.query(
      `SELECT before, after FROM relations.audit_entry WHERE record_id = 'test-search-ag' ORDER BY id`,
    );
    expect(audit.length).toBeGreaterThanOrEqual(2);
    for (const a of audit) for (const row of [a.before, a.after]) if (row) expect(Object.keys(row)).not.toContain("search_vector");
  });
});

/**
 * The postings rebuilt from the stored vectors, as the migration's triggers write them: (src, term,
 * score, id, part, doc) for every lexeme of every document; the rows that differ from the table
 * either way, as text (none when the table is in step).
 */
async function postingsDrift(): Promise<string[]> {
  const docs = [
    ["relations.agreement r", "r.id", "''", "NULL::text"],
    ["relations.agreement_title r", "r.agreement_id", "r.language", "r.text"],
    ["relations.clause r", "r.id", "''", "NULL::text"],
    ["relations.person r", "r.id", "''", "NULL::text"],
    ["relations.person_name r", "r.person_id", "r.language", "r.text"],
    ["relations.statement r", "r.id", "''", "NULL::text"],
    ["relations.country r", "r.code", "''", "NULL::text"],
  ];
  const rebuilt = docs
    .map(
      ([from, id, part, doc], src) => `SELECT ${src}::smallint AS src, l.term, ts_rank(r.search_vector, l.term::tsquery)::float8 AS score, ${id}::text AS id, ${part}::text AS part, ${doc} AS doc
       FROM ${from} CROSS JOIN LATERAL (SELECT format('%L', v.lexeme)::tsquery::text AS term FROM unnest(r.search_vector) v) l`,
    )
    .join(" UNION ALL ");
  const rows: { r: string }[] = await t.app.dataSource.query(
    `WITH want AS (${rebuilt}), have AS (SELECT src, term, score, id, part, doc FROM relations.search_posting)
     SELECT 'missing ' || w::text AS r FROM (SELECT * FROM want EXCEPT ALL SELECT * FROM have) w
     UNION ALL SELECT 'extra ' || h::text FROM (SELECT * FROM have EXCEPT ALL SELECT * FROM want) h`,
  );
  return rows.map((r) => r.r);
}

describe("the postings (search_posting)", () => {
  it("hold every document's rank for each of its lexemes, as the stored vectors give it", async () => {
    const [{ n }] = await t.app.dataSource.query(`SELECT count(*)::int AS n FROM relations.search_posting`);
    expect(n).toBeGreaterThan(1000);
    expect(await postingsDrift()).toEqual([]);
  });

  it("answer one word as ranking every match does, where a record has several documents with the word too", async () => {
    // An agreement whose own title and another of its titles both hold "iran": the postings keep its best one.
    const [{ n }] = await t.app.dataSource.query(
      `SELECT count(*)::int AS n FROM relations.search_posting a JOIN relations.search_posting b ON b.id = a.id AND b.src = 1 AND b.term = $1
       WHERE a.src = 0 AND a.term = $1`,
      ["'iran'"],
    );
    expect(n).toBeGreaterThan(0);
    const { hits } = await walk("iran", 3);
    expect(hits).toEqual((await oracle("iran")).hits);
    expect(new Set(hits.map((h) => `${h.kind}:${h.id}`)).size).toBe(hits.length);
  });

  it("follow inserts, updates, deletes and cascades", async () => {
    await asEditor(`mutation { createAgreement(input: { id: "test-posting-ag", title: "Accord on Quokkan Tamarisk", kind: MEMORANDUM }) { id } }`);
    const ds = t.app.dataSource;
    // Two titles of one text in two languages, written straight to the table as an import does.
    await ds.query(
      `INSERT INTO relations.agreement_title (agreement_id, language, text) VALUES ('test-posting-ag', 'fr', 'Accord sur le tamaris quokkan'), ('test-posting-ag', 'de', 'Accord sur le tamaris quokkan')`,
    );
    expect(await postingsDrift()).toEqual([]);
    expect(await found("quokkan")).toEqual({ totalCount: 1, edges: [{ node: { id: "test-posting-ag" } }] });
    await ds.query(`DELETE FROM relations.agreement_title WHERE agreement_id = 'test-posting-ag' AND language = 'de'`);
    expect(await postingsDrift()).toEqual([]);
    await ds.query(`UPDATE relations.agreement_title SET text = 'Accord sur le tamaris' WHERE agreement_id = 'test-posting-ag'`);
    expect(await postingsDrift()).toEqual([]);
    expect(await found("tamaris")).toEqual({ totalCount: 1, edges: [{ node: { id: "test-posting-ag" } }] });
    await asEditor(`mutation { deleteAgreement(id: "test-posting-ag", expectedVersion: 1, cascade: true) { id } }`);
    expect(await postingsDrift()).toEqual([]);
    expect(await found("quokkan")).toEqual({ totalCount: 0, edges: [] });
    const [{ n }] = await ds.query(`SELECT count(*)::int AS n FROM relations.search_posting WHERE id = 'test-posting-ag'`);
    expect(n).toBe(0);
  });
});
