import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";
import { keepExtendedBatchesTogether } from "./pglite-queue.js";

export interface EmbeddedPostgres {
  url: string;
  port: number;
  stop(): Promise<void>;
}

export interface EmbeddedOptions {
  /** Folder to persist to; undefined keeps the database in memory (tests). */
  dataDir?: string;
  /** 0 picks a free port. Never 5432, which a real PostgreSQL may hold. */
  port: number;
  /** One per pool that will connect; each pool must use max 1 connection. */
  maxConnections: number;
  /** PostgreSQL's shared_buffers inside PGlite's WebAssembly memory (PostgreSQL's default is 128MB). */
  sharedBuffers?: string;
}

/**
 * Measured: 128MB of shared buffers cost ~130 MB RSS over 16MB (scale-1 data). Under the
 * 50-connection soak, three 30 s runs with 16MB peaked at 409, 432 and 441 MB, two with 32MB at
 * 446 and 451 MB: a small gain, within this machine's run-to-run spread of ~30 MB.
 */
export const DEFAULT_SHARED_BUFFERS = "16MB";

/**
 * Starts PGlite behind the PostgreSQL wire protocol on 127.0.0.1, so the ordinary `pg` driver
 * and TypeORM's postgres driver use it unchanged. PGlite has a single session: all work through
 * it is serialized, and a second connection waits while the first holds a transaction.
 */
export async function startEmbeddedPostgres(o: EmbeddedOptions): Promise<EmbeddedPostgres> {
  if (o.port === 5432) throw new Error("The embedded database must not listen on 5432, which a real PostgreSQL may hold");
  let dir: string | undefined;
  if (o.dataDir) {
    dir = resolve(o.dataDir);
    mkdirSync(dir, { recursive: true });
  }
  const options = { postgresqlconf: [`shared_buffers=${o.sharedBuffers ?? DEFAULT_SHARED_BUFFERS}`] };
  const db = dir ? await PGlite.create(dir, options) : await PGlite.create(options);
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: o.port, maxConnections: o.maxConnections });
  // Each pool's extended-protocol batches must reach the one session whole (src/db/pglite-queue.ts).
  keepExtendedBatchesTogether(server);
  await server.start();
  const conn = server.getServerConn(); // "127.0.0.1:<port>"
  const port = Number(conn.split(":").pop());
  return {
    url: `postgres://postgres@127.0.0.1:${port}/postgres`,
    port,
    async stop() {
      await server.stop();
      await db.close();
    },
  };
}

/**
 * While a server runs on the embedded database, command-line tools (keys, seed, migrate) must
 * connect through its socket: PGlite's folder can be opened by one process only. The server
 * writes its address beside the folder; tools read it.
 */
function runtimeFile(dataDir: string): string {
  return `${resolve(dataDir)}.server.json`;
}

export function announceEmbedded(dataDir: string, url: string): () => void {
  const file = runtimeFile(dataDir);
  writeFileSync(file, JSON.stringify({ url, pid: process.pid }));
  return () => rmSync(file, { force: true });
}

/** The URL of a live server's embedded database on this folder, if one is running. */
export function runningEmbedded(dataDir: string): string | null {
  const file = runtimeFile(dataDir);
  if (!existsSync(file)) return null;
  try {
    const { url, pid } = JSON.parse(readFileSync(file, "utf8")) as { url: string; pid: number };
    process.kill(pid, 0); // throws when no such process
    return url;
  } catch {
    return null;
  }
}
