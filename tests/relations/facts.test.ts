import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";

const TREATY = "ir-ru-comprehensive-strategic-partnership-2025";
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("relations");
});
afterAll(() => t?.close());

describe("the 2025 Iran–Russia treaty, as the seed dataset records it", () => {
  it("has its signature, term and structure, with every claim's source", async () => {
    const { data, errors } = await t.run(`{
      agreement(id: "${TREATY}") {
        title kind isBilateral relationshipLevel signedOn signedAt articleCount termYears renewal enteredIntoForceOn expiresOn
        alternativeTitles { language text }
        supersedes { id signedOn supersededBy { id } }
        parties { country { code } signatory { name } }
        renewalClaims: claims(field: "renewal") { value preferred note source { publisher } }
        eifClaims: claims(field: "enteredIntoForceOn") { value preferred source { publisher } }
        sources { id }
      }
    }`);
    expect(errors).toBeUndefined();
    const a = data.agreement;
    expect(a).toMatchObject({
      kind: "TREATY",
      isBilateral: true,
      relationshipLevel: "Comprehensive strategic partnership",
      signedOn: "2025-01-17",
      articleCount: 47,
      termYears: 20,
      enteredIntoForceOn: "2025-10-02",
      expiresOn: "2045-10-02",
    });
    expect(a.signedAt).toContain("Moscow");
    expect(a.alternativeTitles.map((x: any) => x.language).sort()).toEqual(expect.arrayContaining(["fa", "ru"]));
    expect(a.alternativeTitles.find((x: any) => x.language === "ru").text).toMatch(/Договор/);
    expect(a.supersedes.id).toBe("ir-ru-basis-mutual-relations-2001");
    expect(a.supersedes.supersededBy.id).toBe(TREATY);
    expect(a.parties.map((p: any) => [p.country.code, p.signatory.name])).toEqual([
      ["IR", "Masoud Pezeshkian"],
      ["RU", "Vladimir Putin"],
    ]);
    // Renewal: TASS (automatic) and the seed article (mutual consent) disagree; both are kept.
    const preferred = a.renewalClaims.filter((c: any) => c.preferred);
    expect(preferred).toHaveLength(1);
    expect(preferred[0].value).toBe(a.renewal);
    expect(preferred[0].note).toBeTruthy();
    expect(a.renewalClaims.some((c: any) => !c.preferred && /mutual consent/i.test(c.value) && c.source.publisher === "Tehran Times")).toBe(true);
    // Entry into force: 2 October preferred; Jalali's earlier claim kept beside it.
    expect(a.eifClaims.find((c: any) => c.preferred).value).toBe("2025-10-02");
    expect(a.eifClaims.some((c: any) => !c.preferred)).toBe(true);
    expect(a.sources.map((s: any) => s.id)).toContain("tehran-times-2025-04-21-putin-ratifies");
  });

  it("answers every ratification stage of both parties, with dates, votes and sources", async () => {
    const { data, errors } = await t.run(`{
      agreement(id: "${TREATY}") {
        parties { country { code } ratification { completedOn stages { body kind date outcome votesFor votesAgainst votesAbstaining sources { id } } } }
      }
    }`);
    expect(errors).toBeUndefined();
    const byCountry = Object.fromEntries(data.agreement.parties.map((p: any) => [p.country.code, p.ratification]));
    expect(byCountry.RU.stages.map((s: any) => [s.kind, s.date, s.outcome])).toEqual([
      ["LOWER_HOUSE", "2025-04-08", "APPROVED"],
      ["UPPER_HOUSE", "2025-04-16", "APPROVED"],
      ["HEAD_OF_STATE", "2025-04-21", "APPROVED"],
    ]);
    expect(byCountry.RU.completedOn).toBe("2025-04-21");
    expect(byCountry.IR.stages.map((s: any) => [s.kind, s.date])).toEqual([
      ["LEGISLATURE", "2025-05-21"],
      ["CONSTITUTIONAL_REVIEW", "2025-06-11"],
      ["HEAD_OF_STATE", null],
    ]);
    expect(byCountry.IR.stages[0]).toMatchObject({ votesFor: 192, votesAgainst: 5, votesAbstaining: 2 });
    expect(byCountry.IR.completedOn).toBeNull();
    for (const r of [byCountry.RU, byCountry.IR]) for (const s of r.stages) expect(s.sources.length).toBeGreaterThan(0);
  });

  it("keeps the disagreement on the State Duma date: 8 April preferred, the seed article's 7 April beside it", async () => {
    const { data } = await t.run(`{
      agreement(id: "${TREATY}") { parties { country { code } ratification { stages { kind date claims(field: "date") { value preferred note source { id publisher } } } } } }
    }`);
    const ru = data.agreement.parties.find((p: any) => p.country.code === "RU");
    const duma = ru.ratification.stages.find((s: any) => s.kind === "LOWER_HOUSE");
    expect(duma.date).toBe("2025-04-08");
    expect(duma.claims.filter((c: any) => c.preferred).map((c: any) => c.value)).toEqual(["2025-04-08"]);
    const seed = duma.claims.find((c: any) => c.source.id === "tehran-times-2025-04-21-putin-ratifies");
    expect(seed).toMatchObject({ value: "2025-04-07", preferred: false });
    expect(seed.note).toBeTruthy();
  });

  it("answers which clauses cover defense and energy", async () => {
    const { data, errors } = await t.run(`{
      agreement(id: "${TREATY}") {
        defense: clauses(topic: "defense") { number verified topics { code } sources { id } }
        energy: clauses(topic: "energy") { summary verified }
        all: clauses { number }
      }
      topic(code: "defense") { name clauses(first: 50) { totalCount nodes { agreement { id } } } }
    }`);
    expect(errors).toBeUndefined();
    const defense = data.agreement.defense;
    expect(defense.length).toBeGreaterThan(0);
    expect(defense.map((c: any) => c.number)).toContain("3");
    for (const c of defense) {
      expect(c.topics.map((x: any) => x.code)).toContain("defense");
      expect(c.sources.length).toBeGreaterThan(0);
    }
    expect(data.agreement.energy.length).toBeGreaterThan(0);
    expect(data.agreement.all.length).toBeGreaterThan(defense.length);
    expect(data.topic.clauses.totalCount).toBeGreaterThanOrEqual(defense.length);
  });

  it("records the statements of the seed article with their speakers and sources", async () => {
    const { data } = await t.run(`{
      people(search: "araghchi") { nodes { id name offices { title country { code } } statements { quote source { publisher publishedOn } } } }
    }`);
    const araghchi = data.people.nodes[0];
    expect(araghchi.name).toMatch(/Araghchi/);
    expect(araghchi.offices[0].country.code).toBe("IR");
    const quote = araghchi.statements.find((s: any) => s.quote.includes("never been this close or robust"));
    expect(quote.source).toEqual({ publisher: "Tehran Times", publishedOn: "2025-04-21" });
  });
});

