import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../src/auth/api-key.entity.js";
import { startTestStack, type TestStack } from "../support/app.js";

let stack: TestStack;
let editor: Record<string, string>;
let admin: Record<string, string>;
const SRC = "irna-2000-09-12-instc-agreement-signed";

beforeAll(async () => {
  stack = await startTestStack();
  const auth = stack.auth;
  editor = { authorization: `Bearer ${(await auth.create("test corridor editor", Role.EDITOR)).key}` };
  admin = { authorization: `Bearer ${(await auth.create("test corridor admin", Role.ADMIN)).key}` };
});
afterAll(async () => {
  await stack?.close();
});

async function ok(query: string, headers = editor) {
  const res = await stack.post(query, undefined, headers);
  expect(res.body.errors, query).toBeUndefined();
  return res.body.data;
}

describe("editing corridors through the gateway", () => {
  it("refuses writes without a key, and with an editor key records a corridor, nodes, a segment and a route", async () => {
    const anon = await stack.post(`mutation { createCorridor(input: { id: "test-corridor", name: "Test" }) { id } }`);
    expect(anon.body.errors[0].extensions.code).toBe("UNAUTHENTICATED");
    await ok(`mutation { createCorridor(input: { id: "test-corridor", name: "Test corridor", sourceIds: ["${SRC}"] }) { id version } }`);
    await ok(`mutation { createCorridorNode(input: { id: "test-a", name: "A", kind: PORT, country: "IRN", latitude: 37, longitude: 49 }) { id } }`);
    await ok(`mutation { createCorridorNode(input: { id: "test-b", name: "B", kind: PORT, country: "RU", latitude: 46, longitude: 48 }) { id } }`);
    await ok(`mutation { addCorridorMember(input: { corridorId: "test-corridor", country: "IR", role: FOUNDER, since: "2020-01-01", sincePrecision: YEAR }) { id } }`);
    await ok(`mutation { createCorridorSegment(input: { id: "test-a--test-b--sea", corridorId: "test-corridor", fromNodeId: "test-a", toNodeId: "test-b", mode: SEA,
      status: UNDER_CONSTRUCTION, sourceIds: ["${SRC}"] }) { id lengthKm lengthIsEstimate } }`);
    for (const q of [
      `mutation { createCorridorNode(input: { id: "test-q", name: "Q", kind: PORT, country: "QQ", latitude: 1, longitude: 1 }) { id } }`,
      `mutation { addCorridorMember(input: { corridorId: "test-corridor", country: "QQQ", role: MEMBER }) { id } }`,
    ]) {
      const unknown = await stack.post(q, undefined, editor);
      expect(unknown.body.errors?.[0].extensions, q).toMatchObject({ code: "BAD_USER_INPUT", argument: "input.country" });
      expect(unknown.body.errors[0].message, q).toMatch(/no country with code "QQQ?"/);
    }
    await ok(`mutation { createCorridorRoute(input: { id: "test-route", corridorId: "test-corridor", name: "Test route", segmentIds: ["test-a--test-b--sea"] }) { id } }`);
    const data = await ok(`{ corridor(id: "test-corridor") { members { country { name } role since sincePrecision } routes { lengthKm segments { id } }
      segments { status sources { title } } } }`, {});
    expect(data.corridor.members).toEqual([{ country: { name: "Iran" }, role: "FOUNDER", since: "2020-01-01", sincePrecision: "YEAR" }]);
    expect(data.corridor.routes[0].segments).toEqual([{ id: "test-a--test-b--sea" }]);
    expect(data.corridor.routes[0].lengthKm).toBeGreaterThan(900);
    expect(data.corridor.segments[0].sources[0].title).toBeTruthy();
  });

  it("opens a segment with optimistic locking, and the path search sees it at once", async () => {
    const path = `{ corridorPath(from: "test-a", to: "test-b") { lengthKm } }`;
    expect((await ok(path, {})).corridorPath).toBeNull();
    await ok(`mutation { updateCorridorSegment(id: "test-a--test-b--sea", expectedVersion: 1, input: { status: OPERATIONAL, lengthKm: 1100 }) { version } }`);
    expect((await ok(path, {})).corridorPath.lengthKm).toBe(1100);
    const stale = await stack.post(`mutation { updateCorridorSegment(id: "test-a--test-b--sea", expectedVersion: 1, input: { status: PLANNED }) { id } }`, undefined, editor);
    expect(stale.body.errors[0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
  });

  it("keeps conflicting claims on a segment, with one preferred", async () => {
    const a = await ok(`mutation { createCorridorClaim(input: { recordType: "CorridorSegment", recordId: "test-a--test-b--sea", field: "lengthKm", value: "1100", sourceId: "${SRC}", preferred: true }) { id version preferred } }`);
    const b = await ok(`mutation { createCorridorClaim(input: { recordType: "CorridorSegment", recordId: "test-a--test-b--sea", field: "lengthKm", value: "1150", sourceId: "${SRC}", note: "older figure" }) { id version } }`);
    await ok(`mutation { setPreferredCorridorClaim(id: "${b.createCorridorClaim.id}", expectedVersion: 1) { preferred } }`);
    const claims = (await ok(`{ corridor(id: "test-corridor") { segments { claims(field: "lengthKm") { value preferred source { publisher } } } } }`, {})).corridor.segments[0].claims;
    expect(claims.filter((c: any) => c.preferred).map((c: any) => c.value)).toEqual(["1150"]);
    expect(claims).toHaveLength(2);
    const bad = await stack.post(`mutation { createCorridorClaim(input: { recordType: "CorridorSegment", recordId: "test-a--test-b--sea", field: "colour", value: "red", sourceId: "${SRC}" }) { id } }`, undefined, editor);
    expect(bad.body.errors[0].message).toMatch(/input\.field/);
    expect(a.createCorridorClaim.preferred).toBe(true);
  });

  it("refuses to delete a node a segment uses unless cascade, and shows every write to admins only", async () => {
    const refused = await stack.post(`mutation { deleteCorridorNode(id: "test-a", expectedVersion: 1) { id } }`, undefined, editor);
    expect(refused.body.errors[0].message).toMatch(/segment/);
    const forbidden = await stack.post(`{ corridorsAuditLog { totalCount } }`, undefined, editor);
    expect(forbidden.body.errors[0].extensions.code).toBe("FORBIDDEN");
    const log = await ok(`{ corridorsAuditLog(actor: "test corridor editor", first: 100) { totalCount nodes { operation recordType } } }`, admin);
    expect(log.corridorsAuditLog.totalCount).toBeGreaterThanOrEqual(8);
    expect(log.corridorsAuditLog.nodes.map((n: any) => n.recordType)).toEqual(expect.arrayContaining(["TradeCorridor", "CorridorNode", "CorridorSegment", "CorridorRoute", "Claim"]));
    await ok(`mutation { deleteCorridor(id: "test-corridor", expectedVersion: 1, cascade: true) { id } }`);
    await ok(`mutation { deleteCorridorNode(id: "test-a", expectedVersion: 1) { id } }`);
  });
});
