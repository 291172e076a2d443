import { MigrationInterface, QueryRunner } from "typeorm";

export class AddPort1796426936328 implements MigrationInterface {
    name = 'AddPort1796426936328'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "corridors"."port" ("id" character varying(12) NOT NULL, "unlocode" character varying(5), "name" character varying(200) NOT NULL, "alternate_names" text array NOT NULL DEFAULT '{}', "country_code" character varying(2) NOT NULL, "region" character varying(200), "water_body" character varying(200), "harbor_size" character varying(40), "harbor_type" character varying(60), "harbor_use" character varying(40), "container" boolean, "ro_ro" boolean, "solid_bulk" boolean, "liquid_bulk" boolean, "oil_terminal" boolean, "lng_terminal" boolean, "rail_link" boolean, "max_vessel_length_m" double precision, "channel_depth_m" double precision, "latitude" double precision NOT NULL, "longitude" double precision NOT NULL, CONSTRAINT "PK_78381adf2d2b42b2d4e4db5ffc0" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_67cf14566413461051e929b819" ON "corridors"."port"  ("unlocode") `);
        await queryRunner.query(`CREATE INDEX "IDX_e5feb46bc087cfe9572a6d5cad" ON "corridors"."port"  ("country_code") `);
        await queryRunner.query(`CREATE INDEX "IDX_19a543c9f0a39b6f3535957494" ON "corridors"."port"  ("name", "id") `);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_node" ADD "port_id" character varying(12)`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_node" ADD CONSTRAINT "FK_8ad23ccc81c42ad08184bfa6dc8" FOREIGN KEY ("port_id") REFERENCES "corridors"."port"("id") ON DELETE NO ACTION ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_node" DROP CONSTRAINT "FK_8ad23ccc81c42ad08184bfa6dc8"`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_node" DROP COLUMN "port_id"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_19a543c9f0a39b6f3535957494"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_e5feb46bc087cfe9572a6d5cad"`);
        await queryRunner.query(`DROP INDEX "corridors"."IDX_67cf14566413461051e929b819"`);
        await queryRunner.query(`DROP TABLE "corridors"."port"`);
    }

}
