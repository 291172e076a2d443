import { Kind, type GraphQLError } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../src/auth/api-key.entity.js";
import { encodeCursor, decodeCursor } from "../../src/graphql/pagination.js";
import { DateScalar } from "../../src/graphql/scalars.js";
import { isFullDate, isPartialDate, parsePartialDate } from "../../src/lib/dates.js";
import { readMessyDate } from "../../src/lib/messydate.js";
import { DatasetSchema, SourceRecordSchema } from "../../src/seed/dataset.schema.js";
import { validateRelationsDataset } from "../../src/seed/validate.js";
import { startTestApp, startTestStack, type TestApp, type TestStack } from "../support/app.js";

/**
 * One definition of a valid date (src/lib/dates.ts isFullDate: YYYY-MM-DD, a real calendar day,
 * 0001-01-01 to 9999-12-31), used by the Date scalar, by cursors whose sort key is a date, and by
 * the dataset schema and import checks. A bad date never reaches PostgreSQL (which has no year 0):
 * it is BAD_USER_INPUT naming the value, never INTERNAL_SERVER_ERROR.
 */
const GOOD = ["0001-01-01", "9999-12-31", "2024-02-29", "2000-02-29", "1351-06-01", "2025-04-21"];
const BAD = ["0000-01-01", "0000-12-31", "2025-02-30", "2023-02-29", "1900-02-29", "2025-13-01", "2025-00-10", "2025-04-00", "2025-04-31", "10000-01-01", "2025-4-21", "2025-04-21T00:00:00Z", " 2025-04-21", ""];

describe("the one definition of a valid date", () => {
  it.each(GOOD)("accepts %s", (d) => {
    expect(isFullDate(d)).toBe(true);
    expect(DateScalar.parseValue(d)).toBe(d);
    expect(DateScalar.parseLiteral({ kind: Kind.STRING, value: d })).toBe(d);
    expect(DateScalar.serialize(d)).toBe(d);
  });

  it.each(BAD)("refuses %j in isFullDate and in every direction of the Date scalar, as BAD_USER_INPUT naming it", (d) => {
    expect(isFullDate(d)).toBe(false);
    for (const attempt of [() => DateScalar.parseValue(d), () => DateScalar.parseLiteral({ kind: Kind.STRING, value: d }), () => DateScalar.serialize(d)]) {
      let error: GraphQLError | undefined;
      try {
        attempt();
      } catch (e) {
        error = e as GraphQLError;
      }
      expect(error, d).toBeDefined();
      expect(error!.extensions.code).toBe("BAD_USER_INPUT");
      expect(error!.message).toContain(JSON.stringify(d));
      expect(error!.message).toMatch(/0001-01-01 to 9999-12-31/);
    }
  });

  it("refuses values that are not strings", () => {
    for (const v of [20250421, null, undefined, {}, ["2025-04-21"]]) {
      expect(isFullDate(v)).toBe(false);
      expect(() => DateScalar.parseValue(v)).toThrow(/Date must be/);
    }
    expect(() => DateScalar.parseLiteral({ kind: Kind.INT, value: "20250421" })).toThrow(/got 20250421/);
  });

  it("keeps the scalar's name and description", () => {
    expect(DateScalar.name).toBe("Date");
    expect(DateScalar.description).toMatch(/^A calendar date as an RFC 3339 full-date, e\.g\. 2025-04-21\./);
  });

  it("partial dates stand for valid dates too: no year 0000", () => {
    for (const v of ["0001", "9999", "2025-02", "2025-02-28"]) expect(isPartialDate(v), v).toBe(true);
    for (const v of ["0000", "0000-06", "0000-06-01", "2025-13", "2025-00", "2025-02-30", "25", ""]) {
      expect(isPartialDate(v), v).toBe(false);
      expect(() => parsePartialDate(v), v).toThrow(/Not a date/);
    }
  });

  it("leaves the GGO reading of messy dates as it was (years before 1000 are placeholders)", () => {
    expect(readMessyDate("0000-01-01")).toMatchObject({ kind: "invalid", reason: expect.stringMatching(/before 1000/) });
    expect(readMessyDate("0001-01-01")).toMatchObject({ kind: "invalid", reason: expect.stringMatching(/before 1000/) });
    expect(readMessyDate("1000-01-01")).toMatchObject({ kind: "date", date: "1000-01-01" });
    expect(readMessyDate("1976-06-31")).toMatchObject({ kind: "invalid" });
  });
});

