// Used only by the TypeORM CLI (npm run migration:generate:corridors): it needs a module exporting one DataSource.
import "reflect-metadata";
import { createDataSource } from "../../db/data-source.js";
import { corridorsEntities, CORRIDORS_SCHEMA } from "./entities.js";
import { corridorsMigrations } from "./migrations.js";

const url = process.env.CORRIDORS_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to a scratch PostgreSQL database to generate migrations");

export default createDataSource({ url, schema: CORRIDORS_SCHEMA, entities: corridorsEntities, migrations: corridorsMigrations, poolMax: 1 });
