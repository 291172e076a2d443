import { isObjectType, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "../support/app.js";
import { tableChecksums } from "../support/checksums.js";
import { apiSchema, argsText, ENTRY, selection, takesText, TREATY } from "../support/schema-walk.js";

/**
 * Bad input, as a corpus, through the gateway over real HTTP. Every case must end in a 4xx or in
 * GraphQL errors that each carry a code from the contract (docs/api.md, "Errors") (or, for hostile but well-formed strings, in
 * an ordinary answer): never a 5xx, never INTERNAL_SERVER_ERROR, never a hang. The gateway stays up
 * (a healthy query after each group), and afterwards no table of either subgraph has changed.
 */
const API_CODES = new Set(["BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN", "CONFLICT", "QUERY_TOO_COMPLEX", "RATE_LIMITED", "SERVICE_UNAVAILABLE", "INTERNAL_SERVER_ERROR"]);

let stack: TestStack;
let url: string;
let before: Record<string, Record<string, string>>;
let schema: GraphQLSchema;

async function checksums(): Promise<Record<string, Record<string, string>>> {
  const ds = (name: "relations" | "corridors"): DataSource => stack.apps[name].dataSource;
  return { relations: await tableChecksums(ds("relations"), "relations"), corridors: await tableChecksums(ds("corridors"), "corridors") };
}

beforeAll(async () => {
  schema = apiSchema();
  // As in production (no internals in errors, no suggestions). The corpus sends several hundred
  // requests from one address: a rate limit is not what it tests.
  stack = await startTestStack(undefined, { http: { production: true, rateLimit: undefined } });
  url = stack.urls.gateway;
  before = await checksums();
}, 120_000);

afterAll(() => stack?.close());

interface Answer {
  status: number;
  contentType: string;
  body: any;
  text: string;
}

async function send(init: RequestInit & { path?: string }): Promise<Answer> {
  const res = await fetch(init.path ? new URL(init.path, url) : url, { ...init, signal: AbortSignal.timeout(60_000) });
  const text = await res.text();
  let body: any = null;
  try {
    body = JSON.parse(text);
  } catch {
    /* not JSON */
  }
  return { status: res.status, contentType: res.headers.get("content-type") ?? "", body, text };
}

const post = (body: unknown, headers: Record<string, string> = {}) =>
  send({ method: "POST", headers: { "content-type": "application/json", ...headers }, body: typeof body === "string" ? body : JSON.stringify(body) });

/** The contract for any bad request: a 4xx, or GraphQL errors each with a code from the contract (docs/api.md); never a 5xx. */
function expectHandled(a: Answer, label: string) {
  const context = `${label}: ${a.status} ${a.text.slice(0, 300)}`;
  expect(a.status, context).toBeLessThan(500);
  const errors: any[] | undefined = a.body?.errors;
  if (a.status >= 400) {
    // A 4xx from our HTTP layer still explains itself with a code, when it says anything.
    if (errors) for (const e of errors) expect(API_CODES.has(e.extensions?.code), context).toBe(true);
  } else {
    expect(a.status, context).toBe(200);
    if (errors) for (const e of errors) expect(API_CODES.has(e.extensions?.code), context).toBe(true);
  }
  // Whatever happened, nothing failed inside, and no internals leave: no stack, no SQL error text.
  for (const e of errors ?? []) expect(e.extensions?.code, context).not.toBe("INTERNAL_SERVER_ERROR");
  for (const e of errors ?? []) expect(e.extensions?.stacktrace, context).toBeUndefined();
  expect(a.text, context).not.toMatch(/\bat [\w.<>]+ \(.*\.[jt]s:\d+|QueryFailedError|syntax error at or near|relation ".*" does not exist|invalid input syntax|unterminated quoted/);
}

function codesOf(a: Answer): string[] {
  return (a.body?.errors ?? []).map((e: any) => e.extensions?.code);
}

async function expectHealthy() {
  const a = await post({ query: `{ agreement(id: "${TREATY}") { id title } corridor(id: "instc") { id } }` });
  expect(a.status).toBe(200);
  expect(a.body.errors).toBeUndefined();
  expect(a.body.data.agreement.id).toBe(TREATY);
  expect(a.body.data.corridor.id).toBe("instc");
}

describe("transport", () => {
  it("malformed JSON bodies get a 400", async () => {
    for (const body of ["{", '{"query": "{ __typename }"', "[1,2", '{"query": }', "\u0000\u0001", "null", "42", '"just a string"', '{"query": 42}', '{"query": null}', '{"query": "{ __typename }", "variables": "nope"}', '{"query": "{ __typename }", "variables": [1]}', '{"query": "{ __typename }", "operationName": 7}']) {
      const a = await post(body);
      expectHandled(a, `body ${JSON.stringify(body)}`);
      expect(a.status, `body ${JSON.stringify(body)}`).toBeGreaterThanOrEqual(400);
    }
    await expectHealthy();
  });

  it("wrong content types get a 4xx (and CSRF prevention stays on)", async () => {
    const query = JSON.stringify({ query: "{ __typename }" });
    for (const type of ["text/plain", "application/x-www-form-urlencoded", "multipart/form-data; boundary=x", "application/xml", "text/html", "", "application/json; charset=utf-16"]) {
      const a = await send({ method: "POST", headers: type ? { "content-type": type } : {}, body: query });
      expectHandled(a, `content type ${JSON.stringify(type)}`);
      expect(a.status, `content type ${JSON.stringify(type)}: ${a.text.slice(0, 200)}`).toBeGreaterThanOrEqual(400);
    }
    // A simple GET without a preflight header is refused by CSRF prevention.
    const csrf = await send({ method: "GET", path: `?query=${encodeURIComponent("{ __typename }")}` });
    expectHandled(csrf, "GET without apollo-require-preflight");
    expect(csrf.status).toBeGreaterThanOrEqual(400);
    await expectHealthy();
  });

  it("a mutation sent over GET is refused, and writes nothing", async () => {
    const q = `mutation { createTopic(input: { code: "over-get", name: "Over GET" }) { code } }`;
    const a = await send({ method: "GET", path: `?query=${encodeURIComponent(q)}`, headers: { "apollo-require-preflight": "true" } });
    expectHandled(a, "mutation over GET");
    expect(a.status).toBe(405);
    const t = await post({ query: `{ topic(code: "over-get") { code } }` });
    expect(t.body.data.topic).toBeNull();
  });

  it("an oversized body gets 413", async () => {
    const big = JSON.stringify({ query: "{ __typename }", variables: { pad: "x".repeat(2 * 1024 * 1024) } });
    const a = await post(big);
    expectHandled(a, "2 MB body");
    expect(a.status).toBe(413);
    await expectHealthy();
  });

  it("a batch over the limit is refused with QUERY_TOO_COMPLEX", async () => {
    const a = await post(Array.from({ length: 50 }, () => ({ query: "{ __typename }" })));
    expectHandled(a, "batch of 50");
    expect(a.status).toBeGreaterThanOrEqual(400);
    expect(JSON.stringify(a.body)).toContain("QUERY_TOO_COMPLEX");
  });
});

describe("query shape", () => {
  const tooComplex = async (label: string, query: string, variables?: Record<string, unknown>) => {
    const a = await post({ query, variables });
    expectHandled(a, label);
    expect(codesOf(a), `${label}: ${a.text.slice(0, 300)}`).toContain("QUERY_TOO_COMPLEX");
    // The message gives the limit and the measured value.
    const message = a.body.errors.find((e: any) => e.extensions.code === "QUERY_TOO_COMPLEX").message as string;
    expect(message, label).toMatch(/\d+.*\d+/);
    expect(a.body.data ?? null, label).toBeNull();
  };

  it("deep nesting", async () => {
    let inner = "id";
    for (let i = 0; i < 30; i++) inner = i % 2 === 0 ? `supersedes { ${inner} }` : `supersededBy { ${inner} }`;
    await tooComplex("depth 30", `{ agreement(id: "${TREATY}") { ${inner} } }`);
    // Cycling through the subgraph boundary, too: country → corridors → members → country → …
    let cyc = "code";
    for (let i = 0; i < 10; i++) cyc = `corridors { members { country { ${cyc} } } }`;
    await tooComplex("depth across subgraphs", `{ country(code: "IR") { ${cyc} } }`);
    await expectHealthy();
  });

  it("an alias bomb", async () => {
    const aliases = Array.from({ length: 500 }, (_, i) => `a${i}: agreement(id: "${TREATY}") { id }`).join(" ");
    await tooComplex("500 aliases", `{ ${aliases} }`);
    await expectHealthy();
  });

  it("a fragment bomb (fragments that multiply)", async () => {
    const frags = [`fragment F0 on Agreement { id title parties { country { name } } }`];
    for (let i = 1; i < 12; i++) frags.push(`fragment F${i} on Agreement { ...F${i - 1} supersedes { ...F${i - 1} } supersededBy { ...F${i - 1} } }`);
    await tooComplex("fragment bomb", `{ agreements(first: 100) { nodes { ...F11 } } } ${frags.join(" ")}`);
    await expectHealthy();
  });

  it("a field repeated thousands of times, and many directives", async () => {
    await tooComplex("token flood", `{ agreement(id: "${TREATY}") { ${"id ".repeat(5000)} } }`);
    await tooComplex("directive flood", `{ agreement(id: "${TREATY}") { id ${"@include(if: true) ".repeat(200)} } }`);
    await expectHealthy();
  });

  it("circular fragments are a validation error", async () => {
    const a = await post({ query: `{ agreement(id: "${TREATY}") { ...A } } fragment A on Agreement { id supersedes { ...B } } fragment B on Agreement { id supersededBy { ...A } }` });
    expectHandled(a, "circular fragments");
    expect(codesOf(a).length).toBeGreaterThan(0);
    expect(new Set(codesOf(a))).toEqual(new Set(["BAD_USER_INPUT"]));
    const self = await post({ query: `{ agreement(id: "${TREATY}") { ...A } } fragment A on Agreement { id ...A }` });
    expectHandled(self, "self-spreading fragment");
    expect(new Set(codesOf(self))).toEqual(new Set(["BAD_USER_INPUT"]));
    await expectHealthy();
  });

  it("syntax errors, unknown fields and unknown operations are BAD_USER_INPUT", async () => {
    for (const [label, body] of [
      ["syntax", { query: "{ agreement(id: " }],
      ["unknown field", { query: "{ nope }" }],
      ["unknown type in fragment", { query: "{ ...F } fragment F on Nope { id }" }],
      ["no operation of that name", { query: "query A { __typename }", operationName: "B" }],
      ["two anonymous operations", { query: "{ __typename } { __typename }" }],
      ["empty query", { query: "" }],
      ["subscription", { query: "subscription { agreement }" }],
    ] as const) {
      const a = await post(body);
      expectHandled(a, label);
      expect(codesOf(a), label).toContain("BAD_USER_INPUT");
    }
    await expectHealthy();
  });
});

describe("values", () => {
  it("invalid Unicode (lone surrogates) in a string, in a variable and in the query text", async () => {
    for (const s of ["\ud800", "abc\udfffdef", "\udc00\ud800", "\u0000", "\uffff\ufffe"]) {
      const v = await post({ query: `query($t: String!) { search(text: $t) { totalCount } people(search: $t) { totalCount } }`, variables: { t: s } });
      expectHandled(v, `variable ${JSON.stringify(s)}`);
      // A raw JSON body carrying the escape as text, so the server's own JSON parser meets it.
      const raw = await post(`{"query":"{ search(text: \\"${JSON.stringify(s).slice(1, -1)}\\") { totalCount } }"}`);
      expectHandled(raw, `literal ${JSON.stringify(s)}`);
    }
    // Bytes that are not UTF-8 at all.
    const bytes = await send({ method: "POST", headers: { "content-type": "application/json" }, body: Buffer.from([0x7b, 0x22, 0x71, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0xc3, 0x28, 0x22, 0x7d]) });
    expectHandled(bytes, "invalid UTF-8");
    expect(bytes.status).toBeGreaterThanOrEqual(400);
    await expectHealthy();
  });

  it("huge and negative numbers", async () => {
    for (const n of [-1, -2147483648, 2147483647, 101, 1e6]) {
      const a = await post({ query: `query($n: Int) { agreements(first: $n) { totalCount } sources(first: $n) { totalCount } }`, variables: { n } });
      expectHandled(a, `first: ${n}`);
      // Refused by the argument check, or (a huge page size) already by the gateway's cost limit.
      expect(codesOf(a).length, `first: ${n}`).toBeGreaterThan(0);
      for (const code of codesOf(a)) expect(["BAD_USER_INPUT", "QUERY_TOO_COMPLEX"], `first: ${n}`).toContain(code);
    }
    for (const literal of ["99999999999999999999", "2147483648", "-2147483649", "1.5", "1e400", "NaN"]) {
      const a = await post({ query: `{ agreements(first: ${literal}) { totalCount } }` });
      expectHandled(a, `literal first: ${literal}`);
      expect(codesOf(a), `literal first: ${literal}`).toContain("BAD_USER_INPUT");
    }
    for (const v of [1e308, -1e308, 2 ** 53 + 1, "12", true, [1], { n: 1 }]) {
      const a = await post({ query: `query($n: Int) { agreements(first: $n) { totalCount } }`, variables: { n: v } });
      expectHandled(a, `variable first: ${JSON.stringify(v)}`);
      expect(codesOf(a), `variable first: ${JSON.stringify(v)}`).toContain("BAD_USER_INPUT");
    }
    await expectHealthy();
  });

  it("unknown enum values", async () => {
    for (const [label, body] of [
      ["literal", { query: `{ agreements(orderBy: SIGNED_ON_SIDEWAYS) { totalCount } }` }],
      ["string for enum literal", { query: `{ agreements(orderBy: "TITLE_ASC") { totalCount } }` }],
      ["variable", { query: `query($o: AgreementOrder) { agreements(orderBy: $o) { totalCount } }`, variables: { o: "DROP_TABLE" } }],
      ["input field", { query: `query($f: AgreementFilter) { agreements(filter: $f) { totalCount } }`, variables: { f: { kind: "ALLIANCE", status: "ZOMBIE" } } }],
      ["list", { query: `{ corridorPath(from: "IR", to: "RU", modes: [RAIL, TELEPORT]) { lengthKm } }` }],
      ["lower case", { query: `query($m: [TransportMode!]) { corridorPath(from: "IR", to: "RU", modes: $m) { lengthKm } }`, variables: { m: ["rail"] } }],
    ] as const) {
      const a = await post(body);
      expectHandled(a, label);
      expect(codesOf(a), label).toContain("BAD_USER_INPUT");
    }
    await expectHealthy();
  });

  it("forged, foreign and garbled cursors", async () => {
    const real = await post({ query: `{ agreements(first: 1) { pageInfo { endCursor } } countries(first: 1) { pageInfo { endCursor } } }` });
    const agreementCursor: string = real.body.data.agreements.pageInfo.endCursor;
    const countryCursor: string = real.body.data.countries.pageInfo.endCursor;
    const forged = (payload: unknown) => Buffer.from(JSON.stringify(payload)).toString("base64url");
    const decoded = (() => {
      try {
        return JSON.parse(Buffer.from(agreementCursor, "base64url").toString("utf8"));
      } catch {
        return null;
      }
    })();
    const tampered = Array.isArray(decoded) ? forged([decoded[0], "'; DROP TABLE relations.agreement; --", { $ne: 1 }]) : forged(["x"]);
    for (const [label, cursor, query] of [
      ["garbage", "not-a-cursor!!", "agreements"],
      ["empty", "", "agreements"],
      ["base64 of junk", Buffer.from("\u0000\u0001garbage").toString("base64"), "agreements"],
      ["forged JSON", forged({ offset: -1 }), "agreements"],
      ["tampered key", tampered, "agreements"],
      ["another list's cursor", countryCursor, "agreements"],
      ["huge", "A".repeat(50_000), "agreements"],
      ["another ordering's cursor", agreementCursor, "agreements(orderBy: TITLE_ASC"],
    ] as const) {
      const field = query.includes("(") ? `${query}, first: 5, after: $c)` : `${query}(first: 5, after: $c)`;
      const a = await post({ query: `query($c: String) { ${field} { totalCount nodes { id } } }`, variables: { c: cursor } });
      expectHandled(a, `cursor: ${label}`);
      expect(codesOf(a), `cursor: ${label}`).toEqual(expect.arrayContaining(["BAD_USER_INPUT"]));
    }
    await expectHealthy();
  });
});

/** Hostile strings: SQL, LIKE and regex metacharacters, script, template and shell syntax, control characters. */
const PAYLOADS = [
  `' OR '1'='1`,
  `'; DROP TABLE relations.agreement; --`,
  `\\'); DELETE FROM corridors.trade_corridor; --`,
  `%_%\\`,
  `$1 $$ $tag$ E'\\x00'`,
  `<script>alert(1)</script>`,
  `"><img src=x onerror=alert(1)>`,
  `{{7*7}} \${7*7} $(rm -rf /) \`id\``,
  `.*(a+)+$ [[:alpha:]] \\d`,
  `IR' UNION SELECT id FROM auth.api_key --`,
  `nul \u0000 byte`,
];

function cases(root: GraphQLObjectType, kind: "query" | "mutation"): { label: string; query: string; vars: (p: string) => Record<string, unknown> }[] {
  const out: { label: string; query: string; vars: (p: string) => Record<string, unknown> }[] = [];
  const types = kind === "mutation" ? { [root.name]: root } : Object.fromEntries(Object.keys(ENTRY).map((n) => [n, schema.getType(n) as GraphQLObjectType]));
  for (const [typeName, type] of Object.entries(types)) {
    if (!type || !isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      if (!field.args.some((a) => takesText(a.type))) continue;
      const a = argsText(field.args, "v_");
      const inner = `${field.name}${a.use} ${selection(field)}`;
      const entry = typeName === root.name ? "" : ENTRY[typeName];
      const opens = (entry.match(/\{/g) ?? []).length;
      const body = entry ? `${entry} { ${inner} }${" }".repeat(opens)}` : inner;
      const decl = a.decl.length ? `(${a.decl.join(", ")})` : "";
      out.push({ label: `${typeName}.${field.name}`, query: `${kind}${decl} { ${body} }`, vars: a.vars });
    }
  }
  return out;
}

describe("hostile strings in every text argument", () => {
  it("enumerates the text arguments of the schema", () => {
    const q = cases(schema.getQueryType()!, "query");
    const m = cases(schema.getMutationType()!, "mutation");
    // Every root query field with a text argument, and those of the nested types.
    for (const f of ["Query.country", "Query.agreement", "Query.agreements", "Query.search", "Query.people", "Query.corridorPath", "Country.agreements", "Agreement.claims", "Agreement.clauses", "TradeCorridor.nodes"]) {
      expect(q.map((c) => c.label)).toContain(f);
    }
    expect(q.length).toBeGreaterThan(20);
    expect(m.length).toBeGreaterThan(30);
  });

  it("queries: every text argument with every payload is answered or refused with a code, never a 5xx", async () => {
    const seen = new Map<string, number>();
    for (const c of cases(schema.getQueryType()!, "query")) {
      for (const p of PAYLOADS) {
        const a = await post({ query: c.query, variables: c.vars(p) });
        expectHandled(a, `${c.label} with ${JSON.stringify(p)}`);
        for (const code of codesOf(a)) seen.set(code, (seen.get(code) ?? 0) + 1);
      }
    }
    // Malformed country codes and the like were refused as bad input; nothing else went wrong.
    expect(seen.get("BAD_USER_INPUT") ?? 0).toBeGreaterThan(0);
    // (The audit logs are admin-only: without a key, UNAUTHENTICATED.)
    expect([...seen.keys()].filter((c) => !["BAD_USER_INPUT", "QUERY_TOO_COMPLEX", "UNAUTHENTICATED"].includes(c))).toEqual([]);
    await expectHealthy();
  });

  it("queries: payloads written into the query text as literals", async () => {
    for (const p of PAYLOADS) {
      const lit = JSON.stringify(p);
      for (const q of [`{ country(code: ${lit}) { code } }`, `{ search(text: ${lit}) { totalCount } }`, `{ people(search: ${lit}) { totalCount } }`, `{ agreements(filter: { search: ${lit}, topic: ${lit} }) { totalCount } }`, `{ corridorPath(from: ${lit}, to: ${lit}) { lengthKm } }`]) {
        expectHandled(await post({ query: q }), `${q}`);
      }
    }
    await expectHealthy();
  });

  it("mutations: every text argument with hostile payloads, without a key, is UNAUTHENTICATED or BAD_USER_INPUT", async () => {
    for (const c of cases(schema.getMutationType()!, "mutation")) {
      for (const p of PAYLOADS.slice(0, 3)) {
        const a = await post({ query: c.query, variables: c.vars(p) });
        expectHandled(a, `${c.label} with ${JSON.stringify(p)}`);
        expect(codesOf(a).length, `${c.label}: ${a.text.slice(0, 200)}`).toBeGreaterThan(0);
        for (const code of codesOf(a)) expect(["UNAUTHENTICATED", "BAD_USER_INPUT"], `${c.label}: ${a.text.slice(0, 200)}`).toContain(code);
      }
    }
    await expectHealthy();
  });

  it("mutations: with an editor's key, hostile ids and codes are refused as BAD_USER_INPUT and write nothing", async () => {
    const { key } = await stack.auth.create("bad-input corpus", "editor" as never);
    try {
      const auth = { authorization: `Bearer ${key}` };
      for (const p of PAYLOADS) {
        for (const [label, query, variables] of [
          ["createTopic", `mutation($c: ID!) { createTopic(input: { code: $c, name: "x" }) { code } }`, { c: p }],
          ["createTopic with a hostile name", `mutation($n: String!) { createTopic(input: { code: "bad-input-name", name: $n }) { code } }`, { n: `${p} \u0000` }],
          ["createSource", `mutation($i: ID!) { createSource(input: { id: $i, title: "x", publisher: "x" }) { id } }`, { i: p }],
          ["updateTopic", `mutation($c: ID!) { updateTopic(code: $c, expectedVersion: 1, input: { name: "x" }) { code } }`, { c: p }],
          ["deleteAgreement", `mutation($i: ID!) { deleteAgreement(id: $i, expectedVersion: 1, cascade: true) { id } }`, { i: p }],
        ] as const) {
          const a = await post({ query, variables }, auth);
          expectHandled(a, `${label} with ${JSON.stringify(p)}`);
          expect(codesOf(a).length, `${label} ${JSON.stringify(p)}: ${a.text.slice(0, 200)}`).toBeGreaterThan(0);
          for (const code of codesOf(a)) expect(["BAD_USER_INPUT", "NOT_FOUND"], `${label}: ${a.text.slice(0, 200)}`).toContain(code);
        }
      }
    } finally {
      // The key lives in the auth schema, outside the checksummed ones; revoke it all the same.
      await stack.auth.revoke(key.split("_")[1]);
    }
    await expectHealthy();
  });
});

describe("after the whole corpus", () => {
  it("the gateway still answers, and no table of either subgraph has changed", async () => {
    await expectHealthy();
    expect(await checksums()).toEqual(before);
  });
});
