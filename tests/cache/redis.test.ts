import { Redis } from "ioredis";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../src/auth/api-key.entity.js";
import { bumpGenerations } from "../../src/cache/index.js";
import { createSubgraphApp, openAuth } from "../../src/root.js";
import { startTestApp, type TestApp } from "../support/app.js";
import pino from "pino";
import { freshDatabase } from "../support/database.js";

/**
 * Two instances of the relations subgraph sharing the generation through Redis, as production runs
 * them behind a load balancer. A prefix unique to this run keeps parallel runs apart.
 */
const REDIS_URL = process.env.REDIS_URL || "redis://127.0.0.1:6379";
const PREFIX = `rg-test:${process.pid}-${Date.now()}:`;
const shared = { REDIS_URL, REDIS_KEY_PREFIX: PREFIX };

let redis: Redis;
let a: TestApp;
let b: TestApp;
let editor: string;

beforeAll(async () => {
  redis = new Redis(REDIS_URL, { lazyConnect: true, maxRetriesPerRequest: 0, connectTimeout: 3000, retryStrategy: () => null });
  redis.on("error", () => {});
  try {
    await redis.connect();
    await redis.ping();
  } catch (err) {
    throw new Error(`These tests need Redis at ${REDIS_URL} (set REDIS_URL to use another): ${(err as Error).message}`);
  }
  a = await startTestApp("relations", { cache: shared });
  // One connection: the race test holds it to stop B's read between reading the generation and its SQL.
  b = await startTestApp("relations", { cache: shared, poolMax: 1 });
  editor = `Bearer ${(await a.auth.create("test redis editor", Role.EDITOR)).key}`;
});
afterAll(async () => {
  await a?.close();
  await b?.close();
  if (redis?.status === "ready") {
    const keys = await redis.keys(`${PREFIX}*`);
    if (keys.length) await redis.del(...keys);
  }
  redis?.disconnect();
});

async function counted(t: TestApp, query: string, variables?: Record<string, unknown>, authorization?: string) {
  const before = t.app.sql.statements;
  const result = await t.run(query, variables, authorization);
  return { ...result, statements: t.app.sql.statements - before };
}

const SOURCE = `query($id: ID!) { source(id: $id) { title version } }`;

describe("response cache shared through Redis", () => {
  it("keeps the generation in Redis under the configured prefix", async () => {
    await b.run(`{ sources(first: 1) { totalCount } }`);
    expect(Number(await redis.get(`${PREFIX}generation:relations`))).toBeGreaterThan(0);
  });

  it("never serves stale data after a write, whichever instance served either request", async () => {
    const created = await a.run(`mutation { createSource(input: { id: "test-redis-src", title: "v1", publisher: "Test Wire" }) { version } }`, undefined, editor);
    expect(created.errors).toBeUndefined();
    const gen = await redis.get(`${PREFIX}generation:relations`);

    expect((await b.run(SOURCE, { id: "test-redis-src" })).data!.source).toEqual({ title: "v1", version: 1 });
    const cached = await counted(b, SOURCE, { id: "test-redis-src" });
    expect(cached.statements).toBe(0);
    expect(cached.data!.source.title).toBe("v1");

    const updated = await a.run(`mutation { updateSource(id: "test-redis-src", expectedVersion: 1, input: { title: "v2" }) { version } }`, undefined, editor);
    expect(updated.errors).toBeUndefined();
    expect(Number(await redis.get(`${PREFIX}generation:relations`))).toBe(Number(gen) + 1);

    const fresh = await counted(b, SOURCE, { id: "test-redis-src" });
    expect(fresh.data!.source).toEqual({ title: "v2", version: 2 });
    expect(fresh.statements).toBeGreaterThan(0);
    // And B caches again under the new generation; so does A, on its own.
    expect((await counted(b, SOURCE, { id: "test-redis-src" })).statements).toBe(0);
    expect((await a.run(SOURCE, { id: "test-redis-src" })).data!.source.title).toBe("v2");
  });

  it("stores a read that overlapped a write under the generation it read before running, not the new one", async () => {
    const q = `{ source(id: "test-redis-src") { title publisher } }`;
    // Hold B's only connection: B's read reads the generation, then waits for the connection.
    const held = b.app.dataSource.createQueryRunner();
    await held.connect();
    const pool = (b.app.dataSource.driver as unknown as { master: { waitingCount: number } }).master;
    let pending: Promise<{ statements: number; data?: any }> | undefined;
    try {
      pending = counted(b, q);
      const deadline = Date.now() + 20_000;
      while (pool.waitingCount === 0) {
        if (Date.now() > deadline) throw new Error("B's read never waited for a connection");
        await new Promise((r) => setTimeout(r, 10));
      }
      // The write's bump lands while B's read is in flight (A bumps as a committed write does).
      await a.app.cache.bump();
    } finally {
      await held.release();
    }
    const overlapped = await pending!;
    expect(overlapped.statements).toBeGreaterThan(0);
    // Stored under the old generation, so the next read (new generation) is not served from it.
    expect((await counted(b, q)).statements).toBeGreaterThan(0);
    expect((await counted(b, q)).statements).toBe(0);
  });

  it("lets a command-line tool bump the generation of running servers (bumpGenerations)", async () => {
    const q = `{ source(id: "test-redis-src") { title } }`;
    await b.run(q);
    expect((await counted(b, q)).statements).toBe(0);
    // A tool that wrote straight to the database, as `import` and `seed:synthetic` do.
    await a.app.dataSource.query(`UPDATE relations.source SET title = 'v3', version = version + 1 WHERE id = 'test-redis-src'`);
    expect(await bumpGenerations(["relations", "corridors"], shared, pino({ level: "silent" }))).toBe(true);
    expect((await b.run(q)).data!.source.title).toBe("v3");
  });
});

