import { parse } from "graphql";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Role } from "../../src/auth/api-key.entity.js";
import { listCostFor } from "../../src/graphql/limits.js";
import { encodeCursor } from "../../src/graphql/pagination.js";
import { startTestApp, type TestApp } from "../support/app.js";

/**
 * Connections follow the Relay Cursor Connections spec both ways (#15): `last`/`before` walk a list
 * from its end, and that walk is exactly the reverse of the `first`/`after` walk, with the same
 * items and the same cursors, on the real database.
 */

let t: TestApp;
let corridors: TestApp;
let relationsAdmin: string;
let corridorsAdmin: string;
/** Topics with many agreements and the most clauses, so their lists span several pages. */
let topicOfAgreements: string;
let topicOfClauses: string;

beforeAll(async () => {
  // One connection: the statement counts below compare requests (docs/decisions.md, "Statement counts on one connection").
  t = await startTestApp("relations", { poolMax: 1 });
  corridors = await startTestApp("corridors", { poolMax: 1 });
  relationsAdmin = `Bearer ${(await t.auth.create("test backward admin", Role.ADMIN)).key}`;
  const editor = `Bearer ${(await t.auth.create("test backward editor", Role.EDITOR)).key}`;
  corridorsAdmin = `Bearer ${(await corridors.auth.create("test backward corridors admin", Role.ADMIN)).key}`;
  const corridorsEditor = `Bearer ${(await corridors.auth.create("test backward corridors editor", Role.EDITOR)).key}`;
  // Entries for the audit logs, one write each.
  for (let i = 1; i <= 7; i++) {
    const r = await t.run(`mutation { createTopic(input: { code: "test-back-${i}", name: "Backward ${i}" }) { code } }`, undefined, editor);
    expect(r.errors).toBeUndefined();
    const c = await corridors.run(
      `mutation { createCorridorNode(input: { id: "test-back-${i}", name: "Node ${i}", kind: PORT, country: "IR", latitude: 37, longitude: ${40 + i} }) { id } }`,
      undefined,
      corridorsEditor,
    );
    expect(c.errors).toBeUndefined();
  }
  const topics: { code: string; agreements: { totalCount: number }; clauses: { totalCount: number } }[] = (
    await t.run(`{ topics { code agreements(first: 0) { totalCount } clauses(first: 0) { totalCount } } }`)
  ).data!.topics;
  const most = (count: (x: (typeof topics)[number]) => number) => topics.reduce((a, b) => (count(b) > count(a) ? b : a)).code;
  // Its longest list of agreements short of a few hundred (the longest, thousands, would take a hundred pages).
  topicOfAgreements = most((x) => (x.agreements.totalCount <= 500 ? x.agreements.totalCount : 0));
  topicOfClauses = most((x) => x.clauses.totalCount);
});
afterAll(async () => {
  await corridors?.close();
  await t?.close();
});

