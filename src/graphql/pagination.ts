import { Arg, Directive, Field, Int, ObjectType, type ClassType } from "type-graphql";
import type { KeysetResult, KeysetWindow } from "../db/keyset.js";
import { FULL_DATE_RULE, isFullDate } from "../lib/dates.js";
import { userInputError } from "./errors.js";

export const DEFAULT_PAGE_SIZE = 20;
export const MAX_PAGE_SIZE = 100;

// Both subgraphs serve connections, so PageInfo is a shareable value type.
@Directive("@shareable")
@ObjectType({ description: "Relay page information for a connection." })
export class PageInfo {
  @Field({ description: "True when items follow this page: more follow its last edge (a page read forward, with `first`), or it ends at a `before` cursor (the items from that cursor on)." })
  hasNextPage!: boolean;

  @Field({ description: "True when items precede this page: more precede its first edge (a page read backward, with `last` or `before` alone), or it starts at an `after` cursor (the items up to that cursor)." })
  hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: "Cursor of the first edge; null on an empty page. Pass it as `before` for the previous page." })
  startCursor!: string | null;

  @Field(() => String, { nullable: true, description: "Cursor of the last edge; pass it as `after` for the next page." })
  endCursor!: string | null;
}

/** Validates a page size (`first`, or `last` as `argument`): defaults to 20, must be 0..100. */
export function pageSize(first: number | null | undefined, argument: "first" | "last" = "first"): number {
  if (first === null || first === undefined) return DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(first) || first < 0) throw userInputError(argument, `must be a whole number from 0 to ${MAX_PAGE_SIZE}; got ${first}`);
  if (first > MAX_PAGE_SIZE) throw userInputError(argument, `must be at most ${MAX_PAGE_SIZE}; got ${first}`);
  return first;
}

/** The page arguments of every connection (the Relay Cursor Connections spec's, both ways). */
export interface PageArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

/** Descriptions of the backward arguments, shared by every connection. */
export const LAST_DESCRIPTION = `Page size counted from the end: the last N items (of those before \`before\`, if given), still in the list's order; default ${DEFAULT_PAGE_SIZE}, at most ${MAX_PAGE_SIZE}. Not together with \`first\` (BAD_USER_INPUT).`;
export const BEFORE_DESCRIPTION = `Cursor to read back from (a \`pageInfo.startCursor\` or an edge's cursor): the page holds items that precede it, the last ${DEFAULT_PAGE_SIZE} of them unless \`first\` or \`last\` says otherwise. With \`after\` too, items between the two cursors.`;

/** The `last` argument of a connection field, as a parameter decorator (`@LastArg() last: number | null`). */
export const LastArg = () => Arg("last", () => Int, { nullable: true, description: LAST_DESCRIPTION });
/** The `before` argument of a connection field, as a parameter decorator (`@BeforeArg() before: string | null`). */
export const BeforeArg = () => Arg("before", () => String, { nullable: true, description: BEFORE_DESCRIPTION });

/**
 * Reads a connection's page arguments into a keyset window: the page size, both cursors decoded
 * (`arity` key values of `tag`, checked against `types`), and which end the page is counted from.
 * `first` with `last` is refused. Without either, a page reads forward, except with `before` alone,
 * which reads the 20 items before it.
 */
export function pageWindow<K extends CursorKey>(tag: string, args: PageArgs, arity: number, types?: readonly CursorKeyType[]): KeysetWindow<K> {
  const hasFirst = args.first !== null && args.first !== undefined;
  const hasLast = args.last !== null && args.last !== undefined;
  if (hasFirst && hasLast) throw userInputError("last", "cannot be combined with `first`: ask for the first N items or for the last N, not both");
  const size = hasLast ? pageSize(args.last, "last") : pageSize(args.first, "first");
  const after = decodeCursor(tag, args.after, arity, types, "after") as K | null;
  const before = decodeCursor(tag, args.before, arity, types, "before") as K | null;
  return { size, after, before, fromEnd: hasLast || (!hasFirst && before !== null && after === null) };
}

/**
 * pageInfo's flags, per the Relay spec: a row read beyond the page means more items in the direction
 * it was read (after it with `first`, before it with `last`); a cursor given means items beyond that
 * cursor (before `after`, after `before`).
 */
export function pageFlags(window: Pick<KeysetWindow<readonly unknown[]>, "fromEnd" | "after" | "before">, more: boolean): { hasNextPage: boolean; hasPreviousPage: boolean } {
  return {
    hasNextPage: (!window.fromEnd && more) || window.before !== null,
    hasPreviousPage: (window.fromEnd && more) || window.after !== null,
  };
}

/**
 * Keyset cursors: the sort key of the row, as JSON, base64url-encoded. They stay valid when rows
 * are inserted before them, unlike offsets. A cursor carries a tag naming its ordering, so a cursor
 * from another list or ordering is rejected instead of silently misread.
 */
export type CursorKey = (string | number | null)[];

export function encodeCursor(tag: string, key: CursorKey): string {
  return Buffer.from(JSON.stringify([tag, ...key]), "utf8").toString("base64url");
}

/**
 * What a cursor's key value must be, position by position, before SQL casts it: a sort key cast
 * `::date` must be a valid date (src/lib/dates.ts) and one cast `::float8` a number, so a forged
 * cursor is refused here as the caller's error, never by PostgreSQL as ours.
 */
export type CursorKeyType = "date" | "text" | "float8";

const USE_ISSUED = { after: "use a pageInfo.endCursor or edges.cursor value", before: "use a pageInfo.startCursor or edges.cursor value" };
const notIssued = (argument: "after" | "before") => `is not a cursor this API issued; ${USE_ISSUED[argument]}`;

