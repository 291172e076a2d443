import { buildSchema, parse } from "graphql";
import { describe, expect, it } from "vitest";
import { Admission, cachedCost, type AdmissionSettings } from "../../src/graphql/admission.js";
import { listCostFor } from "../../src/graphql/limits.js";

const schema = buildSchema(`
  scalar _Any
  union _Entity = Country
  type Query {
    country(code: String!): Country
    countries(first: Int): CountryConnection!
    topics(first: Int): [Topic!]!
    _entities(representations: [_Any!]!): [_Entity]!
  }
  type Country { code: String! name: String! neighbours: [Country!]! }
  type CountryConnection { nodes: [Country!]! totalCount: Int! }
  type Topic { code: String! }
`);

const cost = (query: string, variables?: Record<string, unknown>) => listCostFor(schema, parse(query), variables);

describe("listCostFor: cost grows with the size of the answer", () => {
  it("every field costs 1, leaves included", () => {
    expect(cost(`{ country(code: "IR") { code } }`)).toBe(2);
    expect(cost(`{ country(code: "IR") { code name } }`)).toBe(3);
  });

  it("__typename costs nothing: clients add it to every selection set", () => {
    expect(cost(`{ __typename country(code: "IR") { __typename code } topics { __typename code } }`)).toBe(cost(`{ country(code: "IR") { code } topics { code } }`));
  });

  it("a plain list multiplies its selection by its `first`, else by 5", () => {
    expect(cost(`{ topics(first: 3) { code } }`)).toBe(1 + 3 * 1);
    expect(cost(`{ topics { code } }`)).toBe(1 + 5 * 1);
    expect(cost(`{ country(code: "IR") { neighbours { code } } }`)).toBe(1 + (1 + 5 * 1));
  });

  it("nested lists multiply", () => {
    const two = cost(`{ country(code: "IR") { neighbours { neighbours { code } } } }`);
    expect(two).toBe(1 + (1 + 5 * (1 + 5 * 1)));
    expect(cost(`{ country(code: "IR") { neighbours { neighbours { neighbours { code } } } } }`)).toBeGreaterThan(5 * (two - 1));
  });

  it("a connection costs `first` items: its selection times first/5, its nodes times 5; 20 without first", () => {
    const nodes = 1 + 5 * 1; // nodes { code }
    expect(cost(`{ countries(first: 10) { nodes { code } } }`)).toBe(1 + Math.ceil((10 / 5) * nodes));
    expect(cost(`{ countries { nodes { code } } }`)).toBe(1 + Math.ceil((20 / 5) * nodes));
    expect(cost(`{ countries(first: 1) { totalCount } }`)).toBe(1 + Math.ceil((1 / 5) * 1));
  });

  it("reads `first` from variables", () => {
    expect(cost(`query ($n: Int) { topics(first: $n) { code } }`, { n: 7 })).toBe(1 + 7);
  });

  it("_entities costs each representation its overhead of 2 plus its selection", () => {
    const reps = [{ __typename: "Country", code: "IR" }, { __typename: "Country", code: "RU" }, { __typename: "Country", code: "FI" }];
    expect(cost(`query ($r: [_Any!]!) { _entities(representations: $r) { ... on Country { code name } } }`, { r: reps })).toBe(1 + 3 * (2 + 2));
  });
});

const settings = (over: Partial<AdmissionSettings> = {}): AdmissionSettings => ({
  maxCostInFlight: 100, maxCostPerClient: 60, maxQueued: 0, queueTimeoutMs: 50, lightCost: 10, maxLightInFlight: 2,
  heapFraction: 1, costPerWindow: 0, windowSeconds: 60, ...over,
});

const code = async (p: Promise<unknown>) => p.then(() => "ADMITTED", (err) => err.extensions?.code as string);

