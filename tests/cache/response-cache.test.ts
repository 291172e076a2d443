import { afterAll, afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { Role } from "../../src/auth/api-key.entity.js";
import { executionCounts } from "../../src/graphql/compiled-execution.js";
import { startTestApp, type TestApp } from "../support/app.js";

/** The response cache with its default settings: on, generation in memory (one instance). */
let relations: TestApp;
let corridors: TestApp;
let editor: string;
let admin: string;

beforeAll(async () => {
  relations = await startTestApp("relations");
  corridors = await startTestApp("corridors");
  editor = `Bearer ${(await relations.auth.create("test cache editor", Role.EDITOR)).key}`;
  admin = `Bearer ${(await relations.auth.create("test cache admin", Role.ADMIN)).key}`;
});
afterAll(async () => {
  await relations?.close();
  await corridors?.close();
});
afterEach(() => {
  vi.useRealTimers();
});

/** Runs an operation and returns its result and how many SQL statements it sent. */
async function counted(t: TestApp, query: string, variables?: Record<string, unknown>, authorization?: string) {
  const before = t.app.sql.statements;
  const result = await t.run(query, variables, authorization);
  return { ...result, statements: t.app.sql.statements - before };
}

const SOURCE = `query($id: ID!) { source(id: $id) { id title version } }`;

describe("response cache (in memory)", () => {
  it("answers a repeated read from the cache: no SQL statement at all", async () => {
    const q = `{ country(code: "IR") { name neighbours { code } } agreements(first: 5) { totalCount nodes { id parties { country { code } } } } }`;
    const first = await counted(relations, q);
    expect(first.errors).toBeUndefined();
    expect(first.statements).toBeGreaterThan(0);
    const hits = relations.app.cache.stats.hits;
    const second = await counted(relations, q);
    expect(second.statements).toBe(0);
    expect(second.data).toEqual(first.data);
    expect(relations.app.cache.stats.hits).toBe(hits + 1);
    // Other variables are another key.
    const other = await counted(relations, SOURCE, { id: "tehran-times-2025-04-21-putin-ratifies" });
    expect(other.statements).toBeGreaterThan(0);
  });

  it("serves a read after a mutation fresh, not from the cache", async () => {
    const created = await relations.run(`mutation { createSource(input: { id: "test-cache-src", title: "v1", publisher: "Test Wire" }) { version } }`, undefined, editor);
    expect(created.errors).toBeUndefined();
    expect((await relations.run(SOURCE, { id: "test-cache-src" })).data!.source).toEqual({ id: "test-cache-src", title: "v1", version: 1 });
    expect((await counted(relations, SOURCE, { id: "test-cache-src" })).statements).toBe(0); // cached
    const updated = await relations.run(
      `mutation { updateSource(id: "test-cache-src", expectedVersion: 1, input: { title: "v2" }) { version } }`, undefined, editor);
    expect(updated.errors).toBeUndefined();
    const after = await counted(relations, SOURCE, { id: "test-cache-src" });
    expect(after.data!.source).toEqual({ id: "test-cache-src", title: "v2", version: 2 });
    expect(after.statements).toBeGreaterThan(0);
  });

  it("does the same in the corridors subgraph", async () => {
    const created = await corridors.run(`mutation { createCorridor(input: { id: "test-cache-corridor", name: "v1" }) { version } }`, undefined, editor);
    expect(created.errors).toBeUndefined();
    const q = `{ corridor(id: "test-cache-corridor") { name version } }`;
    expect((await corridors.run(q)).data!.corridor).toEqual({ name: "v1", version: 1 });
    expect((await counted(corridors, q)).statements).toBe(0);
    const updated = await corridors.run(`mutation { updateCorridor(id: "test-cache-corridor", expectedVersion: 1, input: { name: "v2" }) { version } }`, undefined, editor);
    expect(updated.errors).toBeUndefined();
    expect((await corridors.run(q)).data!.corridor).toEqual({ name: "v2", version: 2 });
  });

  it("keys by role: an admin's cached audit log is never served to anonymous or editor callers", async () => {
    const log = `{ relationsAuditLog(recordId: "test-cache-src") { totalCount nodes { actor operation } } }`;
    const asAdmin = await relations.run(log, undefined, admin);
    expect(asAdmin.data!.relationsAuditLog.totalCount).toBe(2);
    expect((await counted(relations, log, undefined, admin)).statements).toBe(0); // cached for admins
    const anonymous = await relations.run(log);
    expect(anonymous.data).toBeNull();
    expect(anonymous.errors![0].extensions.code).toBe("UNAUTHENTICATED");
    const asEditor = await relations.run(log, undefined, editor);
    expect(asEditor.data).toBeNull();
    expect(asEditor.errors![0].extensions.code).toBe("FORBIDDEN");
    // A public read cached for an admin is a different entry for an anonymous reader.
    const pub = `{ sources(first: 3) { totalCount } }`;
    await relations.run(pub, undefined, admin);
    const planned = executionCounts(relations.app.schema)!.planned;
    expect((await counted(relations, pub)).statements).toBeGreaterThan(0);
    // That run was the document's second, answered by its plan without resolvers (src/graphql/planned-execution.ts),
    // and stored all the same.
    expect(executionCounts(relations.app.schema)!.planned).toBe(planned + 1);
    expect((await counted(relations, pub)).statements).toBe(0);
  });

  it("never caches a response with errors, nor a mutation", async () => {
    // The agreement is read (SQL), then its claims field refuses the argument.
    const partial = `{ agreement(id: "ir-ru-comprehensive-strategic-partnership-2025") { title claims(field: "nope") { value } } }`;
    const first = await counted(relations, partial);
    expect(first.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(first.statements).toBeGreaterThan(0);
    expect((await counted(relations, partial)).statements).toBe(first.statements);

    const bad = `mutation { updateSource(id: "test-cache-src", expectedVersion: 1, input: { title: "stale" }) { version } }`;
    const a = await counted(relations, bad, undefined, editor);
    const b = await counted(relations, bad, undefined, editor);
    expect(a.errors![0].extensions.code).toBe("CONFLICT");
    expect(b.errors![0].extensions.code).toBe("CONFLICT");
    expect(b.statements).toBeGreaterThan(0);
  });

  it("drops the responses stored under a generation once a newer one is seen, instead of keeping them to its bound", async () => {
    const iran = `{ country(code: "IR") { code name } }`;
    const russia = `{ country(code: "RU") { code name } }`;
    await relations.run(iran);
    await relations.run(russia);
    expect(relations.app.cache.size()).toBeGreaterThanOrEqual(2);
    // A committed write bumps the generation; the next read sees it, and the older entries go.
    await relations.app.cache.bump();
    const fresh = await counted(relations, iran);
    expect(fresh.statements).toBeGreaterThan(0);
    expect(relations.app.cache.size()).toBe(1);
    expect((await counted(relations, iran)).statements).toBe(0);
    expect((await counted(relations, russia)).statements).toBeGreaterThan(0);
    expect(relations.app.cache.size()).toBe(2);
  });

  it("does not serve yesterday's status after the UTC date changes", async () => {
    // Status without asOf uses today's UTC date; the Iran–Russia treaty entered into force on 2025-10-02.
    const q = `{ agreement(id: "ir-ru-comprehensive-strategic-partnership-2025") { status } }`;
    vi.useFakeTimers({ toFake: ["Date"] });
    vi.setSystemTime(new Date("2025-10-01T23:59:00Z"));
    expect((await relations.run(q)).data!.agreement.status).toBe("SIGNED");
    expect((await counted(relations, q)).statements).toBe(0);
    vi.setSystemTime(new Date("2025-10-02T00:01:00Z"));
    const next = await counted(relations, q);
    expect(next.data!.agreement.status).toBe("IN_FORCE");
    expect(next.statements).toBeGreaterThan(0);
  });
});
