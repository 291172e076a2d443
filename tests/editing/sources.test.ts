import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Role } from "../../src/auth/api-key.entity.js";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
let editor: string;
let admin: string;
let revoked: string;
const bearer = (k: string) => `Bearer ${k}`;

beforeAll(async () => {
  // Concurrency is only meaningful with real connections; the embedded database serializes them.
  t = await startTestApp("relations", { poolMax: inject("embedded") ? 1 : 8 });
  editor = (await t.auth.create("test editor", Role.EDITOR)).key;
  admin = (await t.auth.create("test admin", Role.ADMIN)).key;
  const r = await t.auth.create("test revoked", Role.EDITOR);
  await t.auth.revoke(r.id);
  revoked = r.key;
});
afterAll(async () => {
  await t?.close();
});

const CREATE = `mutation($input: CreateSourceInput!) { createSource(input: $input) { id title publisher url version } }`;
const UPDATE = `mutation($id: ID!, $v: Int!, $input: SourcePatch!) { updateSource(id: $id, expectedVersion: $v, input: $input) { id title version } }`;
const auditCount = async (id: string) => (await t.app.dataSource.query(`SELECT count(*)::int AS n FROM relations.audit_entry WHERE record_id = $1`, [id]))[0].n;

describe("who may write", () => {
  it("refuses a mutation without a key as UNAUTHENTICATED, before looking at the input", async () => {
    const { errors } = await t.run(CREATE, { input: { id: "Not A Slug!", title: "", publisher: "" } });
    expect(errors![0].extensions.code).toBe("UNAUTHENTICATED");
  });

  it("refuses an unknown, malformed or revoked key as UNAUTHENTICATED", async () => {
    for (const auth of [bearer(revoked), bearer("rg_aaaaaaaaaaaa_" + "b".repeat(43)), "Basic abc", bearer("nope")]) {
      const { errors } = await t.run(CREATE, { input: { id: "test-x", title: "x", publisher: "x" } }, auth);
      expect(errors![0].extensions.code, auth).toBe("UNAUTHENTICATED");
    }
  });

  it("lets anyone read, editors write, and only admins read the audit log (FORBIDDEN otherwise)", async () => {
    expect((await t.run(`{ sources(first: 1) { totalCount } }`)).errors).toBeUndefined();
    const { errors } = await t.run(`{ relationsAuditLog { totalCount } }`, undefined, bearer(editor));
    expect(errors![0].extensions.code).toBe("FORBIDDEN");
    expect((await t.run(`{ relationsAuditLog { totalCount } }`, undefined, bearer(admin))).errors).toBeUndefined();
  });
});