interface Edge {
  cursor: string;
  key: string;
}
interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}
interface Page {
  edges: Edge[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** A connection to walk: where it sits in a query, and how to name a node. */
interface Conn {
  name: string;
  app: () => TestApp;
  /** The operation, given the page arguments to place on the connection field. */
  query: (pageArgs: string) => string;
  at: (data: any) => any;
  authorization?: () => string;
}

const PAGE_VARS = "$first: Int, $after: String, $last: Int, $before: String";
const PAGE_ARGS = "first: $first, after: $after, last: $last, before: $before";
const SELECTION = (node: string) => `totalCount edges { cursor node { ${node} } } pageInfo { hasNextPage hasPreviousPage startCursor endCursor }`;
const HIT = `__typename ... on Agreement { id } ... on Country { code } ... on Person { id } ... on Clause { id } ... on Statement { id }`;

const relations = () => t;
const CONNECTIONS: Conn[] = [
  { name: "countries", app: relations, query: (a) => `query(${PAGE_VARS}) { c: countries(${a}) { ${SELECTION("id: code")} } }`, at: (d) => d.c },
  {
    name: "agreements (IR and RU, oldest first)",
    app: relations,
    query: (a) => `query(${PAGE_VARS}) { c: agreements(filter: { parties: ["IR", "RU"] }, orderBy: SIGNED_ON_ASC, ${a}) { ${SELECTION("id")} } }`,
    at: (d) => d.c,
  },
  {
    name: "Country.agreements (by title)",
    app: relations,
    query: (a) => `query(${PAGE_VARS}) { country(code: "IR") { c: agreements(orderBy: TITLE_ASC, ${a}) { ${SELECTION("id")} } } }`,
    at: (d) => d.country.c,
  },
  { name: "Topic.agreements", app: relations, query: (a) => `query(${PAGE_VARS}) { topic(code: "${topicOfAgreements}") { c: agreements(${a}) { ${SELECTION("id")} } } }`, at: (d) => d.topic.c },
  { name: "Topic.clauses", app: relations, query: (a) => `query(${PAGE_VARS}) { topic(code: "${topicOfClauses}") { c: clauses(${a}) { ${SELECTION("id")} } } }`, at: (d) => d.topic.c },
  { name: "people", app: relations, query: (a) => `query(${PAGE_VARS}) { c: people(${a}) { ${SELECTION("id")} } }`, at: (d) => d.c },
  { name: "sources", app: relations, query: (a) => `query(${PAGE_VARS}) { c: sources(${a}) { ${SELECTION("id")} } }`, at: (d) => d.c },
  { name: "search (one word, from the postings)", app: relations, query: (a) => `query(${PAGE_VARS}) { c: search(text: "iran", ${a}) { ${SELECTION(HIT)} } }`, at: (d) => d.c },
  { name: "search (several words, ranked)", app: relations, query: (a) => `query(${PAGE_VARS}) { c: search(text: "iran or russia", ${a}) { ${SELECTION(HIT)} } }`, at: (d) => d.c },
  {
    name: "relationsAuditLog",
    app: relations,
    query: (a) => `query(${PAGE_VARS}) { c: relationsAuditLog(${a}) { ${SELECTION("id")} } }`,
    at: (d) => d.c,
    authorization: () => relationsAdmin,
  },
  {
    name: "corridorsAuditLog (corridors subgraph)",
    app: () => corridors,
    query: (a) => `query(${PAGE_VARS}) { c: corridorsAuditLog(${a}) { ${SELECTION("id")} } }`,
    at: (d) => d.c,
    authorization: () => corridorsAdmin,
  },
];

async function page(c: Conn, vars: { first?: number; after?: string | null; last?: number; before?: string | null }): Promise<Page> {
  const res = await c.app().run(c.query(PAGE_ARGS), vars, c.authorization?.());
  expect(res.errors, c.name).toBeUndefined();
  const conn = c.at(res.data);
  const edges: Edge[] = conn.edges.map((e: any) => ({ cursor: e.cursor, key: `${e.node.__typename ?? ""}:${e.node.id ?? e.node.code}` }));
  expect(conn.pageInfo.startCursor).toBe(edges[0]?.cursor ?? null);
  expect(conn.pageInfo.endCursor).toBe(edges.at(-1)?.cursor ?? null);
  return { edges, pageInfo: conn.pageInfo, totalCount: conn.totalCount };
}

/** Every edge, page after page with first/after; checks each page's flags. */
async function walkForward(c: Conn, size: number): Promise<{ edges: Edge[]; pages: number; total: number }> {
  const edges: Edge[] = [];
  let after: string | null = null;
  let pages = 0;
  let total = 0;
  for (;;) {
    const p = await page(c, { first: size, after });
    pages++;
    total = p.totalCount;
    expect(p.pageInfo.hasPreviousPage, `${c.name}: forward page ${pages}`).toBe(after !== null);
    edges.push(...p.edges);
    if (!p.pageInfo.hasNextPage) break;
    expect(p.edges).toHaveLength(size);
    after = p.pageInfo.endCursor;
    expect(pages).toBeLessThan(100);
  }
  return { edges, pages, total };
}

/** Every edge, page before page with last/before from the end; checks each page's flags. */
async function walkBackward(c: Conn, size: number): Promise<{ edges: Edge[]; pages: number }> {
  const pages: Edge[][] = [];
  let before: string | null = null;
  for (;;) {
    const p = await page(c, { last: size, before });
    // A page read before a cursor has items after it (from that cursor on); the first one read, from the very end, has none.
    expect(p.pageInfo.hasNextPage, `${c.name}: backward page ${pages.length + 1}`).toBe(before !== null);
    expect(p.edges.length).toBeLessThanOrEqual(size);
    pages.unshift(p.edges);
    if (!p.pageInfo.hasPreviousPage) break;
    expect(p.edges).toHaveLength(size);
    before = p.pageInfo.startCursor;
    expect(pages.length).toBeLessThan(100);
  }
  return { edges: pages.flat(), pages: pages.length };
}

describe("walking a connection backward with last/before is the reverse of walking it forward", () => {
  it.each(CONNECTIONS.map((c) => [c.name, c] as const))("%s", async (_name, c) => {
    const whole = await page(c, { first: 1 });
    console.log(`${c.name}: ${whole.totalCount} items`);
    // A page size that leaves the first backward page short of the list's start: several pages, one partial.
    const size = Math.max(1, Math.min(40, Math.ceil(whole.totalCount / 4)));
    const fwd = await walkForward(c, size);
    expect(fwd.edges.length, c.name).toBe(fwd.total);
    expect(fwd.total, `${c.name}: enough items for several pages`).toBeGreaterThan(size);
    expect(new Set(fwd.edges.map((e) => e.key)).size).toBe(fwd.total);
    const back = await walkBackward(c, size);
    // Same items, same cursors, same order (each backward page in the list's own order).
    expect(back.edges).toEqual(fwd.edges);
    expect(back.pages).toBe(fwd.pages);
    // The first page read from the end holds the last `size` items, whatever the list's length.
    const tail = await page(c, { last: size });
    expect(tail.edges).toEqual(fwd.edges.slice(-size));
    expect(tail.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: false });
  });
});

describe("windows between and before cursors", () => {
  const countries = CONNECTIONS[0];
  let all: Edge[];
  beforeAll(async () => {
    all = (await page(countries, { first: 40 })).edges;
  });

  it("after and before together bound the page; first counts from the start of that range, last from its end", async () => {
    const range = { after: all[9].cursor, before: all[20].cursor };
    const last = await page(countries, { ...range, last: 3 });
    expect(last.edges).toEqual(all.slice(17, 20));
    expect(last.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const first = await page(countries, { ...range, first: 3 });
    expect(first.edges).toEqual(all.slice(10, 13));
    expect(first.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const whole = await page(countries, { ...range, last: 50 });
    expect(whole.edges).toEqual(all.slice(10, 20));
    // The whole range: nothing more inside it, but items outside it on both sides (the cursors').
    expect(whole.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
  });

  it("before alone reads the 20 items before it; first with before reads from the list's start", async () => {
    const alone = await page(countries, { before: all[30].cursor });
    expect(alone.edges).toEqual(all.slice(10, 30));
    expect(alone.pageInfo).toMatchObject({ hasPreviousPage: true, hasNextPage: true });
    const head = await page(countries, { first: 3, before: all[30].cursor });
    expect(head.edges).toEqual(all.slice(0, 3));
    expect(head.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
    const start = await page(countries, { last: 5, before: all[3].cursor });
    expect(start.edges).toEqual(all.slice(0, 3));
    expect(start.pageInfo).toMatchObject({ hasPreviousPage: false, hasNextPage: true });
  });

  it("last: 0 is an empty page that knows items precede it", async () => {
    const empty = await page(countries, { last: 0 });
    expect(empty.edges).toEqual([]);
    expect(empty.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false, startCursor: null, endCursor: null });
  });

  it("a nested connection pages backward per parent in one request", async () => {
    const { data, errors } = await t.run(`{ topics { code agreements(last: 2) { totalCount edges { cursor } pageInfo { hasPreviousPage hasNextPage } } } }`);
    expect(errors).toBeUndefined();
    const checked = data.topics.filter((x: any) => x.agreements.totalCount > 2);
    expect(checked.length).toBeGreaterThan(1);
    for (const topic of checked) {
      // The same page asked of this parent alone, and (for a short list) the tail of its forward page.
      const own = await t.run(`{ topic(code: "${topic.code}") { alone: agreements(last: 2) { edges { cursor } } all: agreements(first: 100) { edges { cursor } } } }`);
      expect(topic.agreements.edges).toEqual(own.data.topic.alone.edges);
      if (topic.agreements.totalCount <= 100) expect(topic.agreements.edges).toEqual(own.data.topic.all.edges.slice(-2));
      expect(topic.agreements.pageInfo).toEqual({ hasPreviousPage: true, hasNextPage: false });
    }
  });
});

describe("limits and cursors", () => {
  const refusal = async (query: string, variables?: Record<string, unknown>, authorization?: string) => {
    const res = await t.run(query, variables, authorization);
    expect(res.errors, query).toHaveLength(1);
    return res.errors![0] as { message: string; extensions: { code: string; argument?: string } };
  };

  it("last has first's limits: 0 to 100, as BAD_USER_INPUT naming last", async () => {
    for (const q of [`{ countries(last: 101) { totalCount } }`, `{ sources(last: -1) { totalCount } }`, `{ topic(code: "energy") { clauses(last: 1000) { totalCount } } }`]) {
      const e = await refusal(q);
      expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "last" });
    }
    const ok = await t.run(`{ countries(last: 100) { nodes { code } } }`);
    expect(ok.data!.countries.nodes).toHaveLength(100);
  });

  it("first with last is BAD_USER_INPUT, on every kind of connection", async () => {
    for (const q of [
      `{ countries(first: 2, last: 2) { totalCount } }`,
      `{ country(code: "IR") { agreements(first: 1, last: 1) { totalCount } } }`,
      `{ search(text: "iran", first: 1, last: 1) { totalCount } }`,
    ]) {
      const e = await refusal(q);
      expect(e.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "last" });
      expect(e.message).toContain("first");
    }
    const audit = await refusal(`{ relationsAuditLog(first: 1, last: 1) { totalCount } }`, undefined, relationsAdmin);
    expect(audit.extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "last" });
  });

  it("a before cursor of another list or ordering, or a forged one, is BAD_USER_INPUT naming before", async () => {
    const countryCursor = (await t.run(`{ countries(first: 1) { pageInfo { endCursor } } }`)).data!.countries.pageInfo.endCursor;
    const newest = (await t.run(`{ agreements(first: 1) { pageInfo { endCursor } } }`)).data!.agreements.pageInfo.endCursor;
    const cases: [string, Record<string, unknown>, string][] = [
      [`query($c: String) { sources(last: 2, before: $c) { totalCount } }`, { c: countryCursor }, "same orderBy"],
      [`query($c: String) { agreements(orderBy: TITLE_ASC, last: 2, before: $c) { totalCount } }`, { c: newest }, "same orderBy"],
      [`query($c: String) { country(code: "IR") { agreements(before: $c) { totalCount } } }`, { c: encodeCursor("agreements:SIGNED_ON_DESC", ["2025-02-30", "x"]) }, "not a valid date"],
      [`query($c: String) { search(text: "iran", last: 2, before: $c) { totalCount } }`, { c: "not a cursor!" }, "startCursor"],
      [`query($c: String) { search(text: "iran", before: $c) { totalCount } }`, { c: encodeCursor("search", ["0.5", "Agreement", "x"]) }, "not a cursor of this search"],
      [`query($c: String) { countries(after: $c, before: $c) { totalCount } }`, { c: encodeCursor("countries:name", ["Iran"]) }, "same orderBy"],
    ];
    for (const [q, vars, says] of cases) {
      const e = await refusal(q, vars);
      expect(e.extensions, q).toMatchObject({ code: "BAD_USER_INPUT" });
      expect(e.message, q).toContain(says);
    }
    // Each names the argument it came in: `after` keeps its name where both are sent.
    expect((await refusal(cases[0][0], cases[0][1])).extensions.argument).toBe("before");
    expect((await refusal(cases[5][0], cases[5][1])).extensions.argument).toBe("after");
    const corridorsCross = await corridors.run(`query($c: String) { corridorsAuditLog(last: 1, before: $c) { totalCount } }`, { c: countryCursor }, corridorsAdmin);
    expect(corridorsCross.errors![0].extensions).toMatchObject({ code: "BAD_USER_INPUT", argument: "before" });
  });
});