describe("cursors whose sort key is a date", () => {
  const tag = "agreements:SIGNED_ON_DESC";
  it("decode when the key is a valid date", () => {
    expect(decodeCursor(tag, encodeCursor(tag, ["2025-02-28", "x"]), 2, ["date", "text"])).toEqual(["2025-02-28", "x"]);
    expect(decodeCursor(tag, encodeCursor(tag, ["0001-01-01", "x"]), 2, ["date", "text"])).toEqual(["0001-01-01", "x"]);
  });
  it.each([["2025-02-30"], ["0000-01-01"], ["yesterday"], [20250228], [null]])("refuse a forged key %j as BAD_USER_INPUT on after", (key) => {
    let error: GraphQLError | undefined;
    try {
      decodeCursor(tag, encodeCursor(tag, [key, "x"]), 2, ["date", "text"]);
    } catch (e) {
      error = e as GraphQLError;
    }
    expect(error!.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "after" });
    expect(error!.message).toMatch(/is not a cursor this API issued: its sort key .* is not a valid date/);
  });
});

describe("import checks use the same rule", () => {
  it("the dataset schema refuses year 0000 and impossible days in full and partial dates", () => {
    const base = { id: "s", title: "T", publisher: "P" };
    expect(SourceRecordSchema.safeParse({ ...base, publishedOn: "0001-01-01" }).success).toBe(true);
    for (const bad of ["0000-01-01", "2025-02-30"]) {
      const r = SourceRecordSchema.safeParse({ ...base, publishedOn: bad });
      expect(r.success, bad).toBe(false);
      expect(r.error!.issues.map((i) => i.message)).toEqual([expect.stringMatching(/0001-01-01 to 9999-12-31/)]);
    }
    // A malformed value gets the format message alone.
    expect(SourceRecordSchema.safeParse({ ...base, publishedOn: "2025-4-1" }).error!.issues.map((i) => i.message)).toEqual(["must be YYYY-MM-DD"]);
  });

  it("validateRelationsDataset refuses them, naming the field and the value", () => {
    const d = { sources: [{ id: "s", title: "T", publisher: "P", publishedOn: "0000-01-01" }], topics: [], people: [], agreements: [], statements: [] };
    expect(validateRelationsDataset(d as never, new Set())).toEqual([expect.stringMatching(/source s\.publishedOn: "0000-01-01" is not .*0001-01-01 to 9999-12-31/)]);
  });

  it("a whole dataset file with a partial date of year 0000 is refused by the schema", () => {
    const file = {
      format: "relations-graph/dataset@1",
      relations: { sources: [], topics: [], people: [{ id: "p", name: "P", offices: [{ id: "o", title: "T", from: "0000", sources: [] }] }], agreements: [], statements: [] },
      corridors: { corridors: [] },
    };
    const r = DatasetSchema.safeParse(file);
    expect(r.success).toBe(false);
    expect(r.error!.issues.some((i) => i.path.join(".") === "relations.people.0.offices.0.from" && /real date/.test(i.message))).toBe(true);
  });
});

