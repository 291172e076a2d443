import type { GraphQLError } from "graphql";
import type { DataSource } from "typeorm";
import { describe, expect, it } from "vitest";
import { keysetPages, windowRows, type KeysetSpec, type KeysetWindow } from "../../src/db/keyset.js";
import { Params } from "../../src/db/params.js";
import { decodeCursor, encodeCursor, keysetConnection, pageSize, pageWindow } from "../../src/graphql/pagination.js";

/** The GraphQL error `f` throws: its code and argument. */
function refusal(f: () => unknown): { code: unknown; argument: unknown; message: string } {
  try {
    f();
  } catch (err) {
    const e = err as GraphQLError;
    return { code: e.extensions?.code, argument: e.extensions?.argument, message: e.message };
  }
  throw new Error("expected a refusal");
}

const raw = (value: unknown) => Buffer.from(JSON.stringify(value), "utf8").toString("base64url");

describe("decodeCursor", () => {
  it("reads back what encodeCursor wrote, and nothing for no cursor", () => {
    const c = encodeCursor("agreements:SIGNED_ON_DESC", ["2020-01-31", "ir-ru-2001"]);
    expect(c).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor("agreements:SIGNED_ON_DESC", c, 2, ["date", "text"])).toEqual(["2020-01-31", "ir-ru-2001"]);
    expect(decodeCursor("search", encodeCursor("search", [0.25, "Clause", "c1"]), 3, ["float8", "text", "text"])).toEqual([0.25, "Clause", "c1"]);
    expect(decodeCursor("x", null, 2)).toBeNull();
    expect(decodeCursor("x", undefined, 2)).toBeNull();
  });

  it("refuses a cursor of another list or ordering, or of another arity", () => {
    const c = encodeCursor("agreements:SIGNED_ON_DESC", ["2020-01-31", "a"]);
    expect(refusal(() => decodeCursor("agreements:TITLE_ASC", c, 2))).toMatchObject({ code: "BAD_USER_INPUT", argument: "after", message: expect.stringContaining("same orderBy") });
    expect(refusal(() => decodeCursor("agreements:SIGNED_ON_DESC", c, 3)).code).toBe("BAD_USER_INPUT");
    expect(refusal(() => decodeCursor("t", raw({ tag: "t" }), 1)).code).toBe("BAD_USER_INPUT");
    expect(refusal(() => decodeCursor("t", raw(["t", { a: 1 }]), 1)).code).toBe("BAD_USER_INPUT");
  });

  it("refuses what is not base64url JSON, and anything over 2048 characters", () => {
    expect(refusal(() => decodeCursor("t", "not a cursor!", 1))).toMatchObject({ code: "BAD_USER_INPUT", message: expect.stringContaining("not a cursor this API issued") });
    expect(refusal(() => decodeCursor("t", Buffer.from("{oops").toString("base64url"), 1)).code).toBe("BAD_USER_INPUT");
    expect(refusal(() => decodeCursor("t", "A".repeat(2049), 1)).code).toBe("BAD_USER_INPUT");
  });

  it("checks each key value against the SQL type it will be cast to", () => {
    expect(refusal(() => decodeCursor("t", raw(["t", "2025-02-30", "a"]), 2, ["date", "text"])).message).toContain("not a valid date");
    expect(refusal(() => decodeCursor("t", raw(["t", "1e999x", "a"]), 2, ["float8", "text"])).message).toContain("not a number");
    expect(refusal(() => decodeCursor("t", raw(["t", null, "a"]), 2, ["float8", "text"])).message).toContain("not a number");
    expect(decodeCursor("t", raw(["t", 12.5, "2025-02-30"]), 2, ["float8", "text"])).toEqual([12.5, "2025-02-30"]);
  });

  it("accepts numbers written as strings for float8, and refuses a NUL in any text", () => {
    expect(decodeCursor("t", raw(["t", "-1.5e-3", "a"]), 2, ["float8", "text"])).toEqual(["-1.5e-3", "a"]);
    expect(refusal(() => decodeCursor("t", raw(["t", "a\u0000b"]), 1)).code).toBe("BAD_USER_INPUT");
  });
});

describe("pageSize", () => {
  it("defaults to 20 and allows 0 to 100", () => {
    expect(pageSize(null)).toBe(20);
    expect(pageSize(undefined)).toBe(20);
    expect(pageSize(0)).toBe(0);
    expect(pageSize(100)).toBe(100);
  });

  it.each([101, -1, 2.5, Number.NaN])("refuses %s", (n) => {
    expect(refusal(() => pageSize(n))).toMatchObject({ code: "BAD_USER_INPUT", argument: "first" });
  });
});

