// Used only by the TypeORM CLI (migration generation): it needs a module exporting one DataSource.
import "reflect-metadata";
import { createDataSource } from "../db/data-source.js";
import { authModule } from "./index.js";

const url = process.env.AUTH_DATABASE_URL ?? process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to a scratch PostgreSQL database to generate migrations");

export default createDataSource({ url, schema: authModule.schema, entities: authModule.entities, migrations: authModule.migrations, poolMax: 1 });
