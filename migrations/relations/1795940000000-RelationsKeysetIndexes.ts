import { MigrationInterface, QueryRunner } from "typeorm";

/**
 * Indexes on the exact sort keys of the agreements list (src/subgraphs/relations/agreement/
 * agreement.service.ts, ORDER), ties broken by id, so a keyset page is an index range scan of
 * `first + 1` entries however deep the cursor and however many agreements there are. The entity
 * declares them with @Index({ synchronize: false }), like the search indexes.
 */
export class RelationsKeysetIndexes1795940000000 implements MigrationInterface {
  name = "RelationsKeysetIndexes1795940000000";

  public async up(q: QueryRunner): Promise<void> {
    await q.query(`CREATE INDEX "agreement_signed_desc_keyset_idx" ON "relations"."agreement" (coalesce(signed_on, DATE '0001-01-01'), id)`);
    await q.query(`CREATE INDEX "agreement_signed_asc_keyset_idx" ON "relations"."agreement" (coalesce(signed_on, DATE '9999-12-31'), id)`);
    await q.query(`CREATE INDEX "agreement_title_keyset_idx" ON "relations"."agreement" (title, id)`);
  }

  public async down(q: QueryRunner): Promise<void> {
    for (const name of ["agreement_signed_desc_keyset_idx", "agreement_signed_asc_keyset_idx", "agreement_title_keyset_idx"]) {
      await q.query(`DROP INDEX "relations"."${name}"`);
    }
  }
}
