import { InMemoryLRUCache } from "@apollo/utils.keyvaluecache";
import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadConfig } from "../../src/config.js";
import { DEFAULT_QUERY_CACHE_MIB } from "../../src/graphql/query-caches.js";
import { startTestStack, type TestStack } from "../support/app.js";

/** The bytes a cache holds, as it counts them. */
async function cachedBytes<T extends object>(cache: InMemoryLRUCache<T>): Promise<number> {
  let total = 0;
  for (const key of cache.keys()) {
    const value = await cache.get(key);
    if (value !== undefined) total += InMemoryLRUCache.sizeCalculation(value);
  }
  return total;
}

/**
 * Clients that send a new document every time (random aliases, generated operation names) must not
 * fill the heap with parsed documents and query plans: each Apollo Server's document cache and the
 * gateway's plan cache hold at most QUERY_CACHE_MIB. Under `npm run stress` the defaults of 30 MiB
 * each held ~100 MB of `npm start`'s one process (src/graphql/query-caches.ts).
 */
const MIB = 0.05; // 52 KB: a few of the documents below
let stack: TestStack;

beforeAll(async () => {
  stack = await startTestStack(undefined, { http: { queryCacheMiB: MIB } });
}, 180_000);

afterAll(async () => {
  await stack?.close();
});

const PAGE = "countries(first: 3) { nodes { code name capital neighbours { code name } corridors { name } } }";
const unique = (i: number) => `query Unique_${i} { ${Array.from({ length: 10 }, (_, j) => `a${i}_${j}: ${PAGE}`).join(" ")} }`;

describe("the parsed-document and query-plan caches are bounded (QUERY_CACHE_MIB)", () => {
  it("config: 4 MiB unless set, and refuses nonsense", () => {
    expect(loadConfig({}).QUERY_CACHE_MIB).toBe(DEFAULT_QUERY_CACHE_MIB);
    expect(loadConfig({ QUERY_CACHE_MIB: "16" }).QUERY_CACHE_MIB).toBe(16);
    expect(() => loadConfig({ QUERY_CACHE_MIB: "0" })).toThrow(/QUERY_CACHE_MIB/);
  });

  it("80 distinct documents: every one answered, each cache within its bound and holding the newest", async () => {
    const sent: string[] = [];
    for (let i = 0; i < 80; i++) {
      const query = unique(i);
      sent.push(query);
      const r = await stack.post(query);
      expect(r.status).toBe(200);
      expect(r.body.errors).toBeUndefined();
      expect(Object.keys(r.body.data)).toHaveLength(10);
    }
    const bound = MIB * 2 ** 20;
    // What was sent is several times the bound, so a cache that kept everything would fail below.
    const sentBytes = sent.reduce((n, q) => n + InMemoryLRUCache.sizeCalculation(parse(q)), 0);
    expect(sentBytes).toBeGreaterThan(3 * bound);

    const caches = { "gateway documents": stack.gatewayCaches.documents, "gateway plans": stack.gatewayCaches.plans, "relations documents": stack.apps.relations.documents, "corridors documents": stack.apps.corridors.documents };
    for (const [name, cache] of Object.entries(caches)) {
      const bytes = await cachedBytes(cache as InMemoryLRUCache<object>);
      expect(bytes, name).toBeGreaterThan(0); // wired: the server stores into this cache
      expect(bytes, name).toBeLessThanOrEqual(bound);
      expect(cache.keys().length, name).toBeLessThan(80);
    }
    // The newest document is cached at the gateway, the oldest gone.
    const keys = stack.gatewayCaches.documents.keys().join(" ");
    const { createHash } = await import("node:crypto");
    const hash = (q: string) => createHash("sha256").update(q).digest("hex");
    expect(keys).toContain(hash(sent[79]));
    expect(keys).not.toContain(hash(sent[0]));
  });
});
