import { MigrationInterface, QueryRunner } from "typeorm";

export class RelationsVersionsAndAudit1795930802377 implements MigrationInterface {
    name = 'RelationsVersionsAndAudit1795930802377'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "relations"."audit_entry" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor" character varying(200) NOT NULL, "key_id" uuid, "operation" character varying(10) NOT NULL, "record_type" character varying(40) NOT NULL, "record_id" character varying(260) NOT NULL, "before" jsonb, "after" jsonb, "request_id" character varying(200), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_entry_actor_idx" ON "relations"."audit_entry"  ("actor", "id") `);
        await queryRunner.query(`CREATE INDEX "audit_entry_record_idx" ON "relations"."audit_entry"  ("record_type", "record_id", "id") `);
        await queryRunner.query(`ALTER TABLE "relations"."source" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "relations"."topic" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "relations"."agreement" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "relations"."clause" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "relations"."person" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "relations"."office" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "relations"."agreement_party" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "relations"."ratification_stage" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "relations"."statement" ADD "version" integer NOT NULL DEFAULT '1'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "relations"."statement" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "relations"."ratification_stage" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "relations"."agreement_party" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "relations"."office" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "relations"."person" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "relations"."clause" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "relations"."agreement" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "relations"."topic" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "relations"."source" DROP COLUMN "version"`);
        await queryRunner.query(`DROP INDEX "relations"."audit_entry_record_idx"`);
        await queryRunner.query(`DROP INDEX "relations"."audit_entry_actor_idx"`);
        await queryRunner.query(`DROP TABLE "relations"."audit_entry"`);
    }

}
