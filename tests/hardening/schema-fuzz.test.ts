import { encodeGlobalId } from "../../src/graphql/node.js";
import {
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isLeafType,
  isListType,
  isNonNullType,
  isObjectType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLNamedType,
  type GraphQLObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from "graphql";
import type { DataSource } from "typeorm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { startTestStack, type TestStack } from "../support/app.js";
import { tableChecksums } from "../support/checksums.js";
import { apiSchema, ENTRY, inEntry, inputFieldsOf, scalarSample, TREATY, typesWithArguments } from "../support/schema-walk.js";

/**
 * Schema fuzz: every argument of every field reachable from the entry points (ENTRY), and every
 * input-object field inside them (recursively), gets each bad value in turn: a wrong type, null,
 * empty ("", [], {}), 10 KB of text, a NUL character, impossible dates, out-of-range numbers, an
 * unknown enum value, and forged cursors for cursor arguments. One site varies per case; the other
 * arguments get valid samples, so that the bad value reaches the resolver. Everything is derived
 * from the schema: a new argument or input field is fuzzed without anyone editing this file.
 *
 * The contract for every case: HTTP status under 500, no INTERNAL_SERVER_ERROR, every error with an
 * extensions.code from the contract, no stack trace or internal text. Queries run anonymously;
 * mutations without a key (all refused: UNAUTHENTICATED or BAD_USER_INPUT) and with an editor's key
 * (so values reach the write paths); fields that need an admin run again with an admin's key.
 * Failures are collected and reported together. The database is left as it was found: what the
 * mutations wrote is undone through SQL, and the table checksums must be equal afterwards.
 */

const CONTRACT_CODES = new Set(["BAD_USER_INPUT", "NOT_FOUND", "UNAUTHENTICATED", "FORBIDDEN", "CONFLICT", "QUERY_TOO_COMPLEX", "RATE_LIMITED", "SERVICE_UNAVAILABLE", "INTERNAL_SERVER_ERROR"]);
/** Requests in flight at once. */
const CONCURRENCY = 8;
const INTERNALS = /\bat [\w.<>]+ \(.*\.[jt]s:\d+|at file:\/\/|node_modules\/|QueryFailedError|syntax error at or near|relation ".*" does not exist|invalid input syntax|unterminated quoted|date\/time field value out of range/;

let stack: TestStack;
let url: string;
let schema: GraphQLSchema;
let before: Record<string, Record<string, string>>;
let snapshot: Record<string, Map<string, string[]>>;

// ---------------------------------------------------------------------------------------------
// The sites: every argument and input field reachable from the entry points
// ---------------------------------------------------------------------------------------------

/** A field with arguments, and where its operation starts. */
interface Owner {
  kind: "query" | "mutation";
  typeName: string;
  field: GraphQLField<unknown, unknown>;
  /** "Query.agreements", "Country.agreements", "Mutation.createSource". */
  coord: string;
}

/** One argument, or one input field inside an argument. */
interface Site {
  owner: Owner;
  /** The argument's name, then input field names. */
  path: string[];
  type: GraphQLInputType;
  /** "Query.agreements(after:)" for an argument; "AgreementFilter.signedFrom" for an input field. */
  coord: string;
  kind: "argument" | "inputField";
}

function owners(): Owner[] {
  const out: Owner[] = [];
  const query = schema.getQueryType()!;
  const mutation = schema.getMutationType()!;
  for (const typeName of Object.keys(ENTRY)) {
    const type = typeName === "Query" ? query : schema.getType(typeName);
    if (!type || !isObjectType(type)) throw new Error(`ENTRY names ${typeName}, which is not an object type of the schema`);
    for (const field of Object.values(type.getFields())) if (field.args.length) out.push({ kind: "query", typeName, field, coord: `${typeName}.${field.name}` });
  }
  for (const field of Object.values(mutation.getFields())) if (field.args.length) out.push({ kind: "mutation", typeName: mutation.name, field, coord: `${mutation.name}.${field.name}` });
  return out;
}

function sitesOf(owner: Owner): Site[] {
  const out: Site[] = [];
  const walk = (type: GraphQLInputType, path: string[], within: string[]) => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || within.includes(named.name)) return;
    for (const f of Object.values(named.getFields())) {
      out.push({ owner, path: [...path, f.name], type: f.type, coord: `${named.name}.${f.name}`, kind: "inputField" });
      walk(f.type, [...path, f.name], [...within, named.name]);
    }
  };
  for (const arg of owner.field.args) {
    out.push({ owner, path: [arg.name], type: arg.type, coord: `${owner.coord}(${arg.name}:)`, kind: "argument" });
    walk(arg.type, [arg.name], []);
  }
  return out;
}

// ---------------------------------------------------------------------------------------------
// Valid samples, so that the one bad value is the only thing wrong
// ---------------------------------------------------------------------------------------------

/** Real records of the seed, found when the stack is up. */
const real = { source: "", person: "", statement: "fuzz-missing-statement", clause: "fuzz-missing-clause", node: "", node2: "", segment: "" };
let seq = 0;
const fuzzId = () => `fuzz-${++seq}`;

