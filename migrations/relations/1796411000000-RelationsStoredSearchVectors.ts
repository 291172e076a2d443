import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Full-text search reads stored tsvectors instead of computing `to_tsvector(...)` for every row it
 * ranks: each searched table gets a `search_vector` column, `GENERATED ALWAYS AS (...) STORED`
 * from the same expression and configuration as the expression index it replaces
 * (RelationsSearchIndexes), with a GIN index on the column. Written by hand.
 *
 * The entities declare the columns (generatedType "STORED", the same expressions) and the indexes
 * with @Index({ synchronize: false }). TypeORM compares a generated column's expression with the
 * row it keeps in its metadata table, keyed by database, schema, table and column, so this writes
 * those rows too, as a generated migration would (src/db/databases.ts re-keys them in a database
 * copied from a template).
 */
const VECTORS: { table: string; expression: string; oldIndex: string }[] = [
  { table: "agreement", expression: "to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(short_title, ''))", oldIndex: "agreement_search_idx" },
  { table: "agreement_title", expression: "to_tsvector('simple'::regconfig, text)", oldIndex: "agreement_title_search_idx" },
  { table: "clause", expression: "to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || summary)", oldIndex: "clause_search_idx" },
  { table: "person", expression: "to_tsvector('simple'::regconfig, name)", oldIndex: "person_search_idx" },
  { table: "person_name", expression: "to_tsvector('simple'::regconfig, text)", oldIndex: "person_name_search_idx" },
  { table: "statement", expression: "to_tsvector('english'::regconfig, quote || ' ' || coalesce(context, ''))", oldIndex: "statement_search_idx" },
  { table: "country", expression: "to_tsvector('simple'::regconfig, name || ' ' || official_name)", oldIndex: "country_search_idx" },
];

const METADATA = `"relations"."relations_typeorm_metadata"`;

export class RelationsStoredSearchVectors1796411000000 implements MigrationInterface {
  name = "RelationsStoredSearchVectors1796411000000";

  public async up(q: QueryRunner): Promise<void> {
    // The table TypeORM's schema builder would create for generated columns and views.
    await q.query(`CREATE TABLE IF NOT EXISTS ${METADATA} ("type" varchar NOT NULL, "database" varchar, "schema" varchar, "table" varchar, "name" varchar, "value" text)`);
    for (const v of VECTORS) {
      await q.query(`DROP INDEX "relations"."${v.oldIndex}"`);
      await q.query(`ALTER TABLE "relations"."${v.table}" ADD "search_vector" tsvector GENERATED ALWAYS AS (${v.expression}) STORED`);
      await q.query(`CREATE INDEX "${v.table}_search_vector_idx" ON "relations"."${v.table}" USING gin ("search_vector")`);
      await q.query(
        `INSERT INTO ${METADATA} ("type", "database", "schema", "table", "name", "value") VALUES ('GENERATED_COLUMN', current_database(), 'relations', $1, 'search_vector', $2)`,
        [v.table, v.expression],
      );
    }
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const v of VECTORS) {
      await q.query(`DELETE FROM ${METADATA} WHERE "type" = 'GENERATED_COLUMN' AND "schema" = 'relations' AND "table" = $1 AND "name" = 'search_vector'`, [v.table]);
      await q.query(`ALTER TABLE "relations"."${v.table}" DROP COLUMN "search_vector"`);
      await q.query(`CREATE INDEX "${v.oldIndex}" ON "relations"."${v.table}" USING gin (${v.expression})`);
    }
  }
}