describe("the other agreements and the countries", () => {
  it("has the 2001 predecessor with both signing dates as claims", async () => {
    const { data } = await t.run(`{ agreement(id: "ir-ru-basis-mutual-relations-2001") { signedOn termYears claims(field: "signedOn") { value preferred } } }`);
    expect(data.agreement.termYears).toBe(10);
    expect(data.agreement.claims.map((c: any) => c.value).sort()).toEqual(expect.arrayContaining(["2001-03-12", "2001-03-22"]));
    expect(data.agreement.claims.find((c: any) => c.preferred).value).toBe(data.agreement.signedOn);
  });

  it("has the INSTC founding agreement with its three founding parties", async () => {
    const { data } = await t.run(`{ agreement(id: "instc-agreement-2000") { signedOn enteredIntoForceOn isBilateral parties { country { code } } status(asOf: "2003-01-01") } }`);
    expect(data.agreement).toMatchObject({ signedOn: "2000-09-12", enteredIntoForceOn: "2002-05-16", isBilateral: false, status: "IN_FORCE" });
    expect(data.agreement.parties.map((p: any) => p.country.code)).toEqual(["IN", "IR", "RU"]);
  });

  it("has every ISO 3166-1 country, looked up by either code in any case", async () => {
    const { data } = await t.run(`{
      countries(first: 1) { totalCount }
      a: country(code: "ir") { code iso3 name officialName region capital neighbours { code } }
      b: country(code: "RUS") { code }
      c: country(code: "QQ") { code }
    }`);
    expect(data.countries.totalCount).toBe(249);
    expect(data.a).toMatchObject({ code: "IR", iso3: "IRN", name: "Iran", region: "Asia", capital: "Tehran" });
    expect(data.a.neighbours.map((n: any) => n.code)).toEqual(expect.arrayContaining(["AZ", "AM", "TR", "IQ"]));
    expect(data.b.code).toBe("RU");
    expect(data.c).toBeNull();
  });

  it("gives the ISO 3166-1 numeric code, with its leading zeros, and null for parties outside ISO 3166-1", async () => {
    const { data, errors } = await t.run(`{
      ir: country(code: "IR") { isoNumeric }
      af: country(code: "AFG") { isoNumeric }
      yug: country(code: "YUCS") { kind isoNumeric }
      eu: country(code: "ORG-EU") { kind isoNumeric }
      states: countries(first: 100) { nodes { code isoNumeric } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.ir.isoNumeric).toBe("364");
    expect(data.af.isoNumeric).toBe("004");
    expect(data.yug).toEqual({ kind: "FORMER_STATE", isoNumeric: null });
    expect(data.eu).toEqual({ kind: "ORGANIZATION", isoNumeric: null });
    for (const c of data.states.nodes) expect(c.isoNumeric, c.code).toMatch(/^\d{3}$/);
  });

  it("answers the Iran–Russia relation with its agreements, level and dated, sourced timeline", async () => {
    const { data, errors } = await t.run(`{
      bilateralRelation(between: ["ru", "IRN"]) {
        id level countries { code } agreements { id }
        timeline(from: "2025-01-01", to: "2025-12-31") { date kind description country { code } source { id } }
      }
    }`);
    expect(errors).toBeUndefined();
    const r = data.bilateralRelation;
    expect(r.id).toBe("IR-RU");
    expect(r.level).toBe("Comprehensive strategic partnership");
    expect(r.agreements.map((a: any) => a.id)).toEqual(expect.arrayContaining([TREATY, "ir-ru-basis-mutual-relations-2001", "instc-agreement-2000"]));
    const kinds = r.timeline.map((e: any) => `${e.date} ${e.kind}`);
    expect(kinds).toEqual(expect.arrayContaining([
      "2025-01-17 SIGNED",
      "2025-04-08 RATIFICATION_STAGE",
      "2025-04-21 RATIFIED",
      "2025-05-21 RATIFICATION_STAGE",
      "2025-10-02 ENTERED_INTO_FORCE",
    ]));
    expect([...kinds].sort()).toEqual(kinds);
    for (const e of r.timeline) expect(e.source).not.toBeNull();
  });

  it("ranks full-text search over titles in every language, clauses, people and statements", async () => {
    const { data, errors } = await t.run(`{
      energy: search(text: "energy -nuclear -atomic -charter -efficiency", first: 100) { totalCount edges { score snippet node { __typename ... on Clause { id } } } }
      persian: search(text: "راهبردی") { edges { node { ... on Agreement { id } } } }
      russian: search(text: "Путин") { edges { node { ... on Person { id } } } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.energy.totalCount).toBeGreaterThan(0);
    expect(data.energy.edges.some((e: any) => e.node.__typename === "Clause")).toBe(true);
    const scores = data.energy.edges.map((e: any) => e.score);
    expect([...scores].sort((x, y) => y - x)).toEqual(scores);
    expect(data.energy.edges[0].snippet).toMatch(/«/);
    expect(data.persian.edges.map((e: any) => e.node.id)).toContain(TREATY);
    expect(data.russian.edges.map((e: any) => e.node.id)).toContain("vladimir-putin");
  });
});