describe("Admission", () => {
  it("light operations are bounded only by their own count", async () => {
    const a = new Admission(settings());
    const heavy = await a.admit(100, "x"); // the whole heavy budget
    const r1 = await a.admit(10, "y");
    await a.admit(1, "y");
    expect(await code(a.admit(1, "z"))).toBe("SERVICE_UNAVAILABLE");
    r1();
    r1(); // a release counts once
    expect(await code(a.admit(1, "z"))).toBe("ADMITTED");
    expect(await code(a.admit(1, "z"))).toBe("SERVICE_UNAVAILABLE");
    heavy();
  });

  it("a client may always run one heavy operation, but not more than its share at once", async () => {
    const a = new Admission(settings());
    const first = await a.admit(80, "x"); // over the share of 60, alone: admitted
    expect(await code(a.admit(20, "x"))).toBe("RATE_LIMITED");
    first();
    const r1 = await a.admit(40, "x");
    expect(await code(a.admit(30, "x"))).toBe("RATE_LIMITED");
    expect(await code(a.admit(20, "x").then((r) => r()))).toBe("ADMITTED");
    r1();
  });

  it("with no queue, a heavy operation that does not fit is refused at once; after a release it fits", async () => {
    const a = new Admission(settings());
    const r = await a.admit(50, "x");
    const r2 = await a.admit(40, "y");
    expect(await code(a.admit(20, "z"))).toBe("SERVICE_UNAVAILABLE");
    r();
    expect(await code(a.admit(20, "z").then((rel) => rel()))).toBe("ADMITTED");
    r2();
  });

  it("a queued operation waits for room, and is refused when it waits longer than queueTimeoutMs", async () => {
    const a = new Admission(settings({ maxQueued: 1, queueTimeoutMs: 30 }));
    const r = await a.admit(100, "x");
    expect(await code(a.admit(20, "y"))).toBe("SERVICE_UNAVAILABLE");
    const waiting = a.admit(20, "y");
    setTimeout(r, 5);
    const release = await waiting;
    release();
  });

  it("a large budget is counted in coarser units, still bounding the cost in flight (the default's 80,000)", async () => {
    // 80,000 cost is 1,012 units of 79: an operation of 30,000 takes 380 units, two fit and a third does not.
    const a = new Admission(settings({ maxCostInFlight: 80_000, maxCostPerClient: 80_000, lightCost: 200 }));
    const r1 = await a.admit(30_000, "x");
    const r2 = await a.admit(30_000, "y");
    expect(await code(a.admit(30_000, "z"))).toBe("SERVICE_UNAVAILABLE");
    // What is left (20,000 cost, 252 units) still takes an operation of 19,000 (241 units), and then nothing heavy.
    const r3 = await a.admit(19_000, "z");
    expect(await code(a.admit(1_000, "w"))).toBe("SERVICE_UNAVAILABLE");
    r1();
    expect(await code(a.admit(30_000, "z").then((rel) => rel()))).toBe("ADMITTED");
    // One operation of the whole budget (or more: its weight is capped there) fits once the rest is released.
    r2();
    r3();
    expect(await code(a.admit(500_000, "v").then((rel) => rel()))).toBe("ADMITTED");
  });
});

describe("cachedCost: priced once per document and variables", () => {
  it("gives listCostFor's answer for each set of variables of one parsed document", () => {
    const document = parse(`query Q($n: Int) { countries(first: $n) { nodes { code name } } }`);
    for (const n of [5, 50, 5, 100, 50]) {
      expect(cachedCost(schema, document, { n }, "Q")).toBe(listCostFor(schema, document, { n }, "Q"));
    }
    expect(cachedCost(schema, document, { n: 100 }, "Q")).toBeGreaterThan(cachedCost(schema, document, { n: 5 }, "Q"));
  });

  it("prices large variables (`_entities` representations) without keeping them", () => {
    const document = parse(`query E($r: [_Any!]!) { _entities(representations: $r) { ... on Country { name } } }`);
    const small = Array.from({ length: 2 }, (_, i) => ({ __typename: "Country", code: `C${i}` }));
    const large = Array.from({ length: 500 }, (_, i) => ({ __typename: "Country", code: `C${i}` }));
    expect(cachedCost(schema, document, { r: small }, "E")).toBe(listCostFor(schema, document, { r: small }, "E"));
    expect(cachedCost(schema, document, { r: large }, "E")).toBe(listCostFor(schema, document, { r: large }, "E"));
  });
});

describe("ListSizes: lists that hold their maximum when `first` is omitted", () => {
  const relationSchema = buildSchema(`
    type Query { relation: Relation }
    type Relation { agreements(first: Int): [Agreement!]! countries: [Agreement!]! }
    type Agreement { id: String! title: String! }
  `);
  const sizes = { "Relation.agreements": 1000 };
  it("counts such a list at its declared size without `first`, at `first` with it, and other lists at 5", () => {
    const q = (s: string) => listCostFor(relationSchema, parse(s), {}, undefined, sizes);
    expect(q(`{ relation { agreements { id title } } }`)).toBe(1 + 1 + 1000 * 2);
    expect(q(`{ relation { agreements(first: 10) { id title } } }`)).toBe(1 + 1 + 10 * 2);
    expect(q(`{ relation { countries { id title } } }`)).toBe(1 + 1 + 5 * 2);
    // Without the sizes, the same list counts as 5: what let 50 clients run the IR–RU relation (199 KB) at once.
    expect(listCostFor(relationSchema, parse(`{ relation { agreements { id title } } }`))).toBe(1 + 1 + 5 * 2);
  });
});
