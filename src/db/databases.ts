import { accessSync, constants, mkdtempSync } from "node:fs";
import { cp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import pg from "pg";
import { startEmbeddedPostgres } from "./embedded.js";

/** A database made for one run (tests, bench, soak, stress, scale-out) and dropped by it. */
export interface ScratchDatabase {
  /** The database name on a server; the data folder when embedded. */
  name: string;
  /** Its connection URL. */
  url: string;
  /** Drops the database (stops an embedded one), closing any connection still open on it. Safe to call twice. */
  drop(): Promise<void>;
}

export interface CreateDatabaseOptions {
  /**
   * Copy this database instead of an empty one. PostgreSQL refuses while any other session is
   * connected to the template, so close every pool on it first.
   */
  template?: string;
}

const NAME = /^[a-z_][a-z0-9_]{0,62}$/;

/** `prefix` plus a suffix unique to this process and moment, a valid unquoted identifier. */
export function databaseName(prefix: string): string {
  const name = `${prefix}_${process.pid}_${Date.now().toString(36)}_${Math.random().toString(36).slice(2, 6)}`;
  if (!NAME.test(name)) throw new Error(`not a usable database name: ${name}`);
  return name;
}

/** `serverUrl` with its path (the database) replaced. */
export function databaseUrl(serverUrl: string, name: string): string {
  const u = new URL(serverUrl);
  u.pathname = `/${name}`;
  return u.toString();
}

async function admin<T>(serverUrl: string, fn: (c: pg.Client) => Promise<T>): Promise<T> {
  const c = new pg.Client({ connectionString: serverUrl });
  await c.connect();
  try {
    return await fn(c);
  } finally {
    await c.end();
  }
}

/**
 * Creates a database on the server `serverUrl` points at (connecting to it as the admin
 * database), empty or copied from a template. `name` defaults to a fresh `rg_scratch_…` one.
 */
export async function createDatabase(serverUrl: string, opts: CreateDatabaseOptions & { name?: string } = {}): Promise<ScratchDatabase> {
  const name = opts.name ?? databaseName("rg_scratch");
  if (!NAME.test(name)) throw new Error(`not a usable database name: ${name}`);
  if (opts.template !== undefined && !NAME.test(opts.template)) throw new Error(`not a usable template name: ${opts.template}`);
  await admin(serverUrl, (c) => c.query(`CREATE DATABASE ${name}${opts.template ? ` TEMPLATE ${opts.template}` : ""}`));
  if (opts.template) await rekeyTypeormMetadata(databaseUrl(serverUrl, name), opts.template);
  let dropped = false;
  return {
    name,
    url: databaseUrl(serverUrl, name),
    async drop() {
      if (dropped) return;
      dropped = true;
      await dropDatabase(serverUrl, name);
    },
  };
}

/**
 * TypeORM keeps the expression of each generated column (the stored search vectors) in a metadata
 * table, in a row keyed by the database's name, and reads it back by `current_database()`. A copy
 * of a template still names the template there, so TypeORM would see the columns' expressions as
 * missing and a schema comparison (migration:generate) would want to rebuild them: re-key the rows.
 */
async function rekeyTypeormMetadata(url: string, template: string): Promise<void> {
  await admin(url, async (c) => {
    const { rows } = await c.query<{ s: string; t: string }>(
      `SELECT table_schema AS s, table_name AS t FROM information_schema.columns WHERE table_name LIKE '%typeorm\\_metadata' AND column_name = 'database'`,
    );
    for (const { s, t } of rows) await c.query(`UPDATE "${s}"."${t}" SET "database" = current_database() WHERE "database" = $1`, [template]);
  });
}

export async function dropDatabase(serverUrl: string, name: string): Promise<void> {
  if (!NAME.test(name)) throw new Error(`not a usable database name: ${name}`);
  await admin(serverUrl, (c) => c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`));
}

/** A new folder for embedded scratch databases, under memory-backed /dev/shm where there is one. */
export function scratchFolder(prefix: string, under?: string): string {
  let root = under ?? tmpdir();
  if (!under) {
    try {
      accessSync("/dev/shm", constants.W_OK);
      root = "/dev/shm";
    } catch {
      /* no /dev/shm: the temporary folder */
    }
  }
  return mkdtempSync(join(root, `${prefix}-`));
}

/**
 * An embedded PGlite behind its own socket: empty and in memory, or started on a copy of the data
 * folder `template` (a stopped PGlite's folder; copying the files is much faster than a tarball
 * through `loadDataDir`, and the copy opens without recovery), in a new folder under `under` (by
 * default /dev/shm or the temporary folder). Dropping stops it and deletes the copy.
 */
export async function createEmbeddedDatabase(opts: { template?: string; maxConnections: number; under?: string }): Promise<ScratchDatabase> {
  let dataDir: string | undefined;
  if (opts.template) {
    dataDir = join(scratchFolder("rg-db", opts.under), "pglite");
    await cp(opts.template, dataDir, { recursive: true });
  }
  try {
    const e = await startEmbeddedPostgres({ dataDir, port: 0, maxConnections: opts.maxConnections });
    let dropped = false;
    return {
      name: dataDir ?? "(in memory)",
      url: e.url,
      async drop() {
        if (dropped) return;
        dropped = true;
        await e.stop();
        if (dataDir) await rm(join(dataDir, ".."), { recursive: true, force: true });
      },
    };
  } catch (err) {
    if (dataDir) await rm(join(dataDir, ".."), { recursive: true, force: true });
    throw err;
  }
}
