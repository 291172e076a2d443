import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Search by one word without ranking every match (#14): `relations.search_posting` holds, for each
 * searched document and each lexeme of its stored vector, the document's rank for that lexeme
 * alone, `ts_rank(search_vector, 'lexeme'::tsquery)`, the very number the search computes when the
 * text is that one lexeme. A btree over (src, term, -score, id) then returns a one-word search's
 * hits in rank order, and a cursor as a range of it, so a page reads its own rows only
 * (search.queries.ts `postedPage`); a second one, over (id, src), finds a record's other postings.
 *
 * - `src` is the document's place in search.queries.ts's DOCUMENTS; `term` is the lexeme as the
 *   text of a one-lexeme tsquery (`'energi'`), as `websearch_to_tsquery(...)::text` prints it.
 * - `id` is the hit's id; `doc` and `part` (the text and the language) are set for the documents a
 *   hit carries its text from (alternative titles and names), which with `id` make their row's key.
 * - Statement-level triggers with transition tables keep it in step with every insert, update,
 *   delete and truncate of the seven tables (a bulk insert is one INSERT ... SELECT). A cascaded
 *   delete fires them too. Written by hand; no entity maps the table.
 */
interface Doc {
  table: string;
  src: number;
  /** The hit's id, the document's text and its language, in terms of the row alias `r`. */
  id: string;
  doc: string;
  part: string;
}

const DOCS: Doc[] = [
  { table: "agreement", src: 0, id: "r.id", doc: "NULL::text", part: "''" },
  { table: "agreement_title", src: 1, id: "r.agreement_id", doc: "r.text", part: "r.language" },
  { table: "clause", src: 2, id: "r.id", doc: "NULL::text", part: "''" },
  { table: "person", src: 3, id: "r.id", doc: "NULL::text", part: "''" },
  { table: "person_name", src: 4, id: "r.person_id", doc: "r.text", part: "r.language" },
  { table: "statement", src: 5, id: "r.id", doc: "NULL::text", part: "''" },
  { table: "country", src: 6, id: "r.code", doc: "NULL::text", part: "''" },
];

/** Postings of the rows of `rows` (aliased `r`): one per lexeme, with the rank for that lexeme alone. */
const postingsOf = (d: Doc, rows: string) => `
  INSERT INTO relations.search_posting (src, term, score, id, part, doc)
  SELECT ${d.src}, l.term, ts_rank(r.search_vector, l.term::tsquery)::float8, ${d.id}, ${d.part}, ${d.doc}
  FROM ${rows} r
  CROSS JOIN LATERAL (
    SELECT (('''' || replace(replace(v.lexeme, '\\', '\\\\'), '''', '''''') || '''')::tsquery)::text AS term
    FROM unnest(r.search_vector) v
  ) l
  WHERE r.search_vector IS NOT NULL`;

const fn = (d: Doc) => `relations.search_posting_${d.table}`;

export class RelationsSearchPostings1796560000000 implements MigrationInterface {
  name = "RelationsSearchPostings1796560000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE TABLE relations.search_posting (
      src smallint NOT NULL,
      term text NOT NULL,
      score float8 NOT NULL,
      id text NOT NULL,
      part text NOT NULL DEFAULT '',
      doc text
    )`);
    for (const d of DOCS) {
      await q.query(`CREATE FUNCTION ${fn(d)}() RETURNS trigger LANGUAGE plpgsql AS $f$
        BEGIN
          IF TG_OP = 'TRUNCATE' THEN
            DELETE FROM relations.search_posting WHERE src = ${d.src};
            RETURN NULL;
          END IF;
          IF TG_OP IN ('UPDATE', 'DELETE') THEN
            DELETE FROM relations.search_posting p USING old_rows r
            WHERE p.src = ${d.src} AND p.id = ${d.id} AND p.part = ${d.part} AND p.doc IS NOT DISTINCT FROM ${d.doc};
          END IF;
          IF TG_OP IN ('UPDATE', 'INSERT') THEN
            ${postingsOf(d, "new_rows")};
          END IF;
          RETURN NULL;
        END $f$`);
      const on = `ON relations.${d.table}`;
      await q.query(`CREATE TRIGGER search_posting_insert AFTER INSERT ${on} REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn(d)}()`);
      await q.query(`CREATE TRIGGER search_posting_update AFTER UPDATE ${on} REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn(d)}()`);
      await q.query(`CREATE TRIGGER search_posting_delete AFTER DELETE ${on} REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION ${fn(d)}()`);
      await q.query(`CREATE TRIGGER search_posting_truncate AFTER TRUNCATE ${on} FOR EACH STATEMENT EXECUTE FUNCTION ${fn(d)}()`);
      await q.query(postingsOf(d, `relations.${d.table}`));
    }
    await q.query(`CREATE INDEX search_posting_rank_idx ON relations.search_posting (src, term, (-score), id)`);
    await q.query(`CREATE INDEX search_posting_record_idx ON relations.search_posting (id, src)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const d of DOCS) {
      for (const t of ["insert", "update", "delete", "truncate"]) await q.query(`DROP TRIGGER search_posting_${t} ON relations.${d.table}`);
      await q.query(`DROP FUNCTION ${fn(d)}()`);
    }
    await q.query(`DROP TABLE relations.search_posting`);
  }
}
