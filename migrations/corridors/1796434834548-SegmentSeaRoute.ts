import { MigrationInterface, QueryRunner } from "typeorm";

export class SegmentSeaRoute1796434834548 implements MigrationInterface {
    name = 'SegmentSeaRoute1796434834548'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_segment" ADD "route_length_km" double precision`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_segment" ADD "route_geometry" jsonb`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_segment" DROP COLUMN "route_geometry"`);
        await queryRunner.query(`ALTER TABLE "corridors"."corridor_segment" DROP COLUMN "route_length_km"`);
    }

}