describe("through the server: no bad date reaches PostgreSQL", () => {
  let t: TestApp;
  let editor: string;
  let admin: string;
  beforeAll(async () => {
    t = await startTestApp("relations");
    editor = `Bearer ${(await t.auth.create("test dates editor", Role.EDITOR)).key}`;
    admin = `Bearer ${(await t.auth.create("test dates admin", Role.ADMIN)).key}`;
  });
  afterAll(async () => {
    await t?.close();
  });

  const expectBadInput = (r: { data?: any; errors?: any[] }, label: string, value: RegExp | string) => {
    expect(r.errors, label).toBeDefined();
    expect(r.errors!.map((e) => e.extensions?.code), `${label}: ${JSON.stringify(r.errors)}`).toEqual(r.errors!.map(() => "BAD_USER_INPUT"));
    expect(r.errors![0].message, label).toMatch(value);
  };

  it("a Date argument of year 0000, as a literal and as a variable", async () => {
    const cases: [string, string, Record<string, unknown> | undefined][] = [
      ["literal", `{ agreements(filter: { signedFrom: "0000-01-01" }) { totalCount } }`, undefined],
      ["variable", `query($f: AgreementFilter) { agreements(filter: $f) { totalCount } }`, { f: { signedFrom: "0000-01-01" } }],
      ["nested literal", `{ country(code: "IR") { agreements(filter: { signedTo: "0000-12-31" }) { totalCount } } }`, undefined],
      ["scalar variable", `query($d: Date) { country(code: "IR") { agreements(filter: { signedFrom: $d }) { totalCount } } }`, { d: "0000-01-01" }],
      ["asOf impossible day", `{ agreements(filter: { status: IN_FORCE, asOf: "2025-02-30" }) { totalCount } }`, undefined],
    ];
    for (const [label, q, v] of cases) expectBadInput(await t.run(q, v), label, /"0000-(01-01|12-31)"|"2025-02-30"/);
    // The range's own ends are dates PostgreSQL takes.
    const ok = await t.run(`{ agreements(filter: { signedFrom: "0001-01-01", signedTo: "9999-12-31" }) { totalCount } }`);
    expect(ok.errors).toBeUndefined();
    expect(ok.data.agreements.totalCount).toBeGreaterThan(0);
  });

  it("a forged cursor carrying an impossible date, on both SIGNED_ON orderings, top level and nested", async () => {
    for (const order of ["SIGNED_ON_ASC", "SIGNED_ON_DESC"]) {
      for (const key of ["2025-02-30", "0000-01-01"]) {
        const c = encodeCursor(`agreements:${order}`, [key, "x"]);
        for (const q of [
          `query($c: String) { agreements(orderBy: ${order}, first: 5, after: $c) { nodes { id } } }`,
          `query($c: String) { country(code: "IR") { agreements(orderBy: ${order}, first: 5, after: $c) { nodes { id } } } }`,
        ]) {
          const r = await t.run(q, { c });
          expectBadInput(r, `${order} ${key}: ${q}`, /Invalid argument "after": is not a cursor this API issued: its sort key ".*" is not a valid date/);
          expect(r.errors![0].extensions.argument).toBe("after");
        }
      }
      // A well-formed forged cursor still reads a page.
      const good = await t.run(`query($c: String) { agreements(orderBy: ${order}, first: 2, after: $c) { nodes { id } } }`, { c: encodeCursor(`agreements:${order}`, ["2000-01-01", "a"]) });
      expect(good.errors).toBeUndefined();
    }
  });

  it("createSource with publishedOn 0000-01-01 (literal and variable) is refused and writes nothing", async () => {
    const literal = await t.run(`mutation { createSource(input: { id: "test-dates-zero", title: "T", publisher: "P", publishedOn: "0000-01-01" }) { id } }`, undefined, editor);
    expectBadInput(literal, "literal", /"0000-01-01"/);
    const variable = await t.run(`mutation($i: CreateSourceInput!) { createSource(input: $i) { id } }`, { i: { id: "test-dates-zero", title: "T", publisher: "P", publishedOn: "0000-01-01" } }, editor);
    expectBadInput(variable, "variable", /"0000-01-01"/);
    const [{ n }] = await t.app.dataSource.query(`SELECT count(*)::int AS n FROM relations.source WHERE id = 'test-dates-zero'`);
    expect(n).toBe(0);
    // The first and last valid days are stored and read back as given.
    const edge = await t.run(`mutation { createSource(input: { id: "test-dates-edge", title: "T", publisher: "P", publishedOn: "0001-01-01", accessedOn: "9999-12-31" }) { publishedOn accessedOn } }`, undefined, editor);
    expect(edge.errors).toBeUndefined();
    expect(edge.data.createSource).toEqual({ publishedOn: "0001-01-01", accessedOn: "9999-12-31" });
  });

  it("the import mutation refuses the same date with the same rule", async () => {
    const file = {
      format: "relations-graph/dataset@1",
      relations: { sources: [{ id: "test-dates-import", title: "T", publisher: "P", publishedOn: "0000-01-01" }], topics: [], people: [], agreements: [], statements: [] },
      corridors: { corridors: [] },
    };
    const r = await t.run(`mutation($d: JSON!) { importRelationsDataset(dataset: $d) { records } }`, { d: file }, admin);
    expectBadInput(r, "import", /relations\.sources\.0\.publishedOn: must be a real calendar day in YYYY-MM-DD form, from 0001-01-01 to 9999-12-31/);
  });
});

describe("through the gateway, in production mode", () => {
  let stack: TestStack;
  beforeAll(async () => {
    stack = await startTestStack(undefined, { http: { production: true, rateLimit: undefined } });
  }, 120_000);
  afterAll(() => stack?.close());

  it("a Date of year 0000 and a forged date cursor are BAD_USER_INPUT naming the value", async () => {
    for (const [q, v] of [
      [`{ agreements(filter: { signedFrom: "0000-01-01" }) { totalCount } }`, undefined],
      [`query($f: AgreementFilter) { agreements(filter: $f) { totalCount } }`, { f: { signedFrom: "0000-01-01" } }],
      [`query($c: String) { country(code: "IR") { agreements(orderBy: SIGNED_ON_DESC, after: $c) { nodes { id } } } }`, { c: encodeCursor("agreements:SIGNED_ON_DESC", ["2025-02-30", "x"]) }],
    ] as const) {
      const r = await stack.post(q, v as Record<string, unknown> | undefined);
      expect(r.status, q).toBeLessThan(500);
      expect(r.body.errors?.map((e: any) => e.extensions?.code), `${q}: ${JSON.stringify(r.body)}`).toEqual(["BAD_USER_INPUT"]);
      expect(r.body.errors[0].message).toMatch(/"0000-01-01"|"2025-02-30"/);
    }
  });
});
