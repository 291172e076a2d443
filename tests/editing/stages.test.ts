import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../src/auth/api-key.entity.js";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
let editor: string;
const AGREEMENT = "instc-agreement-2000";
const SOURCE = "irna-2000-09-12-instc-agreement-signed";

beforeAll(async () => {
  t = await startTestApp("relations");
  editor = `Bearer ${(await t.auth.create("test stage editor", Role.EDITOR)).key}`;
});
afterAll(async () => {
  await t?.close();
});

const CREATE = `mutation($input: CreateRatificationStageInput!) { createRatificationStage(input: $input) { id body date datePrecision version sources { id } } }`;
const stagesOf = async (code: string) =>
  (await t.run(`{ agreement(id: "${AGREEMENT}") { parties { country { code } ratification { status(asOf: "2001-06-01") stages { id date } } } } }`)).data.agreement.parties.find(
    (p: any) => p.country.code === code,
  ).ratification;

describe("recording a ratification stage", () => {
  it("adds it to the party's stages, where status and the timeline see it", async () => {
    const input = { id: "test-stage-in-1", agreementId: AGREEMENT, country: "IND", body: "Test body", kind: "LEGISLATURE", date: "2001-05-01", outcome: "APPROVED", sourceIds: [SOURCE] };
    const { data, errors } = await t.run(CREATE, { input }, editor);
    expect(errors).toBeUndefined();
    expect(data.createRatificationStage).toMatchObject({ id: "test-stage-in-1", date: "2001-05-01", datePrecision: "DAY", version: 1, sources: [{ id: SOURCE }] });
    const india = await stagesOf("IN");
    expect(india.stages.map((s: any) => s.id)).toEqual(["test-stage-in-1"]);
    expect(india.status).toBe("IN_PROGRESS");
    const timeline = (await t.run(`{ agreement(id: "${AGREEMENT}") { timeline { id kind } } }`)).data.agreement.timeline;
    expect(timeline).toContainEqual({ id: "test-stage-in-1", kind: "RATIFICATION_STAGE" });
  });

  it("updates it with optimistic locking and deletes it", async () => {
    const upd = await t.run(`mutation { updateRatificationStage(id: "test-stage-in-1", expectedVersion: 1, input: { votesFor: 300, votesAgainst: 10, votesPresent: 320 }) { votesFor version } }`, undefined, editor);
    expect(upd.data.updateRatificationStage).toEqual({ votesFor: 300, version: 2 });
    const stale = await t.run(`mutation { updateRatificationStage(id: "test-stage-in-1", expectedVersion: 1, input: { votesFor: 1 }) { id } }`, undefined, editor);
    expect(stale.errors![0].extensions).toMatchObject({ code: "CONFLICT", currentVersion: 2 });
    const del = await t.run(`mutation { deleteRatificationStage(id: "test-stage-in-1", expectedVersion: 2) { id votesFor } }`, undefined, editor);
    expect(del.data.deleteRatificationStage).toEqual({ id: "test-stage-in-1", votesFor: 300 });
    expect((await stagesOf("IN")).stages).toEqual([]);
  });

  it.each([
    [{ country: "FR" }, "input.country", /not a party/],
    [{ country: "QQ" }, "input.country", /no country/],
    [{ agreementId: "nope" }, "input.agreementId", /no agreement/],
    [{ sourceIds: ["no-such-source"] }, "input.sourceIds", /no-such-source/],
    [{ votesFor: 10, votesAgainst: 5, votesPresent: 12 }, "input.votesPresent", /at least/],
    [{ date: "1999-01-01" }, "input.date", /signature/],
    [{ votesFor: -1 }, "votesFor", /must not be less than 0/],
    [{ sourceIds: [] }, "sourceIds", /at least 1/],
  ])("refuses %j, naming %s", async (change, field, message) => {
    const input = { id: "test-stage-bad", agreementId: AGREEMENT, country: "IN", body: "b", kind: "OTHER", date: "2001-05-01", outcome: "APPROVED", sourceIds: [SOURCE], ...change };
    const { errors } = await t.run(CREATE, { input }, editor);
    expect(errors![0].extensions.code).toBe("BAD_USER_INPUT");
    expect(errors![0].message).toContain(field);
    expect(errors![0].message).toMatch(message);
    const [{ n }] = await t.app.dataSource.query(`SELECT count(*)::int AS n FROM relations.ratification_stage WHERE id = 'test-stage-bad'`);
    expect(n).toBe(0);
  });
});
