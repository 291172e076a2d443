import { describe, expect, it } from "vitest";
import type { Loader } from "../../src/db/loaders.js";
import { DatePrecision } from "../../src/graphql/enums.js";
import type { Agreement } from "../../src/subgraphs/relations/agreement/agreement.entity.js";
import { AgreementStatus } from "../../src/subgraphs/relations/agreement/agreement.enums.js";
import type { AgreementConditions, AgreementStatusFacts } from "../../src/subgraphs/relations/agreement/agreement.queries.js";
import { AgreementService } from "../../src/subgraphs/relations/agreement/agreement.service.js";
import type { Clause } from "../../src/subgraphs/relations/clause/clause.entity.js";
import { ClauseService } from "../../src/subgraphs/relations/clause/clause.service.js";
import type { Country } from "../../src/subgraphs/relations/country/country.entity.js";
import { CountryService } from "../../src/subgraphs/relations/country/country.service.js";
import { StageOutcome } from "../../src/subgraphs/relations/ratification/ratification.enums.js";
import type { StageFacts } from "../../src/subgraphs/relations/ratification/ratification.status.js";
import { RelationService } from "../../src/subgraphs/relations/relation/relation.service.js";

/**
 * Services are tested alone: each is built with fakes of the few queries it runs, and called with
 * fakes of the few loaders it reads. A fake loader records the keys it was asked for.
 */
function fakeLoader<K, V>(get: (key: K) => V): Loader<K, V> & { keys: K[] } {
  const keys: K[] = [];
  return {
    keys,
    load: async (k) => (keys.push(k), get(k)),
    loadMany: async (ks) => Array.from(ks, (k) => (keys.push(k), get(k))),
  };
}

const country = (code: string, iso3: string) => ({ code, iso3, name: code }) as Country;
const COUNTRIES = [country("IR", "IRN"), country("RU", "RUS")];
const countryLoaders = () => ({
  countryByCode: fakeLoader((c: string) => COUNTRIES.find((x) => x.code === c) ?? null),
  countryByIso3: fakeLoader((c: string) => COUNTRIES.find((x) => x.iso3 === c) ?? null),
});
const noPages = async () => new Map();

describe("CountryService.resolve", () => {
  const countries = new CountryService(noPages);

  it("reads either ISO form in any case, through the matching loader", async () => {
    const loaders = countryLoaders();
    expect((await countries.resolve(loaders, " irn ", "code"))?.code).toBe("IR");
    expect((await countries.resolve(loaders, "ru", "code"))?.code).toBe("RU");
    expect(loaders.countryByIso3.keys).toEqual(["IRN"]);
    expect(loaders.countryByCode.keys).toEqual(["RU"]);
  });

  it("gives null for a well-formed unknown code, and refuses a malformed one naming the argument", async () => {
    expect(await countries.resolve(countryLoaders(), "ORG-EU", "code")).toBeNull();
    await expect(countries.resolve(countryLoaders(), "Iran!", "between")).rejects.toMatchObject({ extensions: { code: "BAD_USER_INPUT", argument: "between" } });
  });
});

function agreement(id: string, over: Partial<Agreement> = {}): Agreement {
  return {
    id, signedOn: "2000-01-01", signedOnPrecision: DatePrecision.DAY, enteredIntoForceOn: null, enteredIntoForcePrecision: null,
    termYears: null, renewalKind: null, terminatedOn: null, endedOn: null, endedOnPrecision: null, termEndsOn: null, termEndsOnPrecision: null, ...over,
  } as Agreement;
}

const approved = (date: string): StageFacts => ({ seq: 0, date, datePrecision: DatePrecision.DAY, notAfter: null, outcome: StageOutcome.APPROVED, completesRatification: true });