/** By coordinate: owner field, then the path of argument and input fields. */
const SAMPLE_AT: Record<string, () => unknown> = {
  "Query.agreement.id": () => TREATY,
  "Query.corridor.id": () => "instc",
  "Query.corridorNode.id": () => real.node,
  "Query.clause.id": () => real.clause,
  "Query.person.id": () => real.person,
  "Query.source.id": () => real.source,
  "Query.statement.id": () => real.statement,
  "Query.topic.code": () => "energy",
  "Query.country.code": () => "IR",
  // Global ids: one of each subgraph (Node's round trip is tests/federation/node.test.ts).
  "Query.node.id": () => encodeGlobalId("Agreement", TREATY),
  "Query.nodes.ids": () => [encodeGlobalId("Country", "IR"), encodeGlobalId("TradeCorridor", "instc")],
  // Exactly one of its optional arguments: the id of Bandar Abbas in the World Port Index.
  "Query.port.id": () => "48520",
  "Query.search.text": () => "trade",
  "Query.corridorPath.from": () => "IR",
  "Query.corridorPath.to": () => "RU",
  "Mutation.createClaim.input.recordType": () => "Agreement",
  "Mutation.createClaim.input.recordId": () => TREATY,
  "Mutation.createClaim.input.field": () => "title",
  "Mutation.createCorridorClaim.input.recordType": () => "TradeCorridor",
  "Mutation.createCorridorClaim.input.recordId": () => "instc",
  "Mutation.createCorridorClaim.input.field": () => "name",
  "Mutation.addAgreementParty.input.country": () => "FR",
  "Mutation.addCorridorMember.input.country": () => "FR",
};

/** By the name of the argument or input field, wherever it is. */
const SAMPLE_NAMED: Record<string, () => unknown> = {
  first: () => 2,
  expectedVersion: () => 1,
  position: () => 1,
  between: () => ["IR", "RU"],
  country: () => "IR",
  agreementId: () => TREATY,
  foundingAgreementId: () => TREATY,
  corridorId: () => "instc",
  sourceId: () => real.source,
  sourceIds: () => [real.source],
  topicCodes: () => ["energy"],
  personId: () => real.person,
  speakerId: () => real.person,
  fromNodeId: () => real.node,
  toNodeId: () => real.node2,
  segmentIds: () => [real.segment],
};

/** Optional arguments and input fields that get a sample all the same (a small page). */
const OPTIONAL_SAMPLED = new Set(["first"]);

function typeSample(named: GraphQLNamedType): unknown {
  if (isEnumType(named)) return named.getValues()[0].value;
  return scalarSample(named.name, "fuzz", {});
}

/** A valid value for `type` at `path` of `owner`: required input fields only, optional ones left out. */
function validValue(owner: Owner, path: string[], type: GraphQLInputType, inputName?: string): unknown {
  const name = path[path.length - 1];
  const nullable = getNullableType(type);
  // A list's sample names the list; its element (a list item being built) takes the first item.
  const fit = (v: unknown) => (Array.isArray(v) && !isListType(nullable) ? v[0] : v);
  const at = SAMPLE_AT[`${owner.coord}.${path.join(".")}`];
  if (at) return fit(at());
  if (isListType(nullable)) {
    const named = SAMPLE_NAMED[name];
    return named ? named() : [validValue(owner, path, nullable.ofType as GraphQLInputType, inputName)];
  }
  if (isInputObjectType(nullable)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(nullable.getFields())) {
      if ((isNonNullType(f.type) && f.defaultValue === undefined) || OPTIONAL_SAMPLED.has(f.name)) out[f.name] = validValue(owner, [...path, f.name], f.type, nullable.name);
    }
    return out;
  }
  // Ids: a new, prefixed one for a record being created; one that does not exist for a record being changed.
  if ((name === "id" || name === "code") && isScalarType(nullable) && nullable.name === "ID") {
    if (inputName && /^(Create|Add)/.test(inputName)) return fuzzId();
    if (owner.kind === "mutation" && path.length === 1) return "fuzz-missing";
  }
  const named = SAMPLE_NAMED[name];
  if (named) return fit(named());
  return typeSample(nullable as GraphQLNamedType);
}

/**
 * The valid arguments of an owner: required ones (without a default), the few sampled optional ones,
 * and an optional one with a sample of its own (SAMPLE_AT: a field that needs exactly one of several).
 */
function baseArgs(owner: Owner): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const a of owner.field.args) {
    const own = `${owner.coord}.${a.name}` in SAMPLE_AT;
    if ((isNonNullType(a.type) && a.defaultValue === undefined) || OPTIONAL_SAMPLED.has(a.name) || own) out[a.name] = validValue(owner, [a.name], a.type);
  }
  return out;
}

/** `container` (a value of `type`) with the value at `path` replaced by `value`. */
function setIn(owner: Owner, prefix: string[], container: unknown, type: GraphQLInputType, path: string[], value: unknown): unknown {
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const element = nullable.ofType as GraphQLInputType;
    const first = Array.isArray(container) && container.length ? container[0] : validValue(owner, prefix, element);
    return [setIn(owner, prefix, first, element, path, value)];
  }
  if (!isInputObjectType(nullable)) throw new Error(`cannot descend into ${String(type)} at ${prefix.join(".")}`);
  const obj: Record<string, unknown> = { ...(container && typeof container === "object" && !Array.isArray(container) ? container : (validValue(owner, prefix, nullable) as object)) };
  const [key, ...rest] = path;
  const fieldType = nullable.getFields()[key].type;
  obj[key] = rest.length ? setIn(owner, [...prefix, key], obj[key] ?? validValue(owner, [...prefix, key], fieldType, nullable.name), fieldType, rest, value) : value;
  return obj;
}

// ---------------------------------------------------------------------------------------------
// The bad values
// ---------------------------------------------------------------------------------------------

interface Bad {
  label: string;
  value: unknown;
  /** Valid arguments that go with the bad value (the ordering a forged cursor claims to be from). */
  with?: Record<string, unknown>;
  /** Too long to write into the query text (the token limit would refuse it first). */
  variableOnly?: boolean;
}

