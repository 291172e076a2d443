import "reflect-metadata";
import { rm } from "node:fs/promises";
import { join } from "node:path";
import pg from "pg";
import pino from "pino";
import type { TestProject } from "vitest/node";
import { createDatabase, databaseName, dropDatabase, scratchFolder } from "../../src/db/databases.js";
import { startEmbeddedPostgres } from "../../src/db/embedded.js";
import { openAuth, prepareDatabase } from "../../src/root.js";
import { SUBGRAPH_NAMES } from "../../src/subgraphs/registry.js";
import "./database.js"; // the ProvidedContext keys

/** Migrates and seeds every subgraph's schema and the API-key store at `url`. */
async function migrateAndSeed(url: string): Promise<void> {
  for (const name of SUBGRAPH_NAMES) await prepareDatabase(name, url, { seed: true });
  await (await openAuth(url, 1, pino({ level: "silent" }))).stop();
}

/**
 * Seeds one template per test run; each test file then gets a copy of its own
 * (tests/support/database.ts). With DATABASE_URL, the template is a database on that server
 * (`rg_tpl_…`) and each copy is `CREATE DATABASE … TEMPLATE` (`rg_t_…`); without it, the template
 * is a stopped embedded PGlite's data folder, and each copy is a PGlite started on a copy of it.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  project.provide("embedded", !serverUrl);

  if (serverUrl) {
    const template = await createDatabase(serverUrl, { name: databaseName("rg_tpl") });
    // The copies' names start with this, so teardown finds any a crashed worker left behind.
    const prefix = template.name.replace(/^rg_tpl_/, "rg_t_");
    try {
      await migrateAndSeed(template.url);
    } catch (err) {
      await template.drop();
      throw err;
    }
    // Every connection to the template is closed by now: PostgreSQL copies only an unused one.
    project.provide("dbTemplate", { server: serverUrl, name: template.name, prefix });
    console.log(`tests run against copies of the PostgreSQL database ${template.name}`);
    return async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      const left = await c.query<{ datname: string }>(`SELECT datname FROM pg_database WHERE datname LIKE $1`, [`${prefix.replaceAll("_", "\\_")}%`]);
      await c.end();
      for (const { datname } of left.rows) await dropDatabase(serverUrl, datname);
      await template.drop();
    };
  }

  const folder = scratchFolder("rg-test-template");
  const seeded = await startEmbeddedPostgres({ dataDir: join(folder, "pglite"), port: 0, maxConnections: 4 });
  try {
    await migrateAndSeed(seeded.url);
  } finally {
    await seeded.stop();
  }
  project.provide("dbTemplate", { folder: join(folder, "pglite") });
  console.log(`tests run against copies of the embedded PGlite in ${folder}`);
  return () => rm(folder, { recursive: true, force: true });
}