describe("AgreementService", () => {
  it("status: reads no stages when the entry-into-force date decides", async () => {
    const service = new AgreementService({ statusFacts: async () => [] }, new CountryService(noPages));
    const staged = fakeLoader((_id: string): StageFacts[][] => []);
    const a = agreement("a", { enteredIntoForceOn: "2001-01-01", enteredIntoForcePrecision: DatePrecision.DAY });
    expect(await service.status({ stagedPartiesByAgreement: staged }, a, "2002-01-01")).toBe(AgreementStatus.IN_FORCE);
    expect(staged.keys).toEqual([]);
  });

  it("status: without one, a party still ratifying makes it SIGNED", async () => {
    const service = new AgreementService({ statusFacts: async () => [] }, new CountryService(noPages));
    const staged = fakeLoader((_id: string) => [[approved("2001-01-01")], [approved("2003-01-01")]]);
    expect(await service.status({ stagedPartiesByAgreement: staged }, agreement("a"), "2002-01-01")).toBe(AgreementStatus.SIGNED);
    expect(staged.keys).toEqual(["a"]);
  });

  it("page: resolves the parties filter, keeps an impossible code for an unknown one, and filters by status in TypeScript", async () => {
    const asked: AgreementConditions[] = [];
    const facts: AgreementStatusFacts[] = [
      { agreement: agreement("in-force", { enteredIntoForceOn: "2001-01-01", enteredIntoForcePrecision: DatePrecision.DAY }), parties: [] },
      { agreement: agreement("ratifying"), parties: [[approved("2030-01-01")], []] },
      { agreement: agreement("unsigned", { signedOn: "2999-01-01" }), parties: [] },
    ];
    const service = new AgreementService({ statusFacts: async (q) => (asked.push(q), facts) }, new CountryService(noPages));
    const pages = fakeLoader((_k: unknown) => ({ total: 1, rows: [{ id: "ratifying", sortKey: "2000-01-01" }], more: false }));
    const byId = fakeLoader((id: string) => agreement(id));
    const loaders = { ...countryLoaders(), agreementPages: pages, agreementById: byId };
    const page = await service.page(loaders, "all", "", { filter: { parties: ["rus", "IR", "QQ"], status: AgreementStatus.SIGNED, asOf: "2020-01-01" } as never });
    expect(asked[0].partyCodes).toEqual(["--", "IR", "RU"]);
    expect(pages.keys[0]).toMatchObject({ scope: "all", parent: "", query: { partyCodes: ["--", "IR", "RU"], statusIds: ["ratifying"], window: { size: 20, fromEnd: false } } });
    expect(page.nodes.map((a) => a.id)).toEqual(["ratifying"]);
  });

  it("page: refuses bad filters before any query", async () => {
    const service = new AgreementService({ statusFacts: async () => { throw new Error("no query expected"); } }, new CountryService(noPages));
    const loaders = { ...countryLoaders(), agreementPages: fakeLoader(() => ({ total: 0, rows: [], more: false })), agreementById: fakeLoader(() => null) };
    await expect(service.page(loaders, "all", "", { filter: { signedFrom: "2020-01-01", signedTo: "2019-01-01" } as never })).rejects.toMatchObject({ extensions: { argument: "filter.signedFrom" } });
    await expect(service.page(loaders, "all", "", { filter: { parties: Array(21).fill("IR") } as never })).rejects.toMatchObject({ extensions: { argument: "filter.parties" } });
    expect(loaders.agreementPages.keys).toEqual([]);
  });
});

describe("ClauseService.ofAgreement", () => {
  it("keeps only the clauses covering the topic, in article order", async () => {
    const clauses = [{ id: "c1" }, { id: "c2" }, { id: "c3" }] as Clause[];
    const topics: Record<string, string[]> = { c1: ["energy"], c2: ["trade"], c3: ["energy", "trade"] };
    const loaders = { clausesByAgreement: fakeLoader(() => clauses), clauseTopicCodes: fakeLoader((id: string) => topics[id]) };
    const service = new ClauseService();
    expect((await service.ofAgreement(loaders, "a", "energy")).map((c) => c.id)).toEqual(["c1", "c3"]);
    expect(await service.ofAgreement(loaders, "a", null)).toBe(clauses);
  });
});

describe("RelationService", () => {
  const relations = new RelationService(new CountryService(noPages), { status: async () => AgreementStatus.IN_FORCE });

  it("between: two different known countries in either form, as one sorted pair", async () => {
    expect(await relations.between(countryLoaders(), ["RUS", "ir"])).toEqual({ id: "IR-RU", codes: ["IR", "RU"] });
    expect(await relations.between(countryLoaders(), ["IR", "FI"])).toBeNull();
    await expect(relations.between(countryLoaders(), ["IR", "IRN"])).rejects.toMatchObject({ extensions: { argument: "between" } });
    await expect(relations.between(countryLoaders(), ["IR"])).rejects.toMatchObject({ extensions: { argument: "between" } });
  });

  it("ofCountry: one relation per partner, capped by `first` (0 to 400)", async () => {
    const loaders = { partnerCodes: fakeLoader(() => ["AM", "RU", "TR"]) };
    expect((await relations.ofCountry(loaders, "IR", 2)).map((r) => r.id)).toEqual(["AM-IR", "IR-RU"]);
    await expect(relations.ofCountry(loaders, "IR", 401)).rejects.toMatchObject({ extensions: { argument: "first" } });
  });
});