describe("writing a source", () => {
  it("creates, audits, and shows it to readers", async () => {
    const { data, errors } = await t.run(CREATE, { input: { id: "test-src-1", title: "A test report", publisher: "Test Wire", url: "https://example.org/a" } }, bearer(editor));
    expect(errors).toBeUndefined();
    expect(data.createSource).toMatchObject({ id: "test-src-1", version: 1 });
    expect((await t.run(`{ source(id: "test-src-1") { title } }`)).data.source.title).toBe("A test report");
    const log = await t.run(`{ relationsAuditLog(recordId: "test-src-1") { nodes { actor operation recordType before after } } }`, undefined, bearer(admin));
    expect(log.data.relationsAuditLog.nodes).toEqual([
      expect.objectContaining({ actor: "test editor", operation: "CREATE", recordType: "Source", before: null, after: expect.objectContaining({ title: "A test report" }) }),
    ]);
  });

  it("names the bad field in a validation error, and writes nothing", async () => {
    const { errors } = await t.run(CREATE, { input: { id: "test-src-bad", title: "x", publisher: "y", url: "not a url", language: "english!!" } }, bearer(editor));
    expect(errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(errors![0].message).toMatch(/url/);
    expect(errors![0].message).toMatch(/language/);
    expect((await t.run(`{ source(id: "test-src-bad") { id } }`)).data.source).toBeNull();
    expect(await auditCount("test-src-bad")).toBe(0);
  });

  it("updates only with the current version; a stale one gets CONFLICT with the current version", async () => {
    await t.run(CREATE, { input: { id: "test-src-2", title: "v1", publisher: "p" } }, bearer(editor));
    const ok = await t.run(UPDATE, { id: "test-src-2", v: 1, input: { title: "v2" } }, bearer(editor));
    expect(ok.data.updateSource).toEqual({ id: "test-src-2", title: "v2", version: 2 });
    const stale = await t.run(UPDATE, { id: "test-src-2", v: 1, input: { title: "lost" } }, bearer(editor));
    expect(stale.errors![0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const missing = await t.run(UPDATE, { id: "test-nope", v: 1, input: { title: "x" } }, bearer(editor));
    expect(missing.errors![0].extensions.code).toBe("NOT_FOUND");
  });

  it("lets exactly one of N parallel updates with the same expectedVersion win, and loses none", async () => {
    await t.run(CREATE, { input: { id: "test-src-race", title: "start", publisher: "p" } }, bearer(editor));
    const N = 8;
    const results = await Promise.all(Array.from({ length: N }, (_, i) => t.run(UPDATE, { id: "test-src-race", v: 1, input: { title: `writer ${i}` } }, bearer(editor))));
    const winners = results.filter((r) => !r.errors);
    expect(winners).toHaveLength(1);
    expect(results.filter((r) => r.errors?.[0].extensions.code === "CONFLICT")).toHaveLength(N - 1);
    const now = (await t.run(`{ source(id: "test-src-race") { title version } }`)).data.source;
    expect(now).toEqual({ title: winners[0].data.updateSource.title, version: 2 });
    expect(await auditCount("test-src-race")).toBe(2); // the create and the one update
  });

  it("refuses to delete a cited source unless asked to cascade", async () => {
    const cited = "tehran-times-2025-04-21-putin-ratifies";
    const v = (await t.run(`{ source(id: "${cited}") { version } }`)).data.source.version;
    const { errors } = await t.run(`mutation { deleteSource(id: "${cited}", expectedVersion: ${v}) { id } }`, undefined, bearer(editor));
    expect(errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(errors![0].message).toMatch(/cascade/);
    expect((await t.run(`{ source(id: "${cited}") { id } }`)).data.source).not.toBeNull();
    await t.run(CREATE, { input: { id: "test-src-del", title: "t", publisher: "p" } }, bearer(editor));
    const del = await t.run(`mutation { deleteSource(id: "test-src-del", expectedVersion: 1) { id title } }`, undefined, bearer(editor));
    expect(del.data.deleteSource).toEqual({ id: "test-src-del", title: "t" });
    expect(await auditCount("test-src-del")).toBe(2);
  });

  it("leaves neither data nor an audit row when a write fails halfway", async () => {
    const ctx = await t.app.context({ authorization: bearer(editor) });
    const write = (ctx as any).services.writes;
    await expect(
      write.write(ctx, async (m: any, audit: any) => {
        await m.query(`INSERT INTO relations.source (id, title, publisher) VALUES ('test-src-half', 't', 'p')`);
        audit({ operation: "CREATE", recordType: "Source", recordId: "test-src-half", before: null, after: {} });
        throw new Error("failure after the insert");
      }),
    ).rejects.toThrow("failure after the insert");
    expect((await t.run(`{ source(id: "test-src-half") { id } }`)).data.source).toBeNull();
    expect(await auditCount("test-src-half")).toBe(0);
  });
});

describe("API keys", () => {
  it("are stored hashed, listed without the secret, and revocable", async () => {
    const { id, key } = await t.auth.create("test listing", Role.EDITOR);
    const rows: { hash: string }[] = await t.app.dataSource.query(`SELECT hash FROM auth.api_key WHERE id = $1`, [id]);
    expect(rows[0].hash).not.toContain(key);
    expect(rows[0].hash).toMatch(/^[0-9a-f]{64}$/);
    expect((await t.auth.authenticate(bearer(key))).kind).toBe("key");
    expect(await t.auth.revoke(id)).toBe(true);
    expect((await t.auth.authenticate(bearer(key))).kind).toBe("invalid");
    expect((await t.auth.list()).find((k) => k.id === id)?.revokedAt).toBeInstanceOf(Date);
  });
});
