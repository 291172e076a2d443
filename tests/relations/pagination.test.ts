import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestApp, type TestApp } from "../support/app.js";

let t: TestApp;
beforeAll(async () => {
  t = await startTestApp("relations");
});
afterAll(() => t?.close());

async function walk(field: string, args: string, pageSize: number): Promise<{ ids: string[]; pages: number; total: number }> {
  const ids: string[] = [];
  let after: string | null = null;
  let pages = 0;
  let total = 0;
  for (;;) {
    const res: any = await t.run(`query($after: String) { ${field}(${args} first: ${pageSize}, after: $after) {
      totalCount edges { cursor } nodes { id: ${field === "countries" ? "code" : "id"} } pageInfo { hasNextPage hasPreviousPage startCursor endCursor } } }`, { after });
    expect(res.errors).toBeUndefined();
    const c = res.data[field];
    pages++;
    total = c.totalCount;
    expect(c.pageInfo.hasPreviousPage).toBe(after !== null);
    expect(c.pageInfo.startCursor).toBe(c.edges[0]?.cursor ?? null);
    expect(c.pageInfo.endCursor).toBe(c.edges.at(-1)?.cursor ?? null);
    ids.push(...c.nodes.map((n: any) => n.id));
    if (!c.pageInfo.hasNextPage) break;
    after = c.pageInfo.endCursor;
  }
  return { ids, pages, total };
}

