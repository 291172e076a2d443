import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DatePrecision } from "../../src/graphql/enums.js";
import { AgreementStatus, RenewalKind } from "../../src/subgraphs/relations/agreement/agreement.enums.js";
import { agreementStatus, type AgreementFacts } from "../../src/subgraphs/relations/agreement/agreement.status.js";
import { RatificationStatus } from "../../src/subgraphs/relations/ratification/ratification.enums.js";
import { startTestApp, type TestApp } from "../support/app.js";

const TREATY = "ir-ru-comprehensive-strategic-partnership-2025";
let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("relations");
});
afterAll(() => t?.close());

describe("status(asOf:) of the 2025 treaty and its ratifications", () => {
  it.each([
    ["2025-01-16", "NOT_YET_SIGNED", "NOT_STARTED", "NOT_STARTED"],
    ["2025-01-17", "SIGNED", "NOT_STARTED", "NOT_STARTED"],
    ["2025-04-08", "SIGNED", "NOT_STARTED", "IN_PROGRESS"],
    ["2025-04-21", "SIGNED", "NOT_STARTED", "COMPLETED"],
    ["2025-05-01", "SIGNED", "NOT_STARTED", "COMPLETED"],
    ["2025-05-21", "SIGNED", "IN_PROGRESS", "COMPLETED"],
    ["2025-06-10", "SIGNED", "IN_PROGRESS", "COMPLETED"],
    // The Guardian Council approved; the President's promulgation is undated but before 18 July.
    ["2025-06-11", "SIGNED", "UNKNOWN", "COMPLETED"],
    ["2025-07-18", "SIGNED", "COMPLETED", "COMPLETED"],
    ["2025-10-01", "SIGNED", "COMPLETED", "COMPLETED"],
    ["2025-10-02", "IN_FORCE", "COMPLETED", "COMPLETED"],
    ["2025-11-01", "IN_FORCE", "COMPLETED", "COMPLETED"],
  ])("on %s the treaty is %s, Iran's ratification %s, Russia's %s", async (asOf, treaty, ir, ru) => {
    const { data, errors } = await t.run(
      `query($d: Date) { agreement(id: "${TREATY}") { status(asOf: $d) parties { country { code } ratification { status(asOf: $d) } } } }`,
      { d: asOf },
    );
    expect(errors).toBeUndefined();
    const parties = Object.fromEntries(data.agreement.parties.map((p: any) => [p.country.code, p.ratification.status]));
    expect([data.agreement.status, parties.IR, parties.RU]).toEqual([treaty, ir, ru]);
  });

  it("is UNKNOWN for the 2001 treaty once signed, since its entry into force was not found", async () => {
    const { data } = await t.run(`{ agreement(id: "ir-ru-basis-mutual-relations-2001") { before: status(asOf: "2001-01-01") after: status(asOf: "2010-01-01") } }`);
    expect(data.agreement).toEqual({ before: "NOT_YET_SIGNED", after: "UNKNOWN" });
  });
});

