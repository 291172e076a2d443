import { MigrationInterface, QueryRunner } from "typeorm";

export class RelationsClaimVersion1795932200432 implements MigrationInterface {
    name = 'RelationsClaimVersion1795932200432'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "relations"."claim" ADD "version" integer NOT NULL DEFAULT '1'`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "relations"."claim" DROP COLUMN "version"`);
    }

}
