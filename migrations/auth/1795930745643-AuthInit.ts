import { MigrationInterface, QueryRunner } from "typeorm";

export class AuthInit1795930745643 implements MigrationInterface {
    name = 'AuthInit1795930745643'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TYPE "auth"."api_key_role_enum" AS ENUM('editor', 'admin')`);
        await queryRunner.query(`CREATE TABLE "auth"."api_key" ("id" uuid NOT NULL, "name" character varying(200) NOT NULL, "role" "auth"."api_key_role_enum" NOT NULL, "prefix" character varying(16) NOT NULL, "hash" character(64) NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "revoked_at" TIMESTAMP WITH TIME ZONE, CONSTRAINT "PK_b1bd840641b8acbaad89c3d8d11" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "IDX_c4f6ccad30c0862eb54af9fb0a" ON "auth"."api_key"  ("prefix") `);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`DROP INDEX "auth"."IDX_c4f6ccad30c0862eb54af9fb0a"`);
        await queryRunner.query(`DROP TABLE "auth"."api_key"`);
        await queryRunner.query(`DROP TYPE "auth"."api_key_role_enum"`);
    }

}
