import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildASTSchema, isObjectType, parse } from "graphql";
import { readFileSync } from "node:fs";
import { decodeGlobalId, encodeGlobalId } from "../../src/graphql/node.js";
import { Role } from "../../src/auth/api-key.entity.js";
import { startTestStack, type TestStack } from "../support/app.js";

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack?.close());

async function postTo(subgraph: "relations" | "corridors", q: string, variables: Record<string, unknown>) {
  const res = await fetch(stack.urls[subgraph], { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify({ query: q, variables }) });
  return { status: res.status, body: (await res.json()) as any };
}

async function query(q: string, variables?: Record<string, unknown>) {
  const res = await stack.post(q, variables);
  expect(res.status).toBe(200);
  expect(res.body.errors).toBeUndefined();
  return res.body.data;
}

/** One object of each Node type, reached by its own queries. */
const SAMPLES = `{
  agreement(id: "ir-ru-comprehensive-strategic-partnership-2025") {
    __typename id nodeId
    clauses { __typename id nodeId topics { __typename id code nodeId } }
    parties { country { __typename id code nodeId } }
    sources { __typename id nodeId }
  }
  bilateralRelation(between: ["IR", "RU"]) { __typename id nodeId }
  people(first: 5) { nodes { __typename id nodeId statements { __typename id nodeId } } }
  corridor(id: "instc") { __typename id nodeId nodes { __typename id nodeId } segments { __typename id nodeId } }
  port(unlocode: "IR BND") { __typename id nodeId }
}`;

interface Sampled {
  __typename: string;
  id: string;
  nodeId: string;
}

function collect(value: unknown, into: Sampled[] = []): Sampled[] {
  if (Array.isArray(value)) for (const v of value) collect(v, into);
  else if (value && typeof value === "object") {
    const o = value as Record<string, unknown>;
    if (typeof o.nodeId === "string") into.push(o as unknown as Sampled);
    for (const v of Object.values(o)) collect(v, into);
  }
  return into;
}

