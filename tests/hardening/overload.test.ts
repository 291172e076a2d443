import { createHash } from "node:crypto";
import { parse } from "graphql";
import pino from "pino";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Admission } from "../../src/graphql/admission.js";
import { createFormatError } from "../../src/graphql/format-error.js";
import { listCostFor } from "../../src/graphql/limits.js";
import { startTestStack, type TestStack } from "../support/app.js";
import { apiSchema } from "../support/schema-walk.js";

/**
 * The defects of the overload issue, one by one, over real HTTP: each case here answered
 * INTERNAL_SERVER_ERROR, a 500, or took the process down before its fix. Heavy load itself is
 * proven by `npm run stress` (bench/stress.ts), which CI runs in a short form; here are the
 * single requests and the admission rules, with budgets small enough to reach in a test.
 */
let stack: TestStack;
let tight: TestStack;
let keyed: TestStack;
let admin: string;
let adminPrefix: string;

beforeAll(async () => {
  stack = await startTestStack();
  const created = await stack.auth.create("overload-test-admin", "admin" as never);
  admin = created.key;
  adminPrefix = created.key.split("_")[1];
  // Budgets a test can reach: one heavy operation (37,500) in flight per process and per client, 2 queued for 300 ms.
  tight = await startTestStack(undefined, {
    http: {
      admission: {
        maxCostInFlight: 40_000,
        maxCostPerClient: 40_000,
        maxQueued: 2,
        queueTimeoutMs: 300,
        lightCost: 200,
        maxLightInFlight: 256,
        heapFraction: 0.95,
        costPerWindow: 0,
        windowSeconds: 60,
      },
    },
  });
  keyed = await startTestStack(undefined, { http: { rateLimit: { perIp: 0, perKey: 3, windowSeconds: 60 } } });
}, 180_000);

afterAll(async () => {
  await stack?.auth.revoke(adminPrefix).catch(() => {});
  for (const s of [keyed, tight, stack]) await s?.close();
});

async function postTo(url: string, body: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: any; headers: Headers }> {
  const res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });
  const text = await res.text();
  return { status: res.status, headers: res.headers, body: text ? JSON.parse(text) : null };
}

const codes = (body: any): string[] => (body?.errors ?? []).map((e: any) => e.extensions?.code);

/** `[[[[…]]]]`, nested `depth` levels, as JSON text. */
const nested = (depth: number) => `${"[".repeat(depth)}${"]".repeat(depth)}`;

describe("deep JSON is refused before anything walks it", () => {
  it("an 80 KB nested variable at the gateway: 400 QUERY_TOO_COMPLEX naming the bound, not INTERNAL", async () => {
    const body = `{"query":"{ __typename }","variables":{"v":${nested(40_000)}}}`;
    const r = await postTo(stack.urls.gateway, body);
    expect(r.status).toBe(400);
    expect(r.body.errors[0].extensions).toMatchObject({ code: "QUERY_TOO_COMPLEX", limit: 64 });
    // The process is fine afterwards.
    expect((await stack.post('{ country(code: "IR") { name } }')).body.data.country.name).toBe("Iran");
  });

  it("the same sent straight to a subgraph: a coded 4xx, not HTTP 500", async () => {
    for (const url of [stack.urls.relations, stack.urls.corridors]) {
      const r = await postTo(url, `{"query":"{ __typename }","variables":{"v":${nested(40_000)}}}`);
      expect(r.status).toBe(400);
      expect(codes(r.body)).toEqual(["QUERY_TOO_COMPLEX"]);
    }
  });

  it("in GET's variables too", async () => {
    // 2,000 levels: under the URL's length limit, far over the depth bound.
    const url = `${stack.urls.gateway}?query=${encodeURIComponent("{ __typename }")}&variables=${encodeURIComponent(`{"v":${nested(2_000)}}`)}`;
    const res = await fetch(url, { headers: { "apollo-require-preflight": "1" } });
    expect(res.status).toBe(400);
    expect(codes(await res.json())).toEqual(["QUERY_TOO_COMPLEX"]);
  });

  it("JSON within the bound still works", async () => {
    // 40 levels of variables (undeclared ones are ignored): within the bound of 64.
    const r = await postTo(stack.urls.gateway, { query: "{ __typename }", variables: { v: JSON.parse(nested(40)) } });
    expect(r.status).toBe(200);
    expect(r.body.data).toEqual({ __typename: "Query" });
  });

  it("a deeply nested literal in the query text is a coded error at the gateway and in a subgraph", async () => {
    const query = `{ agreements(filter: { topics: ${nested(30_000)} }) { totalCount } }`;
    for (const url of [stack.urls.gateway, stack.urls.relations]) {
      const r = await postTo(url, { query });
      expect(r.status).toBeLessThan(500);
      expect(codes(r.body).length).toBeGreaterThan(0);
      expect(codes(r.body)).not.toContain("INTERNAL_SERVER_ERROR");
    }
  });
});