describe("cost and statements", () => {
  it("prices last like first", () => {
    const cost = (q: string) => listCostFor(t.app.schema, parse(q));
    expect(cost(`{ countries(last: 100) { nodes { code name } } }`)).toBe(cost(`{ countries(first: 100) { nodes { code name } } }`));
    expect(cost(`{ countries(last: 100) { nodes { code name } } }`)).toBeGreaterThan(cost(`{ countries { nodes { code name } } }`));
    expect(cost(`{ country(code: "IR") { agreements(last: 50) { nodes { id } } } }`)).toBe(cost(`{ country(code: "IR") { agreements(first: 50) { nodes { id } } } }`));
  });

  it("a backward page sends the statements a forward one does, at 5 rows and at 100", async () => {
    // Like for like: each backward page below holds the same items as the forward page it is compared with.
    const cursors = async (q: string, at: (d: any) => any) => at((await t.run(q)).data).edges.map((e: any) => e.cursor) as string[];
    const c = await cursors(`{ countries(first: 100) { edges { cursor } } }`, (d) => d.countries);
    const nested = (args: string, inner: string) => `query($c: String) { countries(${args}) { nodes { code agreements(${inner}) { nodes { id parties { country { code } } } } } } }`;
    const forward5 = await t.countStatements(nested("first: 5, after: $c", "first: 3"), { c: c[89] });
    const back5 = await t.countStatements(nested("last: 5, before: $c", "last: 3"), { c: c[95] });
    const back100 = await t.countStatements(nested("last: 100, before: $c", "last: 3"), { c: null });
    expect(back5).toBe(forward5);
    expect(back100).toBe(back5);

    const hits = await cursors(`{ search(text: "iran", last: 6) { edges { cursor } } }`, (d) => d.search);
    const search = (args: string) => `query($c: String) { search(text: "iran", ${args}) { edges { score snippet node { ${HIT} } } } }`;
    expect(await t.countStatements(search("last: 5, before: $c"), { c: null })).toBe(await t.countStatements(search("first: 5, after: $c"), { c: hits[0] }));

    const pair = await cursors(`{ agreements(filter: { parties: ["IR", "RU"] }, last: 21) { edges { cursor } } }`, (d) => d.agreements);
    const agreements = (args: string) =>
      `query($c: String) { agreements(filter: { parties: ["IR", "RU"] }, ${args}) { nodes { id title parties { country { code } } topics { code } } } }`;
    expect(await t.countStatements(agreements("last: 20, before: $c"), { c: null })).toBe(await t.countStatements(agreements("first: 20, after: $c"), { c: pair[0] }));
  });
});