const TEN_KB = "x".repeat(10 * 1024);
const NUL = "a\u0000b";
const DATES: [string, string][] = [
  ["impossible date", "2025-02-30"],
  ["year 0000", "0000-01-01"],
  ["month 13", "2025-13-01"],
  ["five-digit year", "10000-01-01"],
];
const INTS: [string, number][] = [
  ["Int over 2^31-1", 2147483648],
  ["-1", -1],
  ["Int max", 2147483647],
];
const FLOATS: [string, number][] = [
  ["huge Float", 1e308],
  ["huge negative Float", -1e308],
  ["-1", -1],
];

const stringy = (named: GraphQLNamedType) => isScalarType(named) && !["Int", "Float", "Boolean"].includes(named.name);
const isCursorArg = (name: string, named: GraphQLNamedType) => isScalarType(named) && (named.name === "String" || named.name === "ID") && (/^(after|before)$/i.test(name) || /cursor/i.test(name));

/** A value of the wrong type for the named type (for a list: as an element, and coerced to one). */
function wrongType(named: GraphQLNamedType): unknown {
  if (isInputObjectType(named)) return "not an object";
  if (isEnumType(named)) return 42;
  switch (named.name) {
    case "Int":
    case "Float":
      return "12";
    case "Boolean":
      return "true";
    case "JSON":
      return 42;
    default:
      return true;
  }
}

/** Values that fit the element type of a list, or the type itself. */
function typedValues(named: GraphQLNamedType, name: string): Bad[] {
  const out: Bad[] = [];
  if (stringy(named)) {
    out.push({ label: "NUL", value: NUL });
    // All the bad dates for a date; the two the contract names for any other text.
    if (named.name === "Date" || named.name === "DateTimeISO") for (const [label, value] of DATES) out.push({ label, value });
    else if (named.name === "String") for (const [label, value] of DATES.slice(0, 2)) out.push({ label, value });
  }
  if (isScalarType(named) && named.name === "Int") for (const [label, value] of INTS) out.push({ label, value });
  if (isScalarType(named) && named.name === "Float") for (const [label, value] of FLOATS) out.push({ label, value });
  if (isEnumType(named)) out.push({ label: "unknown enum value", value: "NOT_A_VALUE" });
  void name;
  return out;
}

function badValues(site: Site, cursors: CursorBook): Bad[] {
  const name = site.path[site.path.length - 1];
  const nullable = getNullableType(site.type);
  const named = getNamedType(site.type);
  const out: Bad[] = [
    { label: "wrong type", value: wrongType(named) },
    { label: "null", value: null },
    { label: 'empty ""', value: "" },
    { label: "empty []", value: [] },
    { label: "empty {}", value: {} },
    { label: "10 KB string", value: TEN_KB },
    ...typedValues(named, name),
  ];
  if (isListType(nullable)) {
    // A single value where a list goes is coerced to a list of one (GraphQL's input coercion), so
    // the values above already reach a list's elements: 10 KB is [10 KB], NUL is [NUL].
    out.push({ label: "[null]", value: [null] });
    const element = validValue(site.owner, site.path, nullable.ofType as GraphQLInputType);
    // Long, but under the 100 kB body limit, so that it reaches the server's own checks.
    out.push({ label: "1,000 elements", value: Array.from({ length: 1_000 }, () => element), variableOnly: true });
  }
  if (isCursorArg(name, named)) out.push(...cursors.forgeriesFor(site.owner));
  return out;
}

// ---------------------------------------------------------------------------------------------
// Forged cursors, from real ones (src/graphql/pagination.ts: base64url of JSON [tag, ...sortKey])
// ---------------------------------------------------------------------------------------------

const encode = (payload: unknown) => Buffer.from(JSON.stringify(payload), "utf8").toString("base64url");
function decode(cursor: string): unknown[] | null {
  try {
    const v = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
    return Array.isArray(v) ? v : null;
  } catch {
    return null;
  }
}

const KEY_VALUES: [string, unknown][] = [
  ["impossible date", "2025-02-30"],
  ["year 0000", "0000-01-01"],
  ["five-digit year", "10000-01-01"],
  ["NUL", NUL],
  ["empty", ""],
  ["null", null],
  ["huge number", 1e308],
  ["true", true],
  ["an object", { $gt: "" }],
  ["1 KB", "x".repeat(1024)],
];

interface RealCursor {
  cursor: string;
  /** The ordering it was issued for, as arguments. */
  with: Record<string, unknown>;
}

class CursorBook {
  readonly byOwner = new Map<string, RealCursor[]>();

