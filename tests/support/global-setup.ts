import "reflect-metadata";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres, type EmbeddedPostgres } from "../../src/db/embedded.js";
import { openAuth, prepareDatabase } from "../../src/root.js";
import pino from "pino";

declare module "vitest" {
  export interface ProvidedContext {
    dbUrl: string;
    embedded: boolean;
  }
}

/**
 * One fresh database per test run: with DATABASE_URL, a new database on that server (dropped
 * afterwards); without it, an in-memory PGlite behind the wire protocol. Migrations and the seed
 * run once here; tests share the seeded data and must not leave changes behind.
 */
export default async function setup(project: TestProject) {
  const serverUrl = process.env.DATABASE_URL;
  let url: string;
  let embedded: EmbeddedPostgres | null = null;
  let drop: (() => Promise<void>) | null = null;

  if (serverUrl) {
    const name = `rg_test_${process.pid}_${Date.now()}`;
    const admin = new pg.Client({ connectionString: serverUrl });
    await admin.connect();
    await admin.query(`CREATE DATABASE ${name}`);
    await admin.end();
    const u = new URL(serverUrl);
    u.pathname = `/${name}`;
    url = u.toString();
    drop = async () => {
      const c = new pg.Client({ connectionString: serverUrl });
      await c.connect();
      await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await c.end();
    };
  } else {
    // Each test file opens one pool of one connection; two projects run files in parallel.
    embedded = await startEmbeddedPostgres({ port: 0, maxConnections: 16 });
    url = embedded.url;
  }

  await prepareDatabase("relations", url, { seed: true });
  await prepareDatabase("corridors", url, { seed: true });
  await (await openAuth(url, 1, pino({ level: "silent" }))).stop();

  project.provide("dbUrl", url);
  project.provide("embedded", embedded !== null);
  console.log(`tests run against ${embedded ? "embedded PGlite" : `PostgreSQL database ${new URL(url).pathname.slice(1)}`}`);

  return async () => {
    await drop?.();
    await embedded?.stop();
  };
}
