import { readFileSync } from "node:fs";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { agreementIdOf, type AgreementRow, type PartyRow } from "../../src/seed/manytreaties/ggo.js";
import { vendoredFiles } from "../../src/seed/manytreaties/import.js";
import { startTestApp, type TestApp } from "../support/app.js";

/**
 * The manytreaties GGO data as the graph serves it, checked against rows drawn from the vendored
 * files (data/manytreaties/*.csv.gz), odd ones included. The seeded template every test file copies holds it.
 */
const files = vendoredFiles();
const read = <T>(file: string): T[] => parse(gunzipSync(readFileSync(file)), { columns: true, bom: true }) as T[];
const agreements = read<AgreementRow>(files.agreements);
const parties = read<PartyRow>(files.parties);
const counts = new Map<string, number>();
for (const a of agreements) counts.set(a.treatyID, (counts.get(a.treatyID) ?? 0) + 1);
const partyTreaties = new Set(parties.map((p) => p.treatyID));
const idOf = (a: { treatyID: string; Title: string; Signature: string }) => agreementIdOf(a.treatyID, (counts.get(a.treatyID) ?? 0) > 1, a.Title, a.Signature);
/** The first agreement row, with a unique treatyID and party rows, that matches. */
const row = (f: (a: AgreementRow) => boolean) => {
  const found = agreements.find((a) => counts.get(a.treatyID) === 1 && partyTreaties.has(a.treatyID) && !a.treatyID.includes(":") && f(a));
  if (!found) throw new Error("no such row in the vendored file");
  return found;
};

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("relations");
});
afterAll(() => t?.close());

const AGREEMENT = `query($id: ID!) { agreement(id: $id) {
  id title treatyId kind signedOn signedOnPrecision signedOnCertainty signedOnUntil enteredIntoForceOn endedOn termEndsOn notes ambit
  sources { id } claims { field value preferred note source { id } }
  parties { id country { code kind } signedOn signedOnPrecision enteredIntoForceOn endedOn notes claims { field value note } ratification { completedOn stages { date outcome completesRatification } } }
} }`;
const agreement = async (id: string) => {
  const { data, errors } = await t.run(AGREEMENT, { id });
  expect(errors).toBeUndefined();
  expect(data.agreement, `agreement ${id}`).not.toBeNull();
  return data.agreement;
};

