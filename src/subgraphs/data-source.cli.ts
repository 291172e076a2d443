// Used only by the TypeORM CLI (npm run migration:generate -- <subgraph> <Name>, scripts/migration-generate.mjs):
// it needs a module exporting one DataSource, here the one of the subgraph named in SUBGRAPH.
import "reflect-metadata";
import { createDataSource } from "../db/data-source.js";
import { isSubgraphName, SUBGRAPH_NAMES, subgraphModule } from "./registry.js";

const name = process.env.SUBGRAPH ?? "";
if (!isSubgraphName(name)) throw new Error(`Set SUBGRAPH to one of: ${SUBGRAPH_NAMES.join(", ")}`);
const m = subgraphModule(name);
const url = process.env[m.env.databaseUrl] ?? process.env.DATABASE_URL;
if (!url) throw new Error("Set DATABASE_URL to a scratch PostgreSQL database to generate migrations");

export default createDataSource({ url, schema: m.databaseSchema, entities: m.entities, migrations: m.migrations, poolMax: 1 });