describe("automatic persisted queries", () => {
  const query = '{ country(code: "IR") { name } }';
  const sha = createHash("sha256").update(query).digest("hex");

  it("an unknown hash answers PERSISTED_QUERY_NOT_FOUND, which Apollo's link waits for before it sends the full query", async () => {
    const unknown = createHash("sha256").update(`${query} # ${Math.random()}`).digest("hex");
    const r = await postTo(stack.urls.gateway, { extensions: { persistedQuery: { version: 1, sha256Hash: unknown } } });
    expect(codes(r.body)).toEqual(["PERSISTED_QUERY_NOT_FOUND"]);
    // Then the link sends query and hash together, and the hash alone works from then on.
    const registered = await postTo(stack.urls.gateway, { query, extensions: { persistedQuery: { version: 1, sha256Hash: sha } } });
    expect(registered.body.data.country.name).toBe("Iran");
    const byHash = await postTo(stack.urls.gateway, { extensions: { persistedQuery: { version: 1, sha256Hash: sha } } });
    expect(byHash.body.data.country.name).toBe("Iran");
  });

  it("a version other than 1, or a hash that does not match the query, is BAD_USER_INPUT", async () => {
    const v2 = await postTo(stack.urls.gateway, { query, extensions: { persistedQuery: { version: 2, sha256Hash: sha } } });
    expect(codes(v2.body)).toEqual(["BAD_USER_INPUT"]);
    expect(v2.body.errors[0].message).toMatch(/version/i);
    const mismatch = await postTo(stack.urls.gateway, { query, extensions: { persistedQuery: { version: 1, sha256Hash: "0".repeat(64) } } });
    expect(codes(mismatch.body)).toEqual(["BAD_USER_INPUT"]);
  });
});