describe("with Redis configured but unreachable", () => {
  it("still answers reads (uncached) and writes", async () => {
    const down = await startTestApp("relations", { cache: { REDIS_URL: "redis://127.0.0.1:1", REDIS_KEY_PREFIX: PREFIX } });
    try {
      const q = `{ source(id: "test-redis-src") { title } }`;
      const first = await counted(down, q);
      expect(first.errors).toBeUndefined();
      expect(first.data!.source.title).toBe("v3");
      expect((await counted(down, q)).statements).toBeGreaterThan(0); // not cached
      const updated = await down.run(`mutation { updateSource(id: "test-redis-src", expectedVersion: 3, input: { title: "v4" }) { version } }`, undefined, editor);
      expect(updated.errors).toBeUndefined();
      expect(updated.data!.updateSource.version).toBe(4);
      expect((await down.run(q)).data!.source.title).toBe("v4");
    } finally {
      await down.close();
    }
  });
});

describe("an instance that seeds an empty database as it starts", () => {
  it("retires what instances already running had cached of the empty database", async () => {
    const silent = pino({ level: "silent" });
    const db = await freshDatabase();
    const { auth, stop: closeAuth } = await openAuth(db.url, 1, silent);
    const cache = { REDIS_URL, REDIS_KEY_PREFIX: `${PREFIX}seed:` };
    const options = { url: db.url, poolMax: 1, log: silent, exposeInternals: true, auth, cache };
    const running = await createSubgraphApp("corridors", { ...options, prepare: { migrate: true, seedIfEmpty: false } });
    let seeder: Awaited<ReturnType<typeof createSubgraphApp>> | undefined;
    try {
      await running.server.start();
      const read = async () => {
        const res = await running.server.executeOperation({ query: `{ corridors { id } }` }, { contextValue: await running.context() });
        return res.body.kind === "single" ? res.body.singleResult.data?.corridors : undefined;
      };
      expect(await read()).toEqual([]);
      const before = running.sql.statements;
      expect(await read()).toEqual([]);
      expect(running.sql.statements).toBe(before); // cached
      seeder = await createSubgraphApp("corridors", { ...options, prepare: { migrate: true, seedIfEmpty: true } });
      await seeder.server.start();
      expect(await read()).toEqual(expect.arrayContaining([{ id: "instc" }]));
    } finally {
      await running.stop();
      await seeder?.stop();
      await closeAuth();
      await db.drop();
    }
  });
});