/** A DataSource that answers each statement with the next canned rows and records what it was sent. */
function fakeDataSource(...answers: unknown[][]) {
  const sent: { sql: string; params: unknown[] }[] = [];
  const ds = {
    query: async (sql: string, params: unknown[]) => {
      sent.push({ sql, params });
      return answers.shift() ?? [];
    },
  } as unknown as DataSource;
  return { ds, sent };
}

const forward = (size: number, after: [string, string] | null = null): KeysetWindow => ({ size, after, before: null, fromEnd: false });

const spec = (over: Partial<KeysetSpec> = {}): KeysetSpec => ({
  from: "relations.country c", parentExpr: "''", idExpr: "c.code", sortKey: "c.name", sortCast: "text", dir: "ASC", where: [], ...over,
});

describe("keysetPages", () => {
  it("one list: a page after the cursor, in one statement, with a count that runs only when asked", async () => {
    const { ds, sent } = fakeDataSource([{ id: "IR", sort_key: "Iran" }], [{ n: 42 }]);
    const p = new Params();
    const where = [`c.kind = ${p.add("STATE")}`];
    const pages = await keysetPages(ds, spec({ where }), p, forward(3, ["Iceland", "IS"]));
    expect(sent).toHaveLength(1);
    expect(sent[0].sql).toMatch(/\(b\.sort_key, b\.id\) > \(\$2::text, \$3\)/);
    expect(sent[0].params).toEqual(["STATE", "Iceland", "IS"]);
    // One row more than the page, to see whether more follow; written in the text, so a generic plan knows it.
    expect(sent[0].sql).toMatch(/LIMIT 4$/);
    const page = pages.get("")!;
    expect(page.rows).toEqual([{ id: "IR", sortKey: "Iran" }]);
    expect(page.more).toBe(false);
    expect(typeof page.total).toBe("function");
    expect(await (page.total as () => Promise<number>)()).toBe(42);
    expect(sent).toHaveLength(2);
    expect(sent[1].params).toEqual(["STATE"]); // the filter's values, not the cursor's
  });

  it("descending order compares the cursor with <", async () => {
    const { ds, sent } = fakeDataSource([]);
    await keysetPages(ds, spec({ dir: "DESC", sortCast: "date" }), new Params(), forward(5, ["2020-01-01", "x"]));
    expect(sent[0].sql).toMatch(/\(b\.sort_key, b\.id\) < \(\$1::date, \$2\)/);
  });

  it("a window read from the end reverses the comparisons and the order, and gives the page back in the list's order", async () => {
    const { ds, sent } = fakeDataSource([
      { id: "c", sort_key: "C" },
      { id: "b", sort_key: "B" },
      { id: "a", sort_key: "A" },
    ]);
    const pages = await keysetPages(ds, spec(), new Params(), { size: 2, after: ["0", "0"], before: ["D", "d"], fromEnd: true });
    expect(sent[0].sql).toMatch(/\(b\.sort_key, b\.id\) > \(\$1::text, \$2\) AND \(b\.sort_key, b\.id\) < \(\$3::text, \$4\)/);
    expect(sent[0].sql).toMatch(/ORDER BY b\.sort_key DESC, b\.id DESC/);
    expect(sent[0].params).toEqual(["0", "0", "D", "d"]);
    expect(sent[0].sql).toMatch(/LIMIT 3$/);
    expect(pages.get("")).toMatchObject({ rows: [{ id: "b", sortKey: "B" }, { id: "c", sortKey: "C" }], more: true });
  });

  it("many parents: one statement, each parent's rows and total, an empty page for a parent past its end", async () => {
    const { ds, sent } = fakeDataSource([
      { parent_key: "IR", total: 3, id: "a1", sort_key: "2001-01-01" },
      { parent_key: "IR", total: 3, id: "a2", sort_key: "2002-01-01" },
      { parent_key: "RU", total: 1, id: null, sort_key: null },
    ]);
    const pages = await keysetPages(ds, spec({ parentExpr: "pp.country_code" }), new Params(), forward(2));
    expect(sent).toHaveLength(1);
    expect(pages.get("IR")).toEqual({ total: 3, rows: [{ id: "a1", sortKey: "2001-01-01" }, { id: "a2", sortKey: "2002-01-01" }], more: false });
    expect(pages.get("RU")).toEqual({ total: 1, rows: [], more: false });
    expect(pages.has("FI")).toBe(false);
  });
});

