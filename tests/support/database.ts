import { dirname } from "node:path";
import { afterAll, inject } from "vitest";
import { createDatabase, createEmbeddedDatabase, databaseName } from "../../src/db/databases.js";

declare module "vitest" {
  export interface ProvidedContext {
    /** Whether the run uses embedded PGlite (no DATABASE_URL). */
    embedded: boolean;
    /**
     * Where each test file's database is copied from: on PostgreSQL, the URL of the server and the
     * name of the seeded template database; embedded, the seeded PGlite's data folder (stopped).
     */
    dbTemplate: { server: string; name: string; prefix: string } | { folder: string };
  }
}

export interface TestDatabase {
  url: string;
  drop(): Promise<void>;
}

let mine: Promise<TestDatabase> | null = null;

/**
 * The URL of this test file's own database: a copy of the seeded template, made on first use and
 * dropped after the file's last afterAll (tests/support/per-file.ts). A file may write to it
 * freely; no other file sees the change, so nothing is cleaned up by hand.
 */
export async function testDbUrl(): Promise<string> {
  mine ??= copyOfTemplate();
  return (await mine).url;
}

/** Drops this file's copy, if one was made. */
export async function dropTestDatabase(): Promise<void> {
  const db = mine;
  mine = null;
  if (db) await (await db).drop();
}

async function copyOfTemplate(): Promise<TestDatabase> {
  const t = inject("dbTemplate");
  // A few pools per file (the subgraphs, auth, the test's own); each holds one connection.
  // The copy sits beside the template, so the run's teardown removes any a crashed worker left.
  if ("folder" in t) return createEmbeddedDatabase({ template: t.folder, maxConnections: 16, under: dirname(t.folder) });
  return createDatabase(t.server, { name: databaseName(t.prefix), template: t.name });
}

/** A second, empty database for tests that need one (round trips): a new PGlite, or a new database on the server. */
export async function freshDatabase(): Promise<TestDatabase> {
  const t = inject("dbTemplate");
  if ("folder" in t) return createEmbeddedDatabase({ maxConnections: 4 });
  return createDatabase(t.server, { name: databaseName(t.prefix) });
}

/** Registers the drop of this file's database; run from setupFiles, before the file's own hooks. */
export function dropTestDatabaseAfterAll(): void {
  afterAll(dropTestDatabase);
}
