// Used only by the TypeORM CLI (npm run migration:generate): it needs a module exporting one DataSource.
import "reflect-metadata";
import { createDataSource } from "../../db/data-source.js";
import { relationsEntities, RELATIONS_SCHEMA } from "./entities.js";
import { relationsMigrations } from "./migrations.js";

const url = process.env.RELATIONS_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to a scratch PostgreSQL database to generate migrations");

export default createDataSource({ url, schema: RELATIONS_SCHEMA, entities: relationsEntities, migrations: relationsMigrations, poolMax: 1 });