describe("keysetConnection", () => {
  it("a fetched extra row means a next page; a cursor given means a previous one; edge cursors decode to the row's key", () => {
    const result = { total: 3, rows: [{ id: "a", sortKey: "A" }, { id: "b", sortKey: "B" }], more: true };
    const c = keysetConnection("t", result, forward(2, ["0", "z"]), ["A!", "B!"]);
    expect(c.pageInfo).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(c.nodes).toEqual(["A!", "B!"]);
    expect(decodeCursor("t", c.pageInfo.endCursor, 2)).toEqual(["B", "b"]);
    expect(c.totalCount).toBe(3);
    const last = keysetConnection("t", { total: 1, rows: [{ id: "a", sortKey: "A" }], more: false }, forward(2), ["A!"]);
    expect(last.pageInfo).toMatchObject({ hasNextPage: false, hasPreviousPage: false });
  });

  it("read from the end: a row beyond the page means a previous page; a `before` cursor means a next one", () => {
    const rows = [{ id: "b", sortKey: "B" }];
    const back = (before: [string, string] | null, more: boolean) => keysetConnection("t", { total: 3, rows, more }, { size: 1, after: null, before, fromEnd: true }, ["B!"]).pageInfo;
    expect(back(["C", "c"], true)).toMatchObject({ hasNextPage: true, hasPreviousPage: true });
    expect(back(null, true)).toMatchObject({ hasNextPage: false, hasPreviousPage: true });
    expect(back(["C", "c"], false)).toMatchObject({ hasNextPage: true, hasPreviousPage: false });
  });
});

describe("windowRows", () => {
  it("keeps the first `size` rows read and turns a page read from the end back into the list's order", () => {
    expect(windowRows([1, 2, 3], { size: 2, fromEnd: false })).toEqual({ rows: [1, 2], more: true });
    expect(windowRows([3, 2, 1], { size: 2, fromEnd: true })).toEqual({ rows: [2, 3], more: true });
    expect(windowRows([2, 1], { size: 2, fromEnd: true })).toEqual({ rows: [1, 2], more: false });
    expect(windowRows([], { size: 0, fromEnd: true })).toEqual({ rows: [], more: false });
  });
});

describe("pageWindow", () => {
  const c = (key: [string, string]) => encodeCursor("t", key);
  it("reads first/after forward, last (or before alone) from the end, and both cursors as bounds", () => {
    expect(pageWindow("t", {}, 2)).toEqual({ size: 20, after: null, before: null, fromEnd: false });
    expect(pageWindow("t", { first: 5, after: c(["A", "a"]) }, 2)).toEqual({ size: 5, after: ["A", "a"], before: null, fromEnd: false });
    expect(pageWindow("t", { last: 5 }, 2)).toEqual({ size: 5, after: null, before: null, fromEnd: true });
    expect(pageWindow("t", { before: c(["B", "b"]) }, 2)).toEqual({ size: 20, after: null, before: ["B", "b"], fromEnd: true });
    expect(pageWindow("t", { after: c(["A", "a"]), before: c(["B", "b"]) }, 2)).toMatchObject({ size: 20, fromEnd: false });
    expect(pageWindow("t", { last: 3, after: c(["A", "a"]), before: c(["B", "b"]) }, 2)).toMatchObject({ size: 3, fromEnd: true });
  });

  it("refuses first with last, a bad last, and a bad before cursor, naming the argument", () => {
    expect(refusal(() => pageWindow("t", { first: 1, last: 1 }, 2))).toMatchObject({ code: "BAD_USER_INPUT", argument: "last", message: expect.stringContaining("first") });
    expect(refusal(() => pageWindow("t", { last: 101 }, 2))).toMatchObject({ code: "BAD_USER_INPUT", argument: "last" });
    expect(refusal(() => pageWindow("t", { last: -1 }, 2))).toMatchObject({ code: "BAD_USER_INPUT", argument: "last" });
    expect(refusal(() => pageWindow("t", { before: encodeCursor("u", ["B", "b"]) }, 2))).toMatchObject({ code: "BAD_USER_INPUT", argument: "before", message: expect.stringContaining("same orderBy") });
    expect(refusal(() => pageWindow("t", { before: "not a cursor!" }, 2))).toMatchObject({ code: "BAD_USER_INPUT", argument: "before", message: expect.stringContaining("startCursor") });
  });
});