describe("object identification (Relay Node)", () => {
  it("every entity type of the supergraph implements Node, and Country and Topic have an id equal to their code", () => {
    const schema = buildASTSchema(parse(readFileSync("schema/supergraph.graphql", "utf8")), { assumeValidSDL: true });
    const entities = Object.values(schema.getTypeMap()).filter((t) => isObjectType(t) && (t.astNode?.directives ?? []).some((d) => d.name.value === "join__type" && d.arguments?.some((a) => a.name.value === "key")));
    expect(entities.length).toBeGreaterThanOrEqual(11);
    for (const t of entities) {
      if (!isObjectType(t)) continue;
      expect(t.getInterfaces().map((i) => i.name), t.name).toContain("Node");
      expect(t.getFields().id?.type.toString(), `${t.name}.id`).toBe("ID!");
    }
  });

  it("global ids are unique across types and round-trip through node and nodes", async () => {
    const samples = collect(await query(SAMPLES));
    const types = new Set(samples.map((s) => s.__typename));
    expect([...types].sort()).toEqual(["Agreement", "BilateralRelation", "Clause", "CorridorNode", "CorridorSegment", "Country", "Person", "Port", "Source", "Statement", "Topic", "TradeCorridor"]); // audit entries: the last test
    // Unique: one nodeId per (type, id), never shared by two objects.
    const byNodeId = new Map<string, string>();
    for (const s of samples) {
      expect(decodeGlobalId(s.nodeId)).toEqual({ type: s.__typename, id: s.id });
      const key = `${s.__typename}:${s.id}`;
      expect(byNodeId.get(s.nodeId) ?? key).toBe(key);
      byNodeId.set(s.nodeId, key);
    }
    const country = samples.find((s) => s.__typename === "Country")!;
    expect(country.id).toMatch(/^[A-Z]{2}$/);
    // Round trip, one node at a time and all at once, across both subgraphs.
    const ids = [...byNodeId.keys()];
    const one = `query($id: ID!) { node(id: $id) { __typename nodeId ... on Agreement { id title } ... on Country { id name } ... on Topic { id name }
      ... on TradeCorridor { id name } ... on CorridorNode { id name } ... on CorridorSegment { id mode } ... on Port { id name } ... on Person { id name }
      ... on Source { id } ... on Statement { id } ... on Clause { id } ... on BilateralRelation { id } } }`;
    for (const id of ids) {
      const { node } = await query(one, { id });
      expect(node.nodeId).toBe(id);
      expect(`${node.__typename}:${node.id}`).toBe(byNodeId.get(id));
    }
    const { nodes } = await query(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename nodeId ... on TradeCorridor { name } ... on Country { name } } }`, { ids });
    expect(nodes.map((n: Sampled) => n.nodeId)).toEqual(ids);
    expect(nodes.find((n: Sampled) => n.__typename === "TradeCorridor").name).toMatch(/North.South/);
  });

  it("answers null for an unknown object, and BAD_USER_INPUT for a string that is no global id", async () => {
    const unknown = [encodeGlobalId("Agreement", "no-such-agreement"), encodeGlobalId("Country", "QQ"), encodeGlobalId("NoSuchType", "x"), encodeGlobalId("PageInfo", "x")];
    const { nodes } = await query(`query($ids: [ID!]!) { nodes(ids: $ids) { __typename nodeId } }`, { ids: unknown });
    expect(nodes).toEqual([null, null, null, null]);
    const bad = await stack.post(`{ node(id: "not a global id!") { nodeId } }`);
    expect(bad.body.data.node).toBeNull();
    expect(bad.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
    expect(bad.body.errors[0].message).toMatch(/not a global id/);
    const many = await stack.post(`query($ids: [ID!]!) { nodes(ids: $ids) { nodeId } }`, { ids: Array.from({ length: 101 }, (_, i) => encodeGlobalId("Country", `C${i}`)) });
    expect(many.body.errors[0].extensions.code).toBe("BAD_USER_INPUT");
  });

  it("an unknown corridor-side id is null too (the corridors subgraph finds no such object)", async () => {
    const res = await stack.post(`query($id: ID!) { node(id: $id) { __typename ... on TradeCorridor { id name } } }`, { id: encodeGlobalId("TradeCorridor", "no-such-corridor") });
    expect(res.body.data.node).toBeNull();
  });

  it("resolves a representation by nodeId in each subgraph's _entities, and Country by any code form", async () => {
    const reps = [
      { __typename: "Country", code: "IRN" },
      { __typename: "Country", code: "ir" },
      { __typename: "Country", code: "QQ" },
      { __typename: "Country", nodeId: encodeGlobalId("Country", "RU") },
      { __typename: "Node", nodeId: encodeGlobalId("Topic", "energy") },
    ];
    const relations = await postTo("relations", `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on Country { code } ... on Topic { code } } }`, { r: reps });
    expect(relations.body.errors).toBeUndefined();
    expect(relations.body.data._entities).toEqual([{ __typename: "Country", code: "IR" }, { __typename: "Country", code: "IR" }, null, { __typename: "Country", code: "RU" }, { __typename: "Topic", code: "energy" }]);
    const corridors = await postTo("corridors", `query($r: [_Any!]!) { _entities(representations: $r) { __typename ... on TradeCorridor { id } } }`, {
      r: [{ __typename: "TradeCorridor", nodeId: encodeGlobalId("TradeCorridor", "instc") }, { __typename: "TradeCorridor", nodeId: encodeGlobalId("CorridorNode", "instc") }],
    });
    expect(corridors.body.data._entities).toEqual([{ __typename: "TradeCorridor", id: "instc" }, null]);
  });

  it("a corridor path has a deterministic id: the same path the same id, another path another", async () => {
    const PATH = `query($from: String!, $to: String!, $statuses: [SegmentStatus!], $modes: [TransportMode!]) {
      corridorPath(from: $from, to: $to, statuses: $statuses, modes: $modes) { id segments { id } } }`;
    const a = (await query(PATH, { from: "in-nhava-sheva", to: "ru-moscow" })).corridorPath;
    const again = (await query(PATH, { from: "in-nhava-sheva", to: "ru-moscow" })).corridorPath;
    const wider = (await query(PATH, { from: "in-nhava-sheva", to: "ru-moscow", statuses: ["OPERATIONAL", "UNDER_CONSTRUCTION", "PLANNED"] })).corridorPath;
    expect(a.id).toMatch(/^in-nhava-sheva~ru-moscow~[A-Za-z0-9_-]{16}$/);
    expect(again.id).toBe(a.id);
    const sameSegments = JSON.stringify(wider.segments) === JSON.stringify(a.segments);
    expect(wider.id === a.id).toBe(sameSegments);
    const back = (await query(PATH, { from: "ru-moscow", to: "in-nhava-sheva" })).corridorPath;
    expect(back.id).not.toBe(a.id);
  });

  it("audit entries are Nodes for admins only, in both subgraphs", async () => {
    const editor = `Bearer ${(await stack.auth.create("node test editor", Role.EDITOR)).key}`;
    const admin = `Bearer ${(await stack.auth.create("node test admin", Role.ADMIN)).key}`;
    const wrote = await stack.post(`mutation { createTopic(input: { code: "node-test", name: "Node test" }) { code }
      createCorridorNode(input: { id: "ir-node-test", name: "Node test", kind: CITY, country: "IR" }) { id } }`, undefined, { authorization: editor });
    expect(wrote.body.errors).toBeUndefined();
    const log = await stack.post(`{ relationsAuditLog(first: 1) { nodes { __typename id nodeId } } corridorsAuditLog(first: 1) { nodes { __typename id nodeId } } }`, undefined, { authorization: admin });
    expect(log.body.errors).toBeUndefined();
    const entries = [log.body.data.relationsAuditLog.nodes[0], log.body.data.corridorsAuditLog.nodes[0]];
    const NODES = `query($ids: [ID!]!) { nodes(ids: $ids) { __typename nodeId ... on RelationsAuditEntry { id recordId } ... on CorridorsAuditEntry { id recordId } } }`;
    const asAdmin = await stack.post(NODES, { ids: entries.map((e) => e.nodeId) }, { authorization: admin });
    expect(asAdmin.body.errors).toBeUndefined();
    expect(asAdmin.body.data.nodes.map((n: any) => [n.__typename, n.id, n.recordId])).toEqual([
      ["RelationsAuditEntry", entries[0].id, "node-test"],
      ["CorridorsAuditEntry", entries[1].id, "ir-node-test"],
    ]);
    for (const [who, code] of [[undefined, "UNAUTHENTICATED"], [editor, "FORBIDDEN"]] as const) {
      const res = await stack.post(NODES, { ids: [entries[0].nodeId] }, who ? { authorization: who } : {});
      expect(res.body.data?.nodes ?? [null]).toEqual([null]);
      expect(res.body.errors.map((e: any) => e.extensions.code)).toContain(code);
    }
  });
});