describe("_entities", () => {
  const ask = (url: string, representations: unknown[]) =>
    postTo(url, { query: "query($r: [_Any!]!) { _entities(representations: $r) { __typename } }", variables: { r: representations } });

  it("a typename that is not an entity of the subgraph, or no typename, is BAD_USER_INPUT naming the index", async () => {
    for (const rep of [{ __typename: "Nope", code: "IR" }, { __typename: "Query" }, { __typename: "PageInfo" }, { code: "IR" }, "IR", null]) {
      const r = await ask(stack.urls.relations, [{ __typename: "Country", code: "IR" }, rep]);
      expect(r.status, JSON.stringify(rep)).toBeLessThan(500);
      expect(codes(r.body), JSON.stringify(rep)).toEqual(["BAD_USER_INPUT"]);
      if (rep && typeof rep === "object") expect(r.body.errors[0].message).toContain("representations[1]");
    }
    // Good representations still resolve.
    const good = await ask(stack.urls.relations, [{ __typename: "Country", code: "IR" }]);
    expect(good.body.data._entities).toEqual([{ __typename: "Country" }]);
  });

  it("20,000 representations are refused by the subgraph's cost limit before any is resolved", async () => {
    const reps = Array.from({ length: 20_000 }, (_, i) => ({ __typename: "Country", code: i % 2 ? "IR" : "RU" }));
    const r = await postTo(stack.urls.relations, { query: "query($r: [_Any!]!) { _entities(representations: $r) { ... on Country { neighbours { code } } } }", variables: { r: reps } });
    expect(codes(r.body)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(r.body.errors[0].extensions.measured).toBeGreaterThan(r.body.errors[0].extensions.limit);
    expect(r.body.data).toBeUndefined();
  });
});

describe("the error formatter never throws", () => {
  it("importRelationsDataset(dataset: {}) written as a literal is BAD_USER_INPUT with its real cause", async () => {
    const r = await stack.post("mutation { importRelationsDataset(dataset: {}) { created } }", {}, { authorization: `Bearer ${admin}` });
    expect(codes(r.body)).toEqual(["BAD_USER_INPUT"]);
    expect(r.body.errors[0].message).not.toMatch(/flatMap|is not a function/);
  });

  it("whatever it is handed, it answers with a code, and logs what went wrong", () => {
    const logged: unknown[] = [];
    const log = pino({ level: "error" }, { write: (line: string) => void logged.push(JSON.parse(line)) });
    const format = createFormatError(log, false);
    for (const validationErrors of [5, "x", {}, { property: "a" }, [null], [{ children: 3 }], [{ property: "a", constraints: { x: "must be y" } }]]) {
      const out = format({ message: "Argument Validation Error", extensions: { code: "BAD_USER_INPUT", validationErrors } }, new Error("x"));
      expect(out.extensions?.code, JSON.stringify(validationErrors)).toBe("BAD_USER_INPUT");
    }
    // A formatted error whose fields throw when read: the formatter's own failure is logged, and the answer is coded.
    const hostile = new Proxy({ message: "boom" }, { get: (_t, p) => (p === "message" ? "boom" : p === "extensions" ? (() => { throw new Error("getter"); })() : undefined) });
    const out = format(hostile as never, new Error("cause"));
    expect(out.extensions?.code).toBe("INTERNAL_SERVER_ERROR");
    expect(JSON.stringify(logged)).toContain("the error formatter failed");
  });
});

describe("the per-key rate limit counts the key, not the header's spelling", () => {
  it("Bearer, bearer, BEARER and extra spaces share one budget", async () => {
    const { key } = await keyed.auth.create("overload-test-spelling", "editor" as never);
    try {
      const spellings = [`Bearer ${key}`, `bearer ${key}`, `BEARER   ${key}`, `  Bearer ${key}  `];
      const statuses: number[] = [];
      for (const authorization of spellings) statuses.push((await keyed.post('{ country(code: "IR") { name } }', {}, { authorization })).status);
      expect(statuses).toEqual([200, 200, 200, 429]);
    } finally {
      await keyed.auth.revoke(key.split("_")[1]);
    }
  });
});

describe("HTTP status per media type (GraphQL over HTTP)", () => {
  const failing = ["{ nope }", "{ country(code: ", `{ ${Array.from({ length: 16 }, (_, i) => `a${i}: __typename`).join(" ")} }`, '{ agreement(id: "x") { status(asOf: "2025-02-30") } }'];

  it("under application/json (and with no Accept), a well-formed request that fails is 200 with errors", async () => {
    for (const query of failing) {
      for (const accept of [undefined, "application/json"]) {
        const r = await postTo(stack.urls.gateway, { query }, accept ? { accept } : {});
        expect(r.status, `${query} ${accept}`).toBe(200);
        expect(r.headers.get("content-type")).toContain("application/json");
        expect(codes(r.body).length).toBeGreaterThan(0);
      }
    }
    // A subgraph too, so a router that drops non-2xx bodies still sees the code and message.
    const direct = await postTo(stack.urls.relations, { query: '{ agreement(id: "x") { status(asOf: "2025-02-30") } }' });
    expect(direct.status).toBe(200);
    expect(codes(direct.body)).toEqual(["BAD_USER_INPUT"]);
  });

  it("under application/graphql-response+json, request errors are 4xx", async () => {
    for (const query of failing.slice(0, 3)) {
      const r = await postTo(stack.urls.gateway, { query }, { accept: "application/graphql-response+json" });
      expect(r.status, query).toBe(400);
      expect(r.headers.get("content-type")).toContain("application/graphql-response+json");
    }
  });

  it("a request that is not well-formed keeps its 4xx under either", async () => {
    expect((await postTo(stack.urls.gateway, "{not json")).status).toBe(400);
    expect((await postTo(stack.urls.gateway, { variables: {} })).status).toBe(400);
  });
});

describe("admission: bounded work per process and per client", () => {
  /** The issue's operation: 15 aliases of a page of 100 countries, each with its neighbours. */
  const HEAVY = `{ ${Array.from({ length: 15 }, (_, i) => `x${i}: countries(first: 100) { nodes { code name officialName capital region neighbours { code name officialName capital } } }`).join(" ")} }`;
  const LIGHT = '{ country(code: "IR") { name } }';

  it("its cost reflects the size of its answer, within the limit set from that measure", async () => {
    const cost = listCostFor(apiSchema(), parse(HEAVY));
    const answer = await stack.post(HEAVY);
    expect(answer.body.errors).toBeUndefined();
    const bytes = JSON.stringify(answer.body).length;
    // Counted by leaves: 15 × 100 × (5 leaves + 5 neighbours × 4 leaves) = 37,500, plus each
    // object and page. About 14 bytes of JSON a unit, which is what LIMIT_MAX_COST's default of
    // 50,000 (~700 KB) was set from; the old estimate priced it at ~40,000 of 200,000.
    expect(cost).toBeGreaterThanOrEqual(37_500);
    expect(cost).toBeLessThan(45_000);
    expect(bytes / cost).toBeGreaterThan(5);
    expect(bytes / cost).toBeLessThan(30);
    // Two more leaves for each neighbour weigh 15 × 100 × 5 × 2 more: over the limit, refused before it runs.
    const over = await stack.post(HEAVY.replaceAll("neighbours { code name officialName capital }", "neighbours { code name officialName capital region subregion }"));
    expect(codes(over.body)).toEqual(["QUERY_TOO_COMPLEX"]);
    expect(over.body.errors[0].extensions.limit).toBe(50_000);
  });

  it("one client runs one such operation at a time: the rest get 429 with Retry-After, and its light queries are still answered", async () => {
    const client = { "x-forwarded-for": "203.0.113.7" };
    const heavy = Array.from({ length: 6 }, () => postTo(tight.urls.gateway, { query: HEAVY }, client));
    const light = Array.from({ length: 5 }, () => postTo(tight.urls.gateway, { query: LIGHT }, client));
    const answers = await Promise.all(heavy);
    for (const a of answers) {
      expect([200, 429]).toContain(a.status);
      if (a.status === 200) expect(a.body.data.x14.nodes.length).toBe(100);
      else {
        expect(codes(a.body)).toEqual(["RATE_LIMITED"]);
        expect(a.headers.get("retry-after")).toMatch(/^\d+$/);
      }
    }
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(answers.filter((a) => a.status === 429).length).toBeGreaterThanOrEqual(1);
    for (const l of await Promise.all(light)) expect(l.body.data.country.name).toBe("Iran");
  });

  it("many clients at once: past the process's budget and its queue, a fast 503 with Retry-After", async () => {
    const heavy = Array.from({ length: 8 }, (_, i) => postTo(tight.urls.gateway, { query: HEAVY }, { "x-forwarded-for": `198.51.100.${i + 1}` }));
    const light = postTo(tight.urls.gateway, { query: LIGHT }, { "x-forwarded-for": "198.51.100.200" });
    const answers = await Promise.all(heavy);
    for (const a of answers) {
      expect([200, 503]).toContain(a.status);
      if (a.status === 503) {
        expect(codes(a.body)).toEqual(["SERVICE_UNAVAILABLE"]);
        expect(a.headers.get("retry-after")).toMatch(/^\d+$/);
      }
    }
    expect(answers.filter((a) => a.status === 200).length).toBeGreaterThanOrEqual(1);
    expect(answers.filter((a) => a.status === 503).length).toBeGreaterThanOrEqual(1);
    expect((await light).body.data.country.name).toBe("Iran");
  });

  it("a burst from one client is counted as it arrives: one runs, the rest get 429 at once, even while the per-window budget is consulted", async () => {
    const admission = new Admission({
      maxCostInFlight: 200_000,
      maxCostPerClient: 50_000,
      maxQueued: 64,
      queueTimeoutMs: 1000,
      lightCost: 200,
      maxLightInFlight: 256,
      heapFraction: 0.99,
      costPerWindow: 1_000_000_000,
      windowSeconds: 60,
    });
    const burst = await Promise.allSettled(Array.from({ length: 5 }, () => admission.admit(39_315, "198.51.100.99")));
    const admitted = burst.filter((b) => b.status === "fulfilled");
    expect(admitted.length).toBe(1);
    for (const b of burst.filter((x) => x.status === "rejected")) expect((b as PromiseRejectedResult).reason.extensions.code).toBe("RATE_LIMITED");
    // Released, the client may run again; light operations never waited.
    (admitted[0] as PromiseFulfilledResult<() => void>).value();
    const again = await admission.admit(39_315, "198.51.100.99");
    again();
    (await admission.admit(10, "198.51.100.99"))();
  });
});