describe("the manytreaties GGO data", () => {
  it("has every agreement of the files, with the dataset's Source, citation and licence", async () => {
    const { data } = await t.run(`{ agreements { totalCount } source(id: "manytreaties-ggo") { title publisher url excerpt } }`);
    // 4,532 rows of the agreements file plus the party-only treaties, plus the 3 curated agreements.
    expect(data.agreements.totalCount).toBeGreaterThan(4532 + 300);
    expect(data.source.excerpt).toMatch(/CC BY 4\.0/);
    expect(data.source.excerpt).toMatch(/Hollway, James, and Jael Tan/);
  });

  it("gives Iran and Russia some 350 shared agreements, from 1921 to the curated 2025 treaty", async () => {
    const { data, errors } = await t.run(`{
      all: agreements(filter: { parties: ["IR", "RU"] }, first: 100) { totalCount }
      old: agreements(filter: { parties: ["IR", "RU"], signedTo: "1930-12-31" }, orderBy: SIGNED_ON_ASC, first: 5) { nodes { id title signedOn } }
      curated: agreements(filter: { parties: ["IRN", "RUS"], signedFrom: "2000-01-01" }, orderBy: SIGNED_ON_ASC, first: 100) { nodes { id } }
      newest: agreements(filter: { parties: ["IR", "RU"] }, first: 1) { nodes { id } }
      rel: bilateralRelation(between: ["IR", "RU"]) { bilateral: agreements(bilateralOnly: true) { id } all: agreements { id } timeline(bilateralOnly: true) { id country { code } } }
      fr: country(code: "FR") { agreements { totalCount } relations { id } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.all.totalCount).toBeGreaterThanOrEqual(340);
    expect(data.all.totalCount).toBeLessThan(400);
    expect(data.old.nodes[0]).toMatchObject({ id: "ggo-irn-rus-1921a", signedOn: "1921-02-26" });
    expect(data.old.nodes[0].title).toMatch(/Friendship/);
    const ids = data.curated.nodes.map((n: any) => n.id);
    expect(ids).toEqual(expect.arrayContaining(["instc-agreement-2000", "ir-ru-basis-mutual-relations-2001"]));
    expect(data.newest.nodes[0].id).toBe("ir-ru-comprehensive-strategic-partnership-2025");
    expect(data.rel.all.length).toBe(data.all.totalCount);
    expect(data.rel.bilateral.length).toBeGreaterThanOrEqual(5);
    expect(data.rel.bilateral.length).toBeLessThan(data.rel.all.length);
    for (const e of data.rel.timeline) if (e.country) expect(["IR", "RU"]).toContain(e.country.code);
    expect(data.fr.agreements.totalCount).toBeGreaterThan(300);
    expect(data.fr.relations.length).toBeGreaterThan(150);
  });

  it("keeps a month-precision date, an uncertain one and a range, with the raw notation on a claim", async () => {
    const month = row((a) => /^\d{4}-\d{2}$/.test(a.Signature));
    const m = await agreement(idOf(month));
    expect(m).toMatchObject({ treatyId: month.treatyID, signedOn: `${month.Signature}-01`, signedOnPrecision: "MONTH", signedOnCertainty: "EXACT" });

    const unsure = row((a) => /^\d{4}-\d{2}-\d{2}\?$/.test(a.Signature));
    const u = await agreement(idOf(unsure));
    expect(u).toMatchObject({ signedOn: unsure.Signature.slice(0, 10), signedOnPrecision: "DAY", signedOnCertainty: "UNCERTAIN" });
    expect(u.claims).toContainEqual(expect.objectContaining({ field: "signedOn", value: unsure.Signature, preferred: true, source: { id: "manytreaties-ggo" } }));

    const range = row((a) => /^\d{4}-\d{2}\.\.\d{4}-\d{2}$/.test(a.Signature));
    const r = await agreement(idOf(range));
    const end = range.Signature.split("..")[1];
    expect(r.signedOn).toBe(`${range.Signature.slice(0, 7)}-01`);
    expect(r.signedOnUntil.slice(0, 7)).toBe(end);
    expect(r.claims).toContainEqual(expect.objectContaining({ field: "signedOn", value: range.Signature }));
  });

  it("reads 9999-12-31 as no date, and gives each party its own dates and ratification", async () => {
    const p = parties.find((x) => x.StateEnd === "9999-12-31" && counts.get(x.treatyID) === 1 && /^\d{4}-\d{2}-\d{2}$/.test(x.StateRatification) && /^[A-Z]{3}$/.test(x.stateID) && ["FRA", "DEU", "GBR", "ITA", "ESP", "NOR", "SWE"].includes(x.stateID))!;
    const code = { FRA: "FR", DEU: "DE", GBR: "GB", ITA: "IT", ESP: "ES", NOR: "NO", SWE: "SE" }[p.stateID as "FRA"];
    const a = await agreement(idOf(agreements.find((x) => x.treatyID === p.treatyID)!));
    const party = a.parties.find((x: any) => x.country.code === code);
    expect(party.endedOn).toBeNull();
    expect(party.ratification.completedOn).toBe(p.StateRatification);
    expect(party.ratification.stages).toEqual([{ date: p.StateRatification, outcome: "APPROVED", completesRatification: true }]);
    const { data } = await t.run(`query($id: ID!) { agreement(id: $id) { parties { country { code } before: status(asOf: "1000-01-01") now: status } } }`, { id: a.id });
    const st = data.agreement.parties.find((x: any) => x.country.code === code);
    expect(st.before).toBe("NOT_YET_SIGNED");
  });

  it("makes organisations and former states parties, as Country records with a kind", async () => {
    const eu = parties.find((x) => x.stateID === "EUE" && counts.get(x.treatyID) === 1)!;
    const a = await agreement(idOf(agreements.find((x) => x.treatyID === eu.treatyID)!));
    expect(a.parties.map((p: any) => p.country)).toContainEqual({ code: "ORG-EU", kind: "ORGANIZATION" });

    const yug = parties.find((x) => x.stateID === "YUG" && counts.get(x.treatyID) === 1)!;
    const b = await agreement(idOf(agreements.find((x) => x.treatyID === yug.treatyID)!));
    expect(b.parties.map((p: any) => p.country)).toContainEqual({ code: "YUCS", kind: "FORMER_STATE" });

    const { data } = await t.run(`{
      yug: country(code: "YUG") { code name kind existedTo }
      eu: country(code: "org-eu") { code kind agreements { totalCount } }
      states: countries { totalCount }
      former: countries(filter: { kinds: [FORMER_STATE] }, first: 100) { nodes { code } }
    }`);
    expect(data.yug).toMatchObject({ code: "YUCS", kind: "FORMER_STATE", name: "Yugoslavia" });
    expect(data.eu.agreements.totalCount).toBeGreaterThan(10);
    expect(data.states.totalCount).toBe(249);
    expect(data.former.nodes.map((n: any) => n.code)).toEqual(expect.arrayContaining(["CSHH", "DDDE", "YUCS"]));
  });

  it("gives each agreement of a repeated treatyID its own stable id", async () => {
    const rows = agreements.filter((a) => a.treatyID === "IRN-RUS_1935A");
    expect(rows.length).toBeGreaterThan(1);
    const ids = rows.map(idOf);
    expect(new Set(ids).size).toBe(rows.length);
    for (const [i, id] of ids.entries()) {
      expect(id).toMatch(/^ggo-irn-rus-1935a-[0-9a-f]{6}$/);
      expect((await agreement(id)).title).toBe(rows[i].Title);
    }
  });

  it("infers the parties of an agreement without party rows from its treatyID, and says so", async () => {
    const lone = agreements.find((a) => counts.get(a.treatyID) === 1 && !partyTreaties.has(a.treatyID) && /^(FRA|GBR|DEU|USA)-[A-Z]{3}_/.test(a.treatyID) && !a.treatyID.includes(":"))!;
    const a = await agreement(idOf(lone));
    expect(a.parties.length).toBe(2);
    for (const p of a.parties) expect(p.claims).toContainEqual(expect.objectContaining({ field: "country", note: expect.stringMatching(/Inferred from the codes in the treatyID/) }));
  });

  it("builds a party-only treaty from its party rows' treaty columns", async () => {
    const agreementIds = new Set(agreements.map((a) => a.treatyID));
    const p = parties.find((x) => !agreementIds.has(x.treatyID) && !x.treatyID.includes(":"))!;
    const same = parties.filter((x) => x.treatyID === p.treatyID);
    const distinct = new Set(same.map((x) => `${x.Title}\u0000${x.Signature}`));
    const id = agreementIdOf(p.treatyID, distinct.size > 1, p.Title.trim(), p.Signature.trim());
    const a = await agreement(id);
    expect(a.title).toBe(p.Title.trim());
    expect(a.notes).toMatch(/built from the treaty columns of its party rows/);
    expect(a.parties.length).toBeGreaterThan(0);
  });

  it("links a protocol or amendment to its parent, both ways", async () => {
    const child = agreements.find((a) => a.treatyID === "IRN-RUS_1970P:IRN-RUS_1954A") ?? agreements.find((a) => a.treatyID.includes(":") && counts.get(a.treatyID) === 1 && counts.get(a.treatyID.split(":")[1]) === 1)!;
    const { data } = await t.run(`query($id: ID!) { agreement(id: $id) { parent { id treatyId protocols { id } } } }`, { id: idOf(child) });
    expect(data.agreement.parent.treatyId).toBe(child.treatyID.split(":").slice(1).join(":"));
    expect(data.agreement.parent.protocols.map((p: any) => p.id)).toContain(idOf(child));
  });
});
