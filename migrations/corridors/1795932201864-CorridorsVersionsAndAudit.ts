import { MigrationInterface, QueryRunner } from "typeorm";

export class CorridorsVersionsAndAudit1795932201864 implements MigrationInterface {
    name = 'CorridorsVersionsAndAudit1795932201864'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "corridors"."audit_entry" ("id" BIGSERIAL NOT NULL, "at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "actor" character varying(200) NOT NULL, "key_id" uuid, "operation" character varying(10) NOT NULL, "record_type" character varying(40) NOT NULL, "record_id" character varying(260) NOT NULL, "before" jsonb, "after" jsonb, "request_id" character varying(200), CONSTRAINT "PK_58a130a4b9da189f46ba2a01801" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "audit_entry_actor_idx" ON "corridors"."audit_entry"  ("actor", "id") `);
        await queryRunner.query(`CREATE INDEX "audit_entry_record_idx" ON "corridors"."audit_entry"  ("record_type", "record_id", "id") `);
        await queryRunner.query(`ALTER TABLE "corridors"."claim" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "corridors"."trade_corridor" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_member" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_node" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_segment" ADD "version" integer NOT NULL DEFAULT '1'`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_route" ADD "version" integer NOT NULL DEFAULT '1'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_route" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_segment" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_node" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_member" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "corridors"."trade_corridor" DROP COLUMN "version"`);
        await queryRunner.query(`ALTER TABLE "corridors"."claim" DROP COLUMN "version"`);
        await queryRunner.query(`DROP INDEX "corridors"."audit_entry_record_idx"`);
        await queryRunner.query(`DROP INDEX "corridors"."audit_entry_actor_idx"`);
        await queryRunner.query(`DROP TABLE "corridors"."audit_entry"`);
    }

}