  forgeriesFor(owner: Owner): Bad[] {
    const own = this.byOwner.get(owner.coord) ?? [];
    const out: Bad[] = [];
    for (const r of own) {
      const decoded = decode(r.cursor);
      if (!decoded) continue;
      const [tag, ...key] = decoded;
      const t = String(tag);
      for (let i = 0; i < key.length; i++) {
        for (const [label, v] of KEY_VALUES) {
          const k = [...key];
          k[i] = v;
          out.push({ label: `cursor ${t} with key[${i}] ${label}`, value: encode([tag, ...k]), with: r.with });
        }
      }
      out.push(
        { label: `cursor ${t} without its key`, value: encode([tag]), with: r.with },
        { label: `cursor ${t} with an extra key`, value: encode([tag, ...key, "extra"]), with: r.with },
        { label: `cursor ${t} with an unknown tag`, value: encode([`${t}x`, ...key]), with: r.with },
        { label: `cursor ${t} with a number for a tag`, value: encode([1, ...key]), with: r.with },
        { label: `cursor ${t} as an object`, value: encode({ tag, key }), with: r.with },
        { label: `cursor ${t} in standard base64`, value: Buffer.from(JSON.stringify(decoded)).toString("base64"), with: r.with },
        { label: `cursor ${t} truncated`, value: r.cursor.slice(0, -3), with: r.with },
        { label: `cursor ${t}, real, with another ordering`, value: r.cursor, with: {} },
      );
      // Another ordering's key under this ordering's tag: a title where a date is cast, say.
      for (const other of own) {
        const o = decode(other.cursor);
        if (other === r || !o || o.length !== decoded.length) continue;
        out.push({ label: `cursor ${t} with the key of ${String(o[0])}`, value: encode([tag, ...o.slice(1)]), with: r.with });
      }
    }
    if (!own.length) {
      // No real cursor to start from (an empty list): forge in the shape of pagination.ts's cursors.
      const tag = owner.field.name;
      for (const [label, v] of KEY_VALUES) out.push({ label: `cursor [${tag}, ${label}, id]`, value: encode([tag, v, "x"]) });
    }
    // Another list's cursors.
    for (const [coord, list] of this.byOwner) if (coord !== owner.coord && list[0]) out.push({ label: `a cursor of ${coord}`, value: list[0].cursor });
    out.push({ label: "cursor of junk", value: encode(["\u0000", { a: 1 }]) }, { label: "cursor, not base64", value: "!!not a cursor!!" });
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Operations, requests and the contract
// ---------------------------------------------------------------------------------------------

/**
 * The leaves of the field's type (what its resolver computes), and of each object field below it
 * only what names it (ids, cursors, has*): enough to run the field's own resolver and its lazy
 * parts (totalCount), without a heavy answer that would slow every case down.
 */
function selectionOf(type: GraphQLOutputType, top = true): string {
  const named = getNamedType(type);
  if (isLeafType(named)) return "";
  if (!isObjectType(named)) return "{ __typename }";
  const parts = ["__typename"];
  for (const f of Object.values((named as GraphQLObjectType).getFields())) {
    if (f.args.some((a: GraphQLArgument) => isNonNullType(a.type) && a.defaultValue === undefined)) continue;
    const leaf = getNamedType(f.type);
    if (isLeafType(leaf)) {
      if (top || leaf.name === "ID" || /cursor|^has/i.test(f.name)) parts.push(f.name);
    } else if (top) parts.push(`${f.name} ${selectionOf(f.type, false)}`);
  }
  return `{ ${parts.join(" ")} }`;
}

interface Case {
  label: string;
  value: unknown;
  valueLabel: string;
  owner: Owner;
  query: string;
  variables: Record<string, unknown>;
}

const NAME = /^[_A-Za-z][_0-9A-Za-z]*$/;

/** A value as a GraphQL literal of `type`: enum values bare, input objects with their fields' types. */
function literal(value: unknown, type: GraphQLInputType): string {
  const nullable = getNullableType(type);
  const named = getNamedType(type);
  if (value === null || value === undefined) return "null";
  if (Array.isArray(value)) return `[${value.map((v) => literal(v, isListType(nullable) ? (nullable.ofType as GraphQLInputType) : type)).join(", ")}]`;
  if (typeof value === "string") return isEnumType(named) && NAME.test(value) && !["true", "false", "null"].includes(value) ? value : JSON.stringify(value);
  if (typeof value === "number" || typeof value === "boolean") return String(value);
  const fields = isInputObjectType(named) ? named.getFields() : {};
  return `{${Object.entries(value as object)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}: ${literal(v, fields[k]?.type ?? type)}`)
    .join(",")} }`;
}

/** The operation for `owner` with `args` as variables, but `inline` (an argument's name) written into the query text. */
function operation(owner: Owner, args: Record<string, unknown>, selection?: string, inline?: string): { query: string; variables: Record<string, unknown> } {
  const used = owner.field.args.filter((a) => a.name in args);
  const vars = used.filter((a) => a.name !== inline);
  const decl = vars.length ? `(${vars.map((a) => `$${a.name}: ${a.type.toString()}`).join(", ")})` : "";
  const use = used.length ? `(${used.map((a) => `${a.name}: ${a.name === inline ? literal(args[a.name], a.type) : `$${a.name}`}`).join(", ")})` : "";
  const sel = selection ?? selectionOf(owner.field.type);
  const root = owner.kind === "query" ? schema.getQueryType()!.name : schema.getMutationType()!.name;
  const body = inEntry(owner.typeName, root, `${owner.field.name}${use} ${sel}`);
  return { query: `${owner.kind} Fuzz${decl} { ${body} }`, variables: Object.fromEntries(vars.map((a) => [a.name, args[a.name]])) };
}

const BUILT_IN_SCALARS = new Set(["String", "Int", "Float", "Boolean", "ID"]);

/**
 * Whether a bad value goes again as a literal in the query text. A literal reaches other code than a
 * variable: a scalar's parseLiteral instead of parseValue, and the gateway prints it into the
 * subgraph's operation. For our own scalars (Date, JSON, ...) every value goes both ways; for
 * graphql-js's built-in scalars and enums, whose literals coerce to the same value a variable does,
 * only the NUL character (which the gateway must print into the subgraph's query text) does.
 */
function wantsLiteral(site: Site, bad: Bad): boolean {
  const named = getNamedType(site.type);
  if (isScalarType(named) && !BUILT_IN_SCALARS.has(named.name)) return true;
  return stringy(named) && bad.label === "NUL";
}

/**
 * Every case of an owner: its valid samples, then each bad value at each site, sent as a variable
 * and (unless `variablesOnly`, and where wantsLiteral) again as a literal in the query text.
 */
function casesOf(owner: Owner, cursors: CursorBook, variablesOnly = false): Case[] {
  const out: Case[] = [];
  const baseline = operation(owner, baseArgs(owner));
  out.push({ label: `${owner.coord} (valid samples)`, value: undefined, valueLabel: "baseline", owner, ...baseline });
  for (const site of sitesOf(owner)) {
    for (const bad of badValues(site, cursors)) {
      const [arg, ...rest] = site.path;
      const argType = owner.field.args.find((a) => a.name === arg)!.type;
      const where = site.kind === "argument" ? `${owner.coord}(${arg}:)` : `${owner.coord}(${site.path.join(".")}) [${site.coord}]`;
      for (const inline of variablesOnly || bad.variableOnly || !wantsLiteral(site, bad) ? [false] : [false, true]) {
        const args = { ...baseArgs(owner), ...(bad.with ?? {}) };
        args[arg] = rest.length ? setIn(owner, [arg], args[arg], argType, rest, bad.value) : bad.value;
        out.push({ label: inline ? `${where} as a literal` : where, value: bad.value, valueLabel: bad.label, owner, ...operation(owner, args, undefined, inline ? arg : undefined) });
      }
    }
  }
  return out;
}

interface Answer {
  status: number;
  body: any;
  text: string;
}

async function post(body: unknown, headers: Record<string, string> = {}): Promise<Answer> {
  for (let attempt = 0; ; attempt++) {
    let res: Response;
    try {
      res = await fetch(url, { method: "POST", headers: { "content-type": "application/json", ...headers }, body: JSON.stringify(body), signal: AbortSignal.timeout(30_000) });
    } catch (e) {
      return { status: 0, body: null, text: `no answer: ${(e as Error).message}` };
    }
    const text = await res.text();
    let parsed: any = null;
    try {
      parsed = JSON.parse(text);
    } catch {
      /* not JSON */
    }
    // Admission's back-pressure (429, or 503 with Retry-After) is not what this test is about: wait and retry.
    const retryAfter = parsed?.errors?.[0]?.extensions?.retryAfterSeconds;
    if ((res.status === 429 || (res.status === 503 && typeof retryAfter === "number")) && attempt < 5) {
      await new Promise((r) => setTimeout(r, Math.min(Number(retryAfter ?? 1), 2) * 1000));
      continue;
    }
    return { status: res.status, body: parsed, text };
  }
}

/** Whether an answer came from a subgraph (a resolver, or a subgraph's checks), not from the gateway's own validation. */
function reachedSubgraph(a: Answer): boolean {
  const errors: any[] = a.body?.errors ?? [];
  return a.status < 400 && (!errors.length || errors.some((e) => e?.extensions?.serviceName || ["UNAUTHENTICATED", "FORBIDDEN"].includes(e?.extensions?.code)));
}

const codesOf = (a: Answer): unknown[] => (a.body?.errors ?? []).map((e: any) => e?.extensions?.code);

/** What is wrong with an answer, if anything. */
function problems(a: Answer, anonymousMutation: boolean): string[] {
  const out: string[] = [];
  if (a.status === 0) out.push("no answer");
  if (a.status >= 500) out.push(`HTTP ${a.status}`);
  if (a.status > 0 && a.status < 400 && !a.body) out.push("not JSON");
  const errors: any[] = Array.isArray(a.body?.errors) ? a.body.errors : [];
  for (const e of errors) {
    const code = e?.extensions?.code;
    if (code === "INTERNAL_SERVER_ERROR") out.push("INTERNAL_SERVER_ERROR");
    else if (typeof code !== "string") out.push("an error without extensions.code");
    else if (!CONTRACT_CODES.has(code)) out.push(`code ${code} is not in the contract`);
    if (e?.extensions?.stacktrace || e?.extensions?.exception) out.push("a stack trace in extensions");
  }
  if (INTERNALS.test(a.text)) out.push("internals in the answer");
  if (anonymousMutation) {
    const codes = codesOf(a);
    if (!codes.length) out.push("an anonymous mutation was not refused");
    else if (codes.some((c) => c !== "UNAUTHENTICATED" && c !== "BAD_USER_INPUT")) out.push(`an anonymous mutation answered ${[...new Set(codes)].join(", ")}`);
  }
  return [...new Set(out)];
}

interface Failure {
  pass: string;
  label: string;
  valueLabel: string;
  value: string;
  problems: string[];
  code: string;
  message: string;
  answer: string;
}
const failures: Failure[] = [];
/** Cases that took over 5 s, and the time spent per field, for the log. */
const slow: string[] = [];
const ownerMs = new Map<string, number>();
let casesRun = 0;

function show(value: unknown): string {
  if (value === undefined) return "(valid samples)";
  const s = JSON.stringify(value, (_k, v) => (typeof v === "string" && v.length > 60 ? `${v.slice(0, 20)}…(${v.length} chars)` : v)) ?? String(value);
  return s.length > 160 ? `${s.slice(0, 160)}…` : s;
}

/** Runs the cases a few at a time; records each failure; returns the answers. */
async function run(pass: string, cases: Case[], headers: Record<string, string>, anonymousMutation = false): Promise<Answer[]> {
  const answers: Answer[] = new Array(cases.length);
  let next = 0;
  const worker = async () => {
    while (next < cases.length) {
      const i = next++;
      const c = cases[i];
      const t0 = Date.now();
      const a = await post({ query: c.query, variables: c.variables }, headers);
      const ms = Date.now() - t0;
      ownerMs.set(`${pass} ${c.owner.coord}`, (ownerMs.get(`${pass} ${c.owner.coord}`) ?? 0) + ms);
      if (ms > 5_000) slow.push(`${ms} ms [${pass}] ${c.label} = ${c.valueLabel}: ${c.query.slice(0, 300)}`);
      answers[i] = a;
      casesRun++;
      const p = problems(a, anonymousMutation);
      if (p.length) {
        const e = a.body?.errors?.find((x: any) => x?.extensions?.code !== "BAD_USER_INPUT") ?? a.body?.errors?.[0];
        failures.push({ pass, label: c.label, valueLabel: c.valueLabel, value: show(c.value), problems: p, code: String(e?.extensions?.code ?? `HTTP ${a.status}`), message: String(e?.message ?? "").slice(0, 200), answer: a.text.slice(0, 200) });
      }
    }
  };
  await Promise.all(Array.from({ length: CONCURRENCY }, worker));
  return answers;
}

// ---------------------------------------------------------------------------------------------
// Set-up: real ids and real cursors; a snapshot of every row, to undo what the mutations wrote
// ---------------------------------------------------------------------------------------------

function ds(name: "relations" | "corridors"): DataSource {
  return stack.apps[name].dataSource;
}

async function checksums(): Promise<Record<string, Record<string, string>>> {
  return { relations: await tableChecksums(ds("relations"), "relations"), corridors: await tableChecksums(ds("corridors"), "corridors") };
}

async function tables(d: DataSource, s: string): Promise<string[]> {
  const rows: { table_name: string }[] = await d.query(`SELECT table_name FROM information_schema.tables WHERE table_schema = $1 AND table_type = 'BASE TABLE' ORDER BY 1`, [s]);
  return rows.map((r) => r.table_name);
}

async function rowsOf(d: DataSource, s: string, t: string): Promise<string[]> {
  return ((await d.query(`SELECT x::text AS r FROM "${s}"."${t}" x`)) as { r: string }[]).map((r) => r.r);
}

async function takeSnapshot(): Promise<Record<string, Map<string, string[]>>> {
  const out: Record<string, Map<string, string[]>> = {};
  for (const s of ["relations", "corridors"] as const) {
    out[s] = new Map();
    for (const t of await tables(ds(s), s)) out[s].set(t, await rowsOf(ds(s), s, t));
  }
  return out;
}

/**
 * Puts back every table whose checksum changed: deletes the rows that were not there before (the
 * records the editor's cases created and their audit entries) and re-inserts rows that went
 * missing, with foreign keys and triggers off for the transaction (session_replication_role).
 */
async function restore(): Promise<string[]> {
  const changed: string[] = [];
  const now = await checksums();
  for (const s of ["relations", "corridors"] as const) {
    for (const [t, was] of snapshot[s]) {
      if (now[s][t] === before[s][t]) continue;
      const is = await rowsOf(ds(s), s, t);
      const wasSet = new Set(was);
      const isSet = new Set(is);
      const added = is.filter((r) => !wasSet.has(r));
      const removed = was.filter((r) => !isSet.has(r));
      changed.push(`${s}.${t}: ${added.length} added or changed, ${removed.length} missing or changed`);
      const cols: { column_name: string }[] = await ds(s).query(
        `SELECT column_name FROM information_schema.columns WHERE table_schema = $1 AND table_name = $2 AND is_generated = 'NEVER' ORDER BY ordinal_position`,
        [s, t],
      );
      const list = cols.map((c) => `"${c.column_name}"`).join(", ");
      await ds(s).transaction(async (m) => {
        await m.query(`SET LOCAL session_replication_role = replica`);
        if (added.length) await m.query(`DELETE FROM "${s}"."${t}" x WHERE x::text = ANY($1::text[])`, [added]);
        if (removed.length) await m.query(`INSERT INTO "${s}"."${t}" (${list}) SELECT ${cols.map((c) => `(r)."${c.column_name}"`).join(", ")} FROM (SELECT v::"${s}"."${t}" AS r FROM unnest($1::text[]) v) y`, [removed]);
      });
    }
  }
  return changed;
}

async function findReal() {
  const a = await post({
    query: `{ agreement(id: "${TREATY}") { clauses { id } sources { id } parties { signatory { id statements { id } } } }
      corridor(id: "instc") { nodes { id } segments { id } }
      people(first: 5) { nodes { id statements { id } } } sources(first: 1) { nodes { id } } }`,
  });
  expect(a.body?.errors, a.text.slice(0, 300)).toBeUndefined();
  const d = a.body.data;
  real.source = d.agreement.sources[0]?.id ?? d.sources.nodes[0].id;
  real.clause = d.agreement.clauses[0]?.id ?? real.clause;
  const people = [...d.agreement.parties.map((p: any) => p.signatory).filter(Boolean), ...d.people.nodes];
  real.person = people[0].id;
  real.statement = people.flatMap((p: any) => p.statements ?? [])[0]?.id ?? real.statement;
  real.node = d.corridor.nodes[0].id;
  real.node2 = d.corridor.nodes[1].id;
  real.segment = d.corridor.segments[0].id;
}

/** A real cursor of every field with a cursor argument, for each value of its ordering argument. */
async function findCursors(forOwners: Owner[], headers: Record<string, string> = {}): Promise<CursorBook> {
  const book = new CursorBook();
  for (const owner of forOwners) {
    if (!owner.field.args.some((a) => isCursorArg(a.name, getNamedType(a.type)))) continue;
    const returns = getNamedType(owner.field.type);
    if (!isObjectType(returns)) continue;
    const fields = returns.getFields();
    const sel = fields.pageInfo ? "{ pageInfo { endCursor } }" : fields.edges ? "{ edges { cursor } }" : null;
    if (!sel) continue;
    const order = owner.field.args.find((a) => isEnumType(getNamedType(a.type)) && /order|sort/i.test(a.name));
    const orderings: Record<string, unknown>[] = order ? (getNamedType(order.type) as any).getValues().map((v: any) => ({ [order.name]: v.value })) : [{}];
    for (const ordering of orderings) {
      const args = { ...baseArgs(owner), ...ordering };
      if (owner.field.args.some((a) => a.name === "first")) args.first = 2;
      const a = await post(operation(owner, args, sel), headers);
      const text = a.text;
      const m = /"(?:endCursor|cursor)":"([A-Za-z0-9_-]+)"/.exec(text);
      if (m) book.byOwner.set(owner.coord, [...(book.byOwner.get(owner.coord) ?? []), { cursor: m[1], with: ordering }]);
    }
  }
  return book;
}

beforeAll(async () => {
  schema = apiSchema();
  // As in production (no internals in errors). Thousands of requests from one address: a rate limit is not what it tests.
  stack = await startTestStack(undefined, { http: { production: true, rateLimit: undefined } });
  url = stack.urls.gateway;
  before = await checksums();
  snapshot = await takeSnapshot();
  await findReal();
}, 180_000);

afterAll(async () => {
  await stack?.close();
}, 120_000);

// ---------------------------------------------------------------------------------------------
// The tests
// ---------------------------------------------------------------------------------------------

const queryOwners = () => owners().filter((o) => o.kind === "query");
const mutationOwners = () => owners().filter((o) => o.kind === "mutation");
/** Fields that answered UNAUTHENTICATED anonymously, or FORBIDDEN to an editor: they run again with an admin key. */
const adminOnly = new Set<string>();
const timings: string[] = [];
let mutationCases: Case[] = [];
let mutationAnswers: Answer[] = [];

function summary(list: Case[]) {
  const args = new Set<string>();
  const inputs = new Set<string>();
  for (const o of owners()) for (const s of sitesOf(o)) (s.kind === "argument" ? args : inputs).add(s.coord);
  return { cases: list.length, args: args.size, inputs: inputs.size };
}

describe("schema fuzz through the gateway", () => {
  it("enumerates every argument and input field reachable from the entry points", () => {
    const all = owners();
    const sites = all.flatMap(sitesOf);
    const args = new Set(sites.filter((s) => s.kind === "argument").map((s) => s.coord));
    const inputs = new Set(sites.filter((s) => s.kind === "inputField").map((s) => s.coord));

    // Counted independently: every argument of every field of the ENTRY types and of Mutation, and
    // every input field reachable from their types.
    const types = [...Object.keys(ENTRY).map((n) => (n === "Query" ? schema.getQueryType()! : (schema.getType(n) as GraphQLObjectType))), schema.getMutationType()!];
    const expectedArgs = new Set<string>();
    const expectedInputs = new Set<string>();
    for (const t of types) {
      for (const f of Object.values(t.getFields())) {
        for (const a of f.args) {
          expectedArgs.add(`${t.name}.${f.name}(${a.name}:)`);
          for (const i of inputFieldsOf(a.type)) expectedInputs.add(i);
        }
      }
    }
    expect([...args].sort()).toEqual([...expectedArgs].sort());
    expect([...inputs].sort()).toEqual([...expectedInputs].sort());

    // Every object type that has fields with arguments, reachable from Query, has an entry point:
    // a new one must be added to ENTRY (tests/support/schema-walk.ts), or its arguments go unfuzzed.
    expect(typesWithArguments(schema, schema.getQueryType()!).filter((t) => !(t in ENTRY))).toEqual([]);

    for (const a of ["Query.agreements(after:)", "Query.agreements(filter:)", "Query.search(after:)", "Query.corridorPath(modes:)", "Country.agreements(after:)", "Topic.clauses(after:)", "Agreement.status(asOf:)", "RatificationStage.claims(field:)", "Mutation.importRelationsDataset(dataset:)", "Mutation.createSource(input:)", "Mutation.updateAgreement(expectedVersion:)"]) {
      expect(args, a).toContain(a);
    }
    for (const i of ["AgreementFilter.signedFrom", "AgreementFilter.parties", "CountryFilter.kinds", "CreateSourceInput.publishedOn", "CreateRatificationStageInput.votesFor", "CreateCorridorNodeInput.latitude", "AgreementPatch.topicCodes"]) {
      expect(inputs, i).toContain(i);
    }

    // Every site gets the type-independent values, and the typed ones where they fit.
    const book = new CursorBook();
    for (const s of sites) {
      const labels = new Set(badValues(s, book).map((b) => b.label));
      for (const l of ["wrong type", "null", 'empty ""', "empty []", "empty {}", "10 KB string"]) expect(labels, `${s.coord} ${l}`).toContain(l);
      const named = getNamedType(s.type);
      if (stringy(named)) expect(labels, s.coord).toContain("NUL");
      if (named.name === "Int") expect(labels, s.coord).toContain("Int over 2^31-1");
      if (isEnumType(named)) expect(labels, s.coord).toContain("unknown enum value");
      if (named.name === "Date") expect(labels, s.coord).toContain("year 0000");
    }
    const agreementsAfter = sites.find((s) => s.coord === "Query.agreements(after:)")!;
    expect(badValues(agreementsAfter, book).some((b) => b.label.startsWith("cursor "))).toBe(true);
  });

  it("queries, anonymously: never a 5xx, an INTERNAL_SERVER_ERROR, an uncoded error or a stack trace", async () => {
    const t0 = Date.now();
    const ownersQ = queryOwners();
    const book = await findCursors(ownersQ);
    // Cursors were found for the public lists, so forged ones start from real ones.
    expect(book.byOwner.get("Query.agreements")?.length ?? 0).toBeGreaterThanOrEqual(3);
    const cases = ownersQ.flatMap((o) => casesOf(o, book));
    const answers = await run("query, anonymous", cases, {});
    cases.forEach((c, i) => {
      if (codesOf(answers[i]).includes("UNAUTHENTICATED")) adminOnly.add(c.owner.coord);
    });
    // The valid samples reach every public field: its baseline answers without errors.
    const baselines = cases.map((c, i) => [c, answers[i]] as const).filter(([c]) => c.valueLabel === "baseline" && !adminOnly.has(c.owner.coord));
    expect(baselines.filter(([, a]) => a.body?.errors).map(([c, a]) => `${c.label}: ${a.text.slice(0, 200)}`)).toEqual([]);
    timings.push(`queries ${cases.length} in ${Date.now() - t0} ms`);
  }, 600_000);

  it("mutations without a key: every case is UNAUTHENTICATED or BAD_USER_INPUT", async () => {
    const t0 = Date.now();
    mutationCases = mutationOwners().flatMap((o) => casesOf(o, new CursorBook()));
    mutationAnswers = await run("mutation, no key", mutationCases, {}, true);
    timings.push(`mutations without a key ${mutationCases.length} in ${Date.now() - t0} ms`);
  }, 600_000);

  it("mutations with an editor's key: bad values reach the write paths, and are refused or stored, never a 5xx", async () => {
    const t0 = Date.now();
    // A case the gateway refused (its validation or its coercion of variables, which come before
    // any key is read) is refused alike with a key: only the cases that reached a subgraph run again.
    const cases = mutationCases.filter((_c, i) => reachedSubgraph(mutationAnswers[i]));
    // About a third do (the gateway refuses wrong types, nulls for required values and the like by itself).
    expect(cases.length).toBeGreaterThan(mutationCases.length / 5);
    const { key } = await stack.auth.create("fuzz", "editor" as never);
    try {
      const answers = await run("mutation, editor", cases, { authorization: `Bearer ${key}` });
      cases.forEach((c, i) => {
        if (codesOf(answers[i]).includes("FORBIDDEN")) adminOnly.add(c.owner.coord);
      });
      // The key worked: most cases that reached a resolver were not refused for want of a key.
      expect(answers.filter((a) => codesOf(a).includes("UNAUTHENTICATED")).length).toBe(0);
      timings.push(`mutations with an editor key ${cases.length} in ${Date.now() - t0} ms`);
    } finally {
      await stack.auth.revoke(key.split("_")[1]);
    }
  }, 600_000);

  it("fields that need an admin, with an admin's key", async () => {
    const t0 = Date.now();
    const { key } = await stack.auth.create("fuzz-admin", "admin" as never);
    try {
      const headers = { authorization: `Bearer ${key}` };
      const chosen = owners().filter((o) => adminOnly.has(o.coord));
      // The audit logs are admin-only; the editor's cases wrote entries, so they have real cursors now.
      const book = await findCursors(chosen, headers);
      const cases = chosen.flatMap((o) => casesOf(o, book));
      await run("admin", cases, headers);
      timings.push(`admin-only fields (${chosen.map((o) => o.coord).join(", ")}) ${cases.length} in ${Date.now() - t0} ms`);
    } finally {
      await stack.auth.revoke(key.split("_")[1]);
    }
  }, 600_000);

  it("no case failed (all failures, together)", () => {
    const s = summary([]);
    console.log(`schema fuzz: ${casesRun.toLocaleString("en")} cases over ${s.args} arguments and ${s.inputs} input fields (${timings.join("; ")})`);
    const costly = [...ownerMs].sort((a, b) => b[1] - a[1]).slice(0, 8);
    console.log(`schema fuzz: request time by field (summed over concurrent requests): ${costly.map(([k, v]) => `${k} ${Math.round(v / 1000)} s`).join("; ")}`);
    if (slow.length) console.log(`schema fuzz: ${slow.length} cases took over 5 s:\n  ${slow.slice(0, 20).join("\n  ")}`);
    // Grouped by field, code and message, for reading; then every failing case.
    const groups = new Map<string, Failure[]>();
    for (const f of failures) {
      const k = `${f.label.replace(/ \[.*\]$/, "")} | ${f.problems.join(", ")} | ${f.code}: ${f.message.replace(/"[^"]*"/g, '"…"').slice(0, 120)}`;
      groups.set(k, [...(groups.get(k) ?? []), f]);
    }
    if (failures.length) {
      console.log(
        `schema fuzz: ${failures.length} failing cases in ${groups.size} groups:\n` +
          [...groups].map(([k, fs]) => `  ${fs.length} × ${k}\n      values: ${[...new Set(fs.map((f) => `${f.valueLabel} (${f.pass})`))].slice(0, 12).join("; ")}`).join("\n"),
      );
    }
    expect(failures.map((f) => `[${f.pass}] ${f.label} = ${f.valueLabel} ${f.value}: ${f.problems.join(", ")}: ${f.answer}`)).toEqual([]);
  });

  it("afterwards the gateway answers, and no table of either subgraph has changed", async () => {
    const changed = await restore();
    if (changed.length) console.log(`schema fuzz: undid the writes of the editor's and admin's cases: ${changed.join("; ")}`);
    const a = await post({ query: `{ agreement(id: "${TREATY}") { id } corridor(id: "instc") { id } }` });
    expect(a.body?.data?.agreement?.id, a.text.slice(0, 200)).toBe(TREATY);
    expect(await checksums()).toEqual(before);
  }, 120_000);
});