describe("connections", () => {
  it("walk every country across pages, in name order, with no gap or repeat", async () => {
    const { ids, pages, total } = await walk("countries", "", 50);
    expect(total).toBe(249);
    expect(pages).toBe(5);
    expect(new Set(ids).size).toBe(249);
    const { data } = await t.run(`{ countries(first: 100) { nodes { name } } }`);
    const names = data.countries.nodes.map((n: any) => n.name);
    expect(names.slice(0, 3)).toEqual(names.slice(0, 3).sort((a: string, b: string) => (a < b ? -1 : 1)));
  });

  it("walk agreements and sources in pages of one", async () => {
    const agreements = await walk("agreements", "", 1);
    expect(agreements.ids.length).toBe(agreements.total);
    expect(new Set(agreements.ids).size).toBe(agreements.total);
    const sources = await walk("sources", "", 7);
    expect(sources.ids.length).toBe(sources.total);
    expect(sources.total).toBeGreaterThan(20);
  });

  it("keep a cursor's place when a row is inserted before it", async () => {
    const first = await t.run(`{ countries(first: 10) { pageInfo { endCursor } } }`);
    const cursor = first.data.countries.pageInfo.endCursor;
    const before = await t.run(`query($c: String) { countries(first: 5, after: $c) { nodes { code } } }`, { c: cursor });
    await t.app.dataSource.query(`INSERT INTO relations.country (code, iso3, name, official_name) VALUES ('ZZ', 'ZZZ', 'Aaa test country', 'Aaa')`);
    const after = await t.run(`query($c: String) { countries(first: 5, after: $c) { totalCount nodes { code } } }`, { c: cursor });
    expect(after.data.countries.totalCount).toBe(250);
    expect(after.data.countries.nodes).toEqual(before.data.countries.nodes);
  });

  it("page nested connections per parent", async () => {
    const { data, errors } = await t.run(`{
      a: country(code: "IR") { agreements(first: 1) { totalCount nodes { id } pageInfo { hasNextPage endCursor } } }
      b: country(code: "RU") { agreements(first: 1, orderBy: SIGNED_ON_ASC) { totalCount nodes { id signedOn } } }
      topic(code: "transportation") { agreements { totalCount nodes { id } } }
      irAll: agreements(filter: { parties: ["IR"] }) { totalCount }
      ruOldest: agreements(filter: { parties: ["RU"] }, orderBy: SIGNED_ON_ASC, first: 1) { nodes { id signedOn } }
    }`);
    expect(errors).toBeUndefined();
    // With the GGO data, Iran is party to hundreds of agreements; the curated 2025 treaty is the newest.
    expect(data.a.agreements.totalCount).toBe(data.irAll.totalCount);
    expect(data.a.agreements.totalCount).toBeGreaterThan(300);
    expect(data.a.agreements.nodes[0].id).toBe("ir-ru-comprehensive-strategic-partnership-2025");
    expect(data.a.agreements.pageInfo.hasNextPage).toBe(true);
    expect(data.b.agreements.nodes[0]).toEqual(data.ruOldest.nodes[0]);
    expect(data.topic.agreements.nodes.map((n: any) => n.id)).toContain("instc-agreement-2000");
  });

  it("filter agreements by parties, topic, kind, dates and search", async () => {
    const { data, errors } = await t.run(`{
      pair: agreements(filter: { parties: ["IRN", "ru"] }) { totalCount }
      trio: agreements(filter: { parties: ["IR", "RU", "IN"], signedFrom: "2000-01-01", signedTo: "2000-12-31" }) { nodes { id } }
      unknown: agreements(filter: { parties: ["IR", "QQ"] }) { totalCount }
      energy: agreements(filter: { topic: "energy", kind: TREATY }) { nodes { id } }
      window: agreements(filter: { parties: ["RU"], signedFrom: "2000-01-01", signedTo: "2001-12-31" }, orderBy: SIGNED_ON_ASC, first: 100) { nodes { id signedOn } }
      search: agreements(filter: { search: "strategic partnership" }) { nodes { id } }
      persian: agreements(filter: { search: "روسیه" }) { nodes { id } }
      titled: agreements(orderBy: TITLE_ASC) { nodes { title } }
    }`);
    expect(errors).toBeUndefined();
    expect(data.pair.totalCount).toBeGreaterThanOrEqual(340);
    expect(data.trio.nodes.map((n: any) => n.id)).toContain("instc-agreement-2000");
    expect(data.trio.nodes.filter((n: any) => !n.id.startsWith("ggo-")).map((n: any) => n.id)).toEqual(["instc-agreement-2000"]);
    expect(data.unknown.totalCount).toBe(0);
    expect(data.energy.nodes.map((n: any) => n.id)).toEqual(["ir-ru-comprehensive-strategic-partnership-2025"]);
    const window = data.window.nodes.map((n: any) => n.id);
    expect(window.filter((id: string) => !id.startsWith("ggo-"))).toEqual(["instc-agreement-2000", "ir-ru-basis-mutual-relations-2001"]);
    for (const n of data.window.nodes) expect(n.signedOn >= "2000-01-01" && n.signedOn <= "2001-12-31").toBe(true);
    const signed = data.window.nodes.map((n: any) => n.signedOn);
    expect([...signed].sort()).toEqual(signed);
    expect(data.search.nodes.filter((n: any) => !n.id.startsWith("ggo-")).map((n: any) => n.id)).toEqual(["ir-ru-comprehensive-strategic-partnership-2025"]);
    expect(data.persian.nodes.map((n: any) => n.id)).toContain("ir-ru-comprehensive-strategic-partnership-2025");
    const titles = data.titled.nodes.map((n: any) => n.title);
    expect(titles).toHaveLength(20);
  });

  it("page search results by cursor without repeats", async () => {
    const all = await t.run(`{ search(text: "iran", first: 100) { totalCount edges { node { __typename ... on Agreement { id } ... on Country { code } ... on Person { id } ... on Clause { id } ... on Statement { id } } } } }`);
    const total = all.data.search.totalCount;
    expect(total).toBeGreaterThan(3);
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 100; i++) {
      const res: any = await t.run(`query($a: String) { search(text: "iran", first: 2, after: $a) { totalCount pageInfo { hasNextPage endCursor } edges { score node { __typename ... on Agreement { id } ... on Country { code } ... on Person { id } ... on Clause { id } ... on Statement { id } } } } }`, { a: after });
      expect(res.data.search.totalCount).toBe(total);
      seen.push(...res.data.search.edges.map((e: any) => `${e.node.__typename}:${e.node.id ?? e.node.code}`));
      if (!res.data.search.pageInfo.hasNextPage) break;
      after = res.data.search.pageInfo.endCursor;
    }
    expect(seen).toHaveLength(total);
    expect(new Set(seen).size).toBe(total);
  });
});
