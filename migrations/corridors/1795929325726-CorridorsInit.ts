import { MigrationInterface, QueryRunner } from "typeorm";

export class CorridorsInit1795929325726 implements MigrationInterface {
    name = 'CorridorsInit1795929325726'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "corridors"."claim" ("id" character varying(400) NOT NULL, "record_type" character varying(40) NOT NULL, "record_id" character varying(260) NOT NULL, "field" character varying(64) NOT NULL, "value" text NOT NULL, "source_id" character varying(160) NOT NULL, "preferred" boolean NOT NULL, "note" text, CONSTRAINT "PK_466b305cc2e591047fa1ce58f81" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5df842ab8d3fa5d8af1c3afdc7" ON "corridors"."claim"  ("source_id") `);
        await queryRunner.query(`CREATE UNIQUE INDEX "claim_one_preferred_key" ON "corridors"."claim"  ("record_type", "record_id", "field") WHERE preferred`);
        await queryRunner.query(`CREATE INDEX "claim_record_idx" ON "corridors"."claim"  ("record_type", "record_id", "field") `);
        await queryRunner.query(`CREATE TABLE "corridors"."source_ref" ("record_type" character varying(40) NOT NULL, "record_id" character varying(260) NOT NULL, "source_id" character varying(160) NOT NULL, CONSTRAINT "PK_dcc3379d87fa17409b3513d08f3" PRIMARY KEY ("record_type", "record_id", "source_id"))`);
        await queryRunner.query(`CREATE INDEX "source_ref_source_idx" ON "corridors"."source_ref"  ("source_id") `);
        await queryRunner.query(`CREATE TABLE "corridors"."trade_corridor" ("id" character varying(80) NOT NULL, "name" character varying(300) NOT NULL, "acronym" character varying(40), "description" text, "length_km" double precision, "founding_agreement_id" character varying(160), CONSTRAINT "PK_6ab275182d5dad4418d95ca8151" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_51e11c42c4cd793731dad6c8e2" ON "corridors"."trade_corridor"  ("founding_agreement_id") `);
        await queryRunner.query(`CREATE TYPE "corridors"."corridor_member_role_enum" AS ENUM('FOUNDER', 'MEMBER', 'OBSERVER')`);
        await queryRunner.query(`CREATE TYPE "corridors"."corridor_member_since_precision_enum" AS ENUM('DAY', 'MONTH', 'YEAR')`);
        await queryRunner.query(`CREATE TABLE "corridors"."corridor_member" ("id" character varying(90) NOT NULL, "corridor_id" character varying(80) NOT NULL, "country_code" character varying(2) NOT NULL, "role" "corridors"."corridor_member_role_enum" NOT NULL, "since" date, "since_precision" "corridors"."corridor_member_since_precision_enum", CONSTRAINT "corridor_member_corridor_country_key" UNIQUE ("corridor_id", "country_code"), CONSTRAINT "PK_794572b54fc6857edd8c4d6a52f" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_7c72c14a5f4c77cbe887c086c0" ON "corridors"."corridor_member"  ("corridor_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_edd259cb0f4644bf827d3ac11e" ON "corridors"."corridor_member"  ("country_code") `);
        await queryRunner.query(`CREATE TYPE "corridors"."corridor_node_kind_enum" AS ENUM('PORT', 'RAIL_HUB', 'BORDER_CROSSING', 'CITY', 'DRY_PORT', 'OTHER')`);
        await queryRunner.query(`CREATE TABLE "corridors"."corridor_node" ("id" character varying(120) NOT NULL, "name" character varying(300) NOT NULL, "kind" "corridors"."corridor_node_kind_enum" NOT NULL, "country_code" character varying(2) NOT NULL, "latitude" double precision, "longitude" double precision, "coordinates_source_id" character varying(160), CONSTRAINT "PK_74c14dfe124dc2a55b5cac949c6" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_5ca44316103ff33b19defec59f" ON "corridors"."corridor_node"  ("country_code") `);
        await queryRunner.query(`CREATE TYPE "corridors"."corridor_segment_mode_enum" AS ENUM('RAIL', 'ROAD', 'SEA', 'INLAND_WATERWAY')`);
        await queryRunner.query(`CREATE TYPE "corridors"."corridor_segment_status_enum" AS ENUM('OPERATIONAL', 'UNDER_CONSTRUCTION', 'PLANNED')`);
        await queryRunner.query(`CREATE TABLE "corridors"."corridor_segment" ("id" character varying(260) NOT NULL, "corridor_id" character varying(80) NOT NULL, "from_node_id" character varying(120) NOT NULL, "to_node_id" character varying(120) NOT NULL, "mode" "corridors"."corridor_segment_mode_enum" NOT NULL, "status" "corridors"."corridor_segment_status_enum" NOT NULL, "stated_length_km" double precision, "note" text, CONSTRAINT "PK_b1dfa7a5ddccc87e679792a25b5" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_42e6c0157a86f761cd555e5d10" ON "corridors"."corridor_segment"  ("corridor_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_e44746a1ee3712600a6ca2bab4" ON "corridors"."corridor_segment"  ("from_node_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_68c9f687c3cfb8c4cc14b85f90" ON "corridors"."corridor_segment"  ("to_node_id") `);
        await queryRunner.query(`CREATE INDEX "IDX_34d1696df48527b8ae445f7346" ON "corridors"."corridor_segment"  ("mode") `);
        await queryRunner.query(`CREATE INDEX "IDX_9e5c8fda55d07b7ec988ec709b" ON "corridors"."corridor_segment"  ("status") `);
        await queryRunner.query(`CREATE TABLE "corridors"."corridor_route" ("id" character varying(120) NOT NULL, "corridor_id" character varying(80) NOT NULL, "name" character varying(200) NOT NULL, CONSTRAINT "PK_a70d4391eccefd2c8608b209550" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_da80580159061162a1d04489e6" ON "corridors"."corridor_route"  ("corridor_id") `);
        await queryRunner.query(`CREATE TABLE "corridors"."route_segment" ("route_id" character varying(120) NOT NULL, "seq" integer NOT NULL, "segment_id" character varying(260) NOT NULL, CONSTRAINT "PK_16d551f94246219ca71323df299" PRIMARY KEY ("route_id", "seq"))`);
        await queryRunner.query(`CREATE INDEX "route_segment_segment_idx" ON "corridors"."route_segment"  ("segment_id") `);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_member" ADD CONSTRAINT "FK_7c72c14a5f4c77cbe887c086c0f" FOREIGN KEY ("corridor_id") REFERENCES "corridors"."trade_corridor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_segment" ADD CONSTRAINT "FK_42e6c0157a86f761cd555e5d100" FOREIGN KEY ("corridor_id") REFERENCES "corridors"."trade_corridor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_segment" ADD CONSTRAINT "FK_e44746a1ee3712600a6ca2bab41" FOREIGN KEY ("from_node_id") REFERENCES "corridors"."corridor_node"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_segment" ADD CONSTRAINT "FK_68c9f687c3cfb8c4cc14b85f907" FOREIGN KEY ("to_node_id") REFERENCES "corridors"."corridor_node"("id") ON DELETE RESTRICT ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_route" ADD CONSTRAINT "FK_da80580159061162a1d04489e6f" FOREIGN KEY ("corridor_id") REFERENCES "corridors"."trade_corridor"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "corridors"."route_segment" ADD CONSTRAINT "FK_d70631fdc85a8a40136e4396360" FOREIGN KEY ("segment_id") REFERENCES "corridors"."corridor_segment"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "corridors"."route_segment" ADD CONSTRAINT "FK_970c454dc6899893724cc3de564" FOREIGN KEY ("route_id") REFERENCES "corridors"."corridor_route"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "corridors"."route_segment" DROP CONSTRAINT "FK_970c454dc6899893724cc3de564"`);
        await queryRunner.query(`ALTER TABLE "corridors"."route_segment" DROP CONSTRAINT "FK_d70631fdc85a8a40136e4396360"`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_route" DROP CONSTRAINT "FK_da80580159061162a1d04489e6f"`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_segment" DROP CONSTRAINT "FK_68c9f687c3cfb8c4cc14b85f907"`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_segment" DROP CONSTRAINT "FK_e44746a1ee3712600a6ca2bab41"`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_segment" DROP CONSTRAINT "FK_42e6c0157a86f761cd555e5d100"`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_member" DROP CONSTRAINT "FK_7c72c14a5f4c77cbe887c086c0f"`);
        await queryRunner.query(`DROP INDEX "corridors"."route_segment_segment_idx"`);
        await queryRunner.query(`DROP TABLE "corridors"."route_segment"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_da80580159061162a1d04489e6"`);
        await queryRunner.query(`DROP TABLE "corridors"."corridor_route"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_9e5c8fda55d07b7ec988ec709b"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_34d1696df48527b8ae445f7346"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_68c9f687c3cfb8c4cc14b85f90"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_e44746a1ee3712600a6ca2bab4"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_42e6c0157a86f761cd555e5d10"`);
        await queryRunner.query(`DROP TABLE "corridors"."corridor_segment"`);
        await queryRunner.query(`DROP TYPE "corridors"."corridor_segment_status_enum"`);
        await queryRunner.query(`DROP TYPE "corridors"."corridor_segment_mode_enum"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_5ca44316103ff33b19defec59f"`);
        await queryRunner.query(`DROP TABLE "corridors"."corridor_node"`);
        await queryRunner.query(`DROP TYPE "corridors"."corridor_node_kind_enum"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_edd259cb0f4644bf827d3ac11e"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_7c72c14a5f4c77cbe887c086c0"`);
        await queryRunner.query(`DROP TABLE "corridors"."corridor_member"`);
        await queryRunner.query(`DROP TYPE "corridors"."corridor_member_since_precision_enum"`);
        await queryRunner.query(`DROP TYPE "corridors"."corridor_member_role_enum"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_51e11c42c4cd793731dad6c8e2"`);
        await queryRunner.query(`DROP TABLE "corridors"."trade_corridor"`);
        await queryRunner.query(`DROP INDEX "corridors"."source_ref_source_idx"`);
        await queryRunner.query(`DROP TABLE "corridors"."source_ref"`);
        await queryRunner.query(`DROP INDEX "corridors"."claim_record_idx"`);
        await queryRunner.query(`DROP INDEX "corridors"."claim_one_preferred_key"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_5df842ab8d3fa5d8af1c3afdc7"`);
        await queryRunner.query(`DROP TABLE "corridors"."claim"`);
    }

}
