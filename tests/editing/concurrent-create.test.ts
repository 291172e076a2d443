import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { Role } from "../../src/auth/api-key.entity.js";
import { startTestApp, type TestApp } from "../support/app.js";

/**
 * Many identical creates at once, through the real server pipeline on a pool of several
 * connections: all of them pass the existence check before any commits, so every loser's INSERT
 * meets the winner's row (PostgreSQL 23505). Each loser must get the same BAD_USER_INPUT
 * "already exists" the check gives, never INTERNAL_SERVER_ERROR, and exactly one row (and one
 * CREATE audit entry) must be left. On embedded PGlite there is one connection, so the creates
 * run one after another and only the check answers: the outcome must be the same.
 */
const RACERS = 20;
const KEY_NAME = "test concurrent-create editor";
const SOURCE = "irna-2000-09-12-instc-agreement-signed";
const AGREEMENT = "instc-agreement-2000";

let relations: TestApp;
let corridors: TestApp;
let editor: string;

beforeAll(async () => {
  const poolMax = inject("embedded") ? 1 : 10;
  relations = await startTestApp("relations", { poolMax });
  corridors = await startTestApp("corridors", { poolMax });
  editor = `Bearer ${(await relations.auth.create(KEY_NAME, Role.EDITOR)).key}`;
});

afterAll(async () => {
  await relations?.close();
  await corridors?.close();
});

/** Fires RACERS copies of one create at once; returns every answer. */
async function race(t: TestApp, query: string, variables: Record<string, unknown>) {
  return Promise.all(Array.from({ length: RACERS }, () => t.run(query, variables, editor)));
}

function expectOneWinner(answers: { data?: any; errors?: any[] }[], field: string, id: string) {
  const won = answers.filter((a) => !a.errors && a.data?.[field]);
  const lost = answers.filter((a) => a.errors);
  expect(won, "exactly one create succeeds").toHaveLength(1);
  expect(lost).toHaveLength(RACERS - 1);
  for (const a of lost) {
    expect(a.errors, JSON.stringify(a.errors)).toHaveLength(1);
    expect(a.errors![0].extensions.code, a.errors![0].message).toBe("BAD_USER_INPUT");
    expect(a.errors![0].message).toMatch(/already exists/);
    expect(a.errors![0].message).toContain(`"${id}"`);
  }
  // The check's answer and a lost race's are one and the same message.
  expect(new Set(lost.map((a) => a.errors![0].message)).size).toBe(1);
}

async function rows(t: TestApp, sql: string, id: string): Promise<number> {
  return (await t.app.dataSource.query(sql, [id]))[0].n;
}

describe(`${RACERS} concurrent creates of one id`, () => {
  it("createTopic: one topic, the rest BAD_USER_INPUT already exists", async () => {
    const answers = await race(relations, `mutation($i: CreateTopicInput!) { createTopic(input: $i) { code } }`, { i: { code: "test-race-topic", name: "Race" } });
    expectOneWinner(answers, "createTopic", "test-race-topic");
    expect(await rows(relations, `SELECT count(*)::int AS n FROM relations.topic WHERE code = $1`, "test-race-topic")).toBe(1);
    expect(await rows(relations, `SELECT count(*)::int AS n FROM relations.audit_entry WHERE record_id = $1 AND operation = 'CREATE'`, "test-race-topic")).toBe(1);
  });

  it("createSource: one source, the rest BAD_USER_INPUT already exists", async () => {
    const answers = await race(relations, `mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }`, {
      i: { id: "test-race-source", title: "Race", publisher: "Test", publishedOn: "2025-01-01" },
    });
    expectOneWinner(answers, "createSource", "test-race-source");
    expect(await rows(relations, `SELECT count(*)::int AS n FROM relations.source WHERE id = $1`, "test-race-source")).toBe(1);
    expect(await rows(relations, `SELECT count(*)::int AS n FROM relations.audit_entry WHERE record_id = $1 AND operation = 'CREATE'`, "test-race-source")).toBe(1);
  });

  it("createRatificationStage: one stage, the rest BAD_USER_INPUT already exists", async () => {
    const answers = await race(relations, `mutation($i: CreateRatificationStageInput!) { createRatificationStage(input: $i) { id } }`, {
      i: { id: "test-race-stage", agreementId: AGREEMENT, country: "IN", body: "Race", kind: "OTHER", date: "2001-05-01", outcome: "APPROVED", sourceIds: [SOURCE] },
    });
    expectOneWinner(answers, "createRatificationStage", "test-race-stage");
    expect(await rows(relations, `SELECT count(*)::int AS n FROM relations.ratification_stage WHERE id = $1`, "test-race-stage")).toBe(1);
    expect(await rows(relations, `SELECT count(*)::int AS n FROM relations.ratification_stage_source WHERE stage_id = $1`, "test-race-stage")).toBe(1);
    expect(await rows(relations, `SELECT count(*)::int AS n FROM relations.audit_entry WHERE record_id = $1 AND operation = 'CREATE'`, "test-race-stage")).toBe(1);
  });

  it("createCorridor: one corridor, the rest BAD_USER_INPUT already exists", async () => {
    const answers = await race(corridors, `mutation($i: CreateCorridorInput!) { createCorridor(input: $i) { id } }`, { i: { id: "test-race-corridor", name: "Race" } });
    expectOneWinner(answers, "createCorridor", "test-race-corridor");
    expect(await rows(corridors, `SELECT count(*)::int AS n FROM corridors.trade_corridor WHERE id = $1`, "test-race-corridor")).toBe(1);
    expect(await rows(corridors, `SELECT count(*)::int AS n FROM corridors.audit_entry WHERE record_id = $1 AND operation = 'CREATE'`, "test-race-corridor")).toBe(1);
  });
});
