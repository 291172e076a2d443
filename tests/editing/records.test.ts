import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../src/auth/api-key.entity.js";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
let editor: string;
beforeAll(async () => {
  t = await startTestApp("relations");
  editor = `Bearer ${(await t.auth.create("test records editor", Role.EDITOR)).key}`;
});
afterAll(async () => {
  await t?.close();
});

const run = (q: string, v?: Record<string, unknown>) => t.run(q, v, editor);
const ok = (q: string, v?: Record<string, unknown>) => t.data(q, v, editor);

describe("topics", () => {
  it("are created, renamed with optimistic locking, and deleted only when unused or with cascade", async () => {
    expect((await ok(`mutation { createTopic(input: { code: "test-water", name: "Water" }) { code name version } }`)).createTopic).toEqual({ code: "test-water", name: "Water", version: 1 });
    expect((await ok(`mutation { updateTopic(code: "test-water", expectedVersion: 1, input: { name: "Water resources" }) { name version } }`)).updateTopic).toEqual({ name: "Water resources", version: 2 });
    const stale = await run(`mutation { updateTopic(code: "test-water", expectedVersion: 1, input: { name: "x" }) { name } }`);
    expect(stale.errors![0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const used = await run(`mutation { deleteTopic(code: "energy", expectedVersion: 1) { code } }`);
    expect(used.errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(used.errors![0].message).toMatch(/agreement link/);
    expect((await ok(`mutation { deleteTopic(code: "test-water", expectedVersion: 2) { code } }`)).deleteTopic.code).toBe("test-water");
    expect((await t.run(`{ topic(code: "test-water") { code } }`)).data.topic).toBeNull();
  });
});

describe("agreements, parties, clauses, people, offices and statements", () => {
  it("records a new agreement end to end and answers it like the seeded ones", async () => {
    const SRC = "tehran-times-2025-04-21-putin-ratifies";
    await ok(`mutation { createAgreement(input: { id: "test-ag", title: "Test Memorandum on Water", kind: MEMORANDUM, signedOn: "2026-01-10",
      topicCodes: ["energy"], sourceIds: ["${SRC}"] }) { id version } }`);
    await ok(`mutation { addAgreementParty(input: { agreementId: "test-ag", country: "IRN" }) { id } }`);
    await ok(`mutation { addAgreementParty(input: { agreementId: "test-ag", country: "tr" }) { id } }`);
    await ok(`mutation { createClause(input: { id: "test-ag-art-1", agreementId: "test-ag", number: "1", summary: "Water sharing", topicCodes: ["energy"], sourceIds: ["${SRC}"] }) { id } }`);
    await ok(`mutation { createPerson(input: { id: "test-person", name: "Test Person" }) { id } }`);
    await ok(`mutation { createOffice(input: { id: "test-office", personId: "test-person", title: "Test Minister", country: "TUR", from: "2020-01-01", sourceIds: ["${SRC}"] }) { id } }`);
    await ok(`mutation { createStatement(input: { id: "test-statement", speakerId: "test-person", date: "2026-01-11", quote: "A fine memorandum.", sourceId: "${SRC}", agreementId: "test-ag" }) { id } }`);
    const data = await ok(`{ agreement(id: "test-ag") { isBilateral status(asOf: "2026-02-01") topics { code } sources { id } parties { id country { code } }
      clauses(topic: "energy") { number } timeline { kind } } person(id: "test-person") { offices { title country { code } fromPrecision } statements { quote } }
      relation: bilateralRelation(between: ["IR", "TR"]) { agreements { id } } }`);
    expect(data.agreement).toMatchObject({ isBilateral: true, topics: [{ code: "energy" }], sources: [{ id: SRC }], clauses: [{ number: "1" }] });
    expect(data.agreement.parties.map((p: any) => p.id)).toEqual(["test-ag:ir", "test-ag:tr"]);
    expect(data.agreement.timeline.map((e: any) => e.kind)).toEqual(["SIGNED", "STATEMENT"]);
    expect(data.person.offices).toEqual([{ title: "Test Minister", country: { code: "TR" }, fromPrecision: "DAY" }]);
    expect(data.relation.agreements.map((a: any) => a.id)).toContain("test-ag");
  });

  it("validates across fields and references, naming the field", async () => {
    const cases: [string, RegExp][] = [
      [`mutation { updateAgreement(id: "test-ag", expectedVersion: 1, input: { enteredIntoForceOn: "2025-01-01" }) { id } }`, /input\.enteredIntoForceOn.*signedOn/],
      [`mutation { updateAgreement(id: "test-ag", expectedVersion: 1, input: { topicCodes: ["no-such-topic"] }) { id } }`, /input\.topicCodes.*no-such-topic/],
      [`mutation { updateAgreement(id: "test-ag", expectedVersion: 1, input: { supersedesId: "test-ag" }) { id } }`, /supersede itself/],
      [`mutation { addAgreementParty(input: { agreementId: "test-ag", country: "QQ" }) { id } }`, /input\.country.*no country with code "QQ"/],
      [`mutation { createOffice(input: { id: "test-office-qq", personId: "test-person", title: "X", country: "QQQ" }) { id } }`, /input\.country.*no country with code "QQQ"/],
      [`mutation { addAgreementParty(input: { agreementId: "nope", country: "FR" }) { id } }`, /input\.agreementId/],
      [`mutation { createOffice(input: { id: "test-office-2", personId: "test-person", title: "X", from: "2020-01-01", to: "2019-01-01" }) { id } }`, /input\.to/],
      [`mutation { createStatement(input: { id: "test-st-2", speakerId: "nobody", quote: "q", sourceId: "nope" }) { id } }`, /input\.speakerId/],
      [`mutation { updateAgreement(id: "test-ag", expectedVersion: 1, input: { title: null }) { id } }`, /input\.title.*cleared/],
    ];
    for (const [q, message] of cases) {
      const { errors } = await run(q);
      expect(errors?.[0].extensions.code, q).toBe("BAD_USER_INPUT");
      expect(errors![0].message, q).toMatch(message);
    }
  });

  it("refuses deletes that would orphan records unless cascade, then cascades and audits", async () => {
    const refused = await run(`mutation { deleteAgreement(id: "test-ag", expectedVersion: 1) { id } }`);
    expect(refused.errors![0].message).toMatch(/party\(ies\)[\s\S]*clause\(s\)[\s\S]*statement/);
    const person = await run(`mutation { deletePerson(id: "test-person", expectedVersion: 1) { id } }`);
    expect(person.errors![0].message).toMatch(/office/);
    await ok(`mutation { deleteAgreement(id: "test-ag", expectedVersion: 1, cascade: true) { id } }`);
    const after = await ok(`{ agreement(id: "test-ag") { id } clause(id: "test-ag-art-1") { id } statement(id: "test-statement") { id agreementId: context } }`);
    expect(after.agreement).toBeNull();
    expect(after.clause).toBeNull();
    expect(after.statement).not.toBeNull(); // detached, not deleted
    await ok(`mutation { deletePerson(id: "test-person", expectedVersion: 1, cascade: true) { id } }`);
    expect((await t.run(`{ statement(id: "test-statement") { id } }`)).data.statement).toBeNull();
    const [{ n }] = await t.app.dataSource.query(`SELECT count(*)::int AS n FROM relations.audit_entry WHERE record_id IN ('test-ag', 'test-person') AND operation = 'DELETE'`);
    expect(n).toBe(2);
  });
});

describe("claims", () => {
  it("are added, preferred one at a time, changed and deleted, each write audited", async () => {
    const STAGE = "ir-ru-csp-2025-ru-president";
    const SRC = "tehran-times-2025-04-21-putin-ratifies";
    const a = (await ok(`mutation { createClaim(input: { recordType: "RatificationStage", recordId: "${STAGE}", field: "date", value: "2025-04-21", sourceId: "${SRC}", preferred: true }) { id version preferred } }`)).createClaim;
    const b = (await ok(`mutation { createClaim(input: { recordType: "RatificationStage", recordId: "${STAGE}", field: "date", value: "2025-04-20", sourceId: "${SRC}", note: "test: a day early" }) { id version } }`)).createClaim;
    expect(a.preferred).toBe(true);
    await ok(`mutation { setPreferredClaim(id: "${b.id}", expectedVersion: 1) { preferred version } }`);
    const claims = async () => (await t.run(`{ agreement(id: "ir-ru-comprehensive-strategic-partnership-2025") { parties { ratification { stages { id claims(field: "date") { id value preferred } } } } } }`))
      .data.agreement.parties.flatMap((p: any) => p.ratification.stages).find((s: any) => s.id === STAGE).claims;
    expect((await claims()).filter((c: any) => c.preferred).map((c: any) => c.id)).toEqual([b.id]);
    const bad = await run(`mutation { createClaim(input: { recordType: "Country", recordId: "IR", field: "name", value: "x", sourceId: "${SRC}" }) { id } }`);
    expect(bad.errors![0].message).toMatch(/input\.recordType/);
    await ok(`mutation { updateClaim(id: "${a.id}", expectedVersion: 2, input: { note: "test: demoted" }) { note } }`);
    await ok(`mutation { deleteClaim(id: "${a.id}", expectedVersion: 3) { id } }`);
    await ok(`mutation { deleteClaim(id: "${b.id}", expectedVersion: 2) { id } }`);
    expect((await claims()).map((c: any) => c.id)).not.toContain(a.id);
    const [{ n }] = await t.app.dataSource.query(`SELECT count(*)::int AS n FROM relations.audit_entry WHERE record_type = 'Claim' AND record_id IN ($1, $2)`, [a.id, b.id]);
    expect(n).toBe(7); // 2 creates, demote + promote, 1 update, 2 deletes
  });
});