describe("the status filter agrees with status(asOf:) on a grid of dates", () => {
  const dates: string[] = [];
  for (let y = 1999; y <= 2027; y += 2) dates.push(`${y}-03-15`, `${y}-10-20`);
  dates.push("2000-09-12", "2002-05-16", "2025-01-17", "2025-04-21", "2025-06-11", "2025-07-18", "2025-10-02");
  const statuses = Object.values(AgreementStatus);

  // Two slices of the data of at most 100 agreements each: recent Iran–Russia ones (the curated
  // 2025 treaty among them) and old Finland–Russia ones (some of them ended).
  const slices = [
    'parties: ["IR", "RU"], signedFrom: "2008-01-01"',
    'parties: ["FI", "RU"], signedFrom: "1900-01-01", signedTo: "1965-12-31"',
  ];
  it.each(dates.flatMap((d) => slices.map((f) => [d, f])))("on %s, for %s", async (asOf, slice) => {
    const aliases = statuses.map((s) => `${s}: agreements(first: 100, filter: { ${slice}, status: ${s}, asOf: $d }) { totalCount nodes { id } }`).join("\n");
    const { data, errors } = await t.run(`query($d: Date) { all: agreements(first: 100, filter: { ${slice} }) { totalCount nodes { id status(asOf: $d) } } ${aliases} }`, { d: asOf });
    expect(errors).toBeUndefined();
    expect(data.all.totalCount).toBeLessThanOrEqual(100);
    let filtered = 0;
    for (const s of statuses) {
      const expected = data.all.nodes.filter((a: any) => a.status === s).map((a: any) => a.id).sort();
      expect(data[s].nodes.map((a: any) => a.id).sort(), `${s} on ${asOf}`).toEqual(expected);
      expect(data[s].totalCount).toBe(expected.length);
      filtered += data[s].totalCount;
    }
    expect(filtered).toBe(data.all.totalCount);
  });
});

describe("status rules on facts the dataset does not have", () => {
  const base: AgreementFacts = {
    signedOn: "2010-01-01",
    signedOnPrecision: DatePrecision.DAY,
    enteredIntoForceOn: "2010-06-01",
    enteredIntoForcePrecision: DatePrecision.DAY,
    termYears: 5,
    renewalKind: RenewalKind.NONE,
    terminatedOn: null,
  };
  it("expires at the end of a non-renewable term", () => {
    expect(agreementStatus(base, [], "2015-05-31")).toBe(AgreementStatus.IN_FORCE);
    expect(agreementStatus(base, [], "2015-06-01")).toBe(AgreementStatus.EXPIRED);
  });
  it("stays in force after the term when renewal is automatic, and is UNKNOWN when renewal needs agreement", () => {
    expect(agreementStatus({ ...base, renewalKind: RenewalKind.AUTOMATIC }, [], "2030-01-01")).toBe(AgreementStatus.IN_FORCE);
    expect(agreementStatus({ ...base, renewalKind: RenewalKind.BY_AGREEMENT }, [], "2030-01-01")).toBe(AgreementStatus.UNKNOWN);
    expect(agreementStatus({ ...base, renewalKind: null }, [], "2030-01-01")).toBe(AgreementStatus.UNKNOWN);
  });
  it("is TERMINATED from its termination date", () => {
    expect(agreementStatus({ ...base, terminatedOn: "2012-01-01" }, [], "2012-01-01")).toBe(AgreementStatus.TERMINATED);
  });
  it("is UNKNOWN inside a signature date known only to the year", () => {
    const yearOnly = { ...base, signedOnPrecision: DatePrecision.YEAR, enteredIntoForceOn: null };
    expect(agreementStatus(yearOnly, [], "2009-12-31")).toBe(AgreementStatus.NOT_YET_SIGNED);
    expect(agreementStatus(yearOnly, [], "2010-07-01")).toBe(AgreementStatus.UNKNOWN);
  });
  it("without an entry-into-force date, is SIGNED only while a party is known not to have ratified", () => {
    const noEif = { ...base, enteredIntoForceOn: null };
    expect(agreementStatus(noEif, [RatificationStatus.COMPLETED, RatificationStatus.IN_PROGRESS], "2011-01-01")).toBe(AgreementStatus.SIGNED);
    expect(agreementStatus(noEif, [RatificationStatus.COMPLETED, RatificationStatus.COMPLETED], "2011-01-01")).toBe(AgreementStatus.UNKNOWN);
    expect(agreementStatus({ ...noEif, signedOn: null }, [], "2011-01-01")).toBe(AgreementStatus.UNKNOWN);
  });
});

describe("time zone", () => {
  it("runs in the zone the project asks for (Asia/Tehran in the tz-tehran project)", () => {
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (process.env.TZ) expect(zone).toBe(process.env.TZ);
    else expect(zone).toBeTruthy();
  });
});
