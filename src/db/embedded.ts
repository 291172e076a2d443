import { mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { PGlite } from "@electric-sql/pglite";
import { PGLiteSocketServer } from "@electric-sql/pglite-socket";

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
}

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
  const db = dir ? await PGlite.create(dir) : await PGlite.create();
  const server = new PGLiteSocketServer({ db, host: "127.0.0.1", port: o.port, maxConnections: o.maxConnections });
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
