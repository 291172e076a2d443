import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Full-text search indexes, written by hand: GIN indexes on the same tsvector expressions the
 * search service queries. The entities declare them with @Index({ synchronize: false }).
 * English text uses the `english` configuration (stemming); names and titles in other languages
 * use `simple`, which works for any script.
 */
export class RelationsSearchIndexes1795928000000 implements MigrationInterface {
  name = "RelationsSearchIndexes1795928000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "agreement_search_idx" ON "relations"."agreement" USING gin (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || coalesce(short_title, '')))`);
    await q.query(`CREATE INDEX "agreement_title_search_idx" ON "relations"."agreement_title" USING gin (to_tsvector('simple'::regconfig, text))`);
    await q.query(`CREATE INDEX "clause_search_idx" ON "relations"."clause" USING gin (to_tsvector('english'::regconfig, coalesce(title, '') || ' ' || summary))`);
    await q.query(`CREATE INDEX "person_search_idx" ON "relations"."person" USING gin (to_tsvector('simple'::regconfig, name))`);
    await q.query(`CREATE INDEX "person_name_search_idx" ON "relations"."person_name" USING gin (to_tsvector('simple'::regconfig, text))`);
    await q.query(`CREATE INDEX "statement_search_idx" ON "relations"."statement" USING gin (to_tsvector('english'::regconfig, quote || ' ' || coalesce(context, '')))`);
    await q.query(`CREATE INDEX "country_search_idx" ON "relations"."country" USING gin (to_tsvector('simple'::regconfig, name || ' ' || official_name))`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const name of [
      "agreement_search_idx",
      "agreement_title_search_idx",
      "clause_search_idx",
      "person_search_idx",
      "person_name_search_idx",
      "statement_search_idx",
      "country_search_idx",
    ]) {
      await q.query(`DROP INDEX "relations"."${name}"`);
    }
  }
}