function keyProblem(v: string | number | null, type: CursorKeyType): string | null {
  if (type === "date") return isFullDate(v) ? null : `its sort key ${JSON.stringify(v)} is not a valid date (${FULL_DATE_RULE})`;
  if (type === "float8") {
    const ok = (typeof v === "number" && Number.isFinite(v)) || (typeof v === "string" && /^-?\d+(\.\d+)?(e[+-]?\d+)?$/i.test(v));
    return ok ? null : `its sort key ${JSON.stringify(v)} is not a number`;
  }
  return null;
}

/**
 * Reads a cursor of `tag` with `arity` key values. With `types`, each value is checked against the
 * SQL type it will be cast to (the caller knows its sort key's type); any bad cursor is BAD_USER_INPUT
 * naming `argument`.
 */
export function decodeCursor(
  tag: string,
  cursor: string | null | undefined,
  arity: number,
  types?: readonly CursorKeyType[],
  argument: "after" | "before" = "after",
): CursorKey | null {
  if (cursor === null || cursor === undefined) return null;
  let parsed: unknown;
  try {
    if (!/^[A-Za-z0-9_-]{1,2048}$/.test(cursor)) throw new Error("charset");
    parsed = JSON.parse(Buffer.from(cursor, "base64url").toString("utf8"));
  } catch {
    throw userInputError(argument, notIssued(argument));
  }
  if (
    !Array.isArray(parsed) ||
    parsed[0] !== tag ||
    parsed.length !== arity + 1 ||
    !parsed.slice(1).every((v) => v === null || typeof v === "string" || typeof v === "number")
  ) {
    throw userInputError(argument, "is not a cursor of this list and ordering; use a cursor from the same field with the same orderBy");
  }
  const key = parsed.slice(1) as CursorKey;
  // PostgreSQL text cannot hold U+0000: no cursor this API issued carries one.
  if (key.some((v) => typeof v === "string" && v.includes("\u0000"))) throw userInputError(argument, notIssued(argument));
  for (const [i, type] of (types ?? []).entries()) {
    const problem = keyProblem(key[i], type);
    if (problem) throw userInputError(argument, `is not a cursor this API issued: ${problem}; ${USE_ISSUED[argument]}`);
  }
  return key;
}

export interface Page<T> {
  items: T[];
  keys: CursorKey[];
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  /** A number, or a count that runs only if a client asks for totalCount. */
  totalCount: number | (() => Promise<number>);
}

export interface ConnectionShape<T> {
  edges: { cursor: string; node: T }[];
  nodes: T[];
  pageInfo: PageInfo;
  /** graphql-js awaits it; a lazy count is a getter, so it runs only when the field is selected. */
  totalCount: number | Promise<number>;
}

/**
 * Gives `shape` a `totalCount` that is either a number or a count run at most once, and only when
 * read: graphql-js reads (and awaits) it only when a client selects the field.
 */
export function withTotalCount<S extends object>(shape: S, count: number | (() => Promise<number>)): S & { totalCount: number | Promise<number> } {
  let counted: Promise<number> | null = null;
  return Object.defineProperty(shape, "totalCount", {
    enumerable: true,
    get: () => (typeof count === "number" ? count : (counted ??= count())),
  }) as S & { totalCount: number | Promise<number> };
}

export function toConnection<T>(tag: string, page: Page<T>): ConnectionShape<T> {
  const edges = page.items.map((node, i) => ({ node, cursor: encodeCursor(tag, page.keys[i]) }));
  return withTotalCount(
    {
      edges,
      nodes: page.items,
      pageInfo: {
        hasNextPage: page.hasNextPage,
        hasPreviousPage: page.hasPreviousPage,
        startCursor: edges[0]?.cursor ?? null,
        endCursor: edges[edges.length - 1]?.cursor ?? null,
      },
    },
    page.totalCount,
  );
}

/** Builds the `<Name>Edge` and `<Name>Connection` object types for a node type. */
export function connectionType<T extends object>(node: ClassType<T>, name: string, plural: string): ClassType<ConnectionShape<T>> {
  @ObjectType(`${name}Edge`, { description: `One ${name} in a page, with its cursor.` })
  class Edge {
    @Field({ description: "Opaque cursor of this edge; pass it as `after` to read the items that follow it, or as `before` for those that precede it." })
    cursor!: string;

    @Field(() => node, { description: `The ${name}.` })
    node!: T;
  }

  @ObjectType(`${name}Connection`, { description: `A page of ${plural}, Relay style.` })
  class Connection {
    @Field(() => [Edge], { description: "The items of this page with their cursors." })
    edges!: Edge[];

    @Field(() => [node], { description: "The items of this page, without cursors." })
    nodes!: T[];

    @Field(() => PageInfo, { description: "Where this page sits in the whole list." })
    pageInfo!: PageInfo;

    @Field(() => Int, { description: `How many ${plural} match, across all pages.` })
    totalCount!: number;
  }
  return Connection as ClassType<ConnectionShape<T>>;
}

/** Builds a connection from a keyset page (keysetPages) read for `window`, with its rows' items. */
export function keysetConnection<T>(tag: string, result: KeysetResult, window: KeysetWindow<readonly unknown[]>, items: T[]): ConnectionShape<T> {
  return toConnection(tag, {
    items,
    keys: result.rows.map((r) => [r.sortKey, r.id]),
    ...pageFlags(window, result.more),
    totalCount: result.total,
  });
}
