import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { Authentication } from "../auth/auth.service.js";
import { userInputError } from "../graphql/errors.js";
import { columnOf, generatedColumns, joinTableOf, metadataOf, propertyColumns, quoted, tableOf } from "./entity-columns.js";
import { alreadyExists, conditionalUpdate, insertNew, notFound, type AuditRecord } from "./writes.js";

/** An input field whose value must name an existing record of `entity` (by its primary key). */
export interface RefSpec {
  field: string;
  entity: EntityTarget<ObjectLiteral>;
  what: string;
}

/**
 * A list field kept in link rows (e.g. sourceIds), replaced whole on update. Either the join table
 * of a many-to-many `relation` of the record's entity (Agreement.topics: each id must name a row of
 * the related entity), or rows of a link entity of its own (RouteSegment, SourceRef).
 */
export type LinkSpec = RelationLinkSpec | EntityLinkSpec;

export interface RelationLinkSpec {
  field: string;
  relation: string;
  /** What the related entity is called in errors ("topic"). */
  what: string;
}

export interface EntityLinkSpec {
  field: string;
  entity: EntityTarget<ObjectLiteral>;
  /** The property holding the record's key, and the one holding each id of the list. */
  parent: string;
  child: string;
  /** Where the ids must exist; omitted when they belong to another subgraph (sources seen from corridors). */
  target?: { entity: EntityTarget<ObjectLiteral>; what: string };
  /** A constant property of a shared link entity, e.g. recordType = "CorridorSegment". */
  fixed?: { property: string; value: string };
  /** Keep the list's order in this property (0, 1, 2, …). */
  order?: string;
}

/** Rows elsewhere that point at a record: a delete is refused while they exist, unless it cascades. */
export interface DependentSpec {
  /**
   * The entity whose rows point at the record, with the property that does; or, with `relation`,
   * the join table of that entity's many-to-many relation, whose column for the related key does.
   */
  entity: EntityTarget<ObjectLiteral>;
  property?: string;
  relation?: string;
  what: string;
  /** With cascade: delete them, or clear the reference. */
  onCascade: "delete" | "clear";
  /** Only rows whose properties have these values, e.g. { recordType: "Agreement" }. */
  where?: Record<string, string>;
}

/**
 * How one record type is written: its entity, key, references, links and dependents. Table and
 * column names come from the entity's metadata: an input field is written to the entity property
 * of the same name (or the one `fields` maps it to).
 */
export interface RecordSpec<T extends ObjectLiteral = ObjectLiteral> {
  type: string;
  entity: EntityTarget<T>;
  /** Key property and input field ("id", or "code" for topics). */
  key: string;
  /** Input fields stored under a property of another name (a segment's lengthKm is statedLengthKm). */
  fields?: Record<string, string>;
  /** Fields that must be given on create and cannot be cleared. */
  required: string[];
  refs?: RefSpec[];
  links?: LinkSpec[];
  dependents?: DependentSpec[];
  /** Fields the input does not carry directly (a parent id resolved from codes, a position); `existing` is the stored record, by field. */
  derive?: (m: EntityManager, input: Record<string, unknown>, existing: Record<string, unknown> | null) => Promise<Record<string, unknown>>;
  /** Checks across fields on the merged record; throw userInputError naming the field. */
  check?: (m: EntityManager, merged: Record<string, unknown>) => Promise<void> | void;
}

/** A spec's names, looked up in the entity metadata. */
interface Names {
  table: string;
  /** Unquoted, as conditionalUpdate takes it. */
  keyColumn: string;
  /** Input field -> unquoted column, for every column but the version (and the generated ones). */
  columns: Map<string, string>;
  /** Generated columns (stored search vectors): left out of the audited row. */
  generated: string[];
}

/** A link's rows, as SQL names. */
interface LinkNames {
  table: string;
  parent: string;
  child: string;
  target?: { table: string; column: string; what: string };
  fixed?: { column: string; value: string };
  order?: string;
}

function namesOf(m: EntityManager, spec: RecordSpec): Names {
  const meta = metadataOf(m, spec.entity);
  const fieldOf = new Map(Object.entries(spec.fields ?? {}).map(([field, property]) => [property, field]));
  const columns = new Map<string, string>();
  for (const c of propertyColumns(meta)) if (c.property !== "version") columns.set(fieldOf.get(c.property) ?? c.property, c.column);
  const keyColumn = columns.get(spec.key);
  if (!keyColumn) throw new Error(`${meta.name} has no column for its key "${spec.key}"`);
  return { table: tableOf(meta), keyColumn, columns, generated: generatedColumns(meta) };
}

function linkNames(m: EntityManager, spec: RecordSpec, l: LinkSpec): LinkNames {
  if ("relation" in l) {
    const j = joinTableOf(metadataOf(m, spec.entity), l.relation);
    return { table: j.table, parent: j.parent, child: j.child, target: { table: tableOf(j.target), column: j.targetColumn, what: l.what } };
  }
  const meta = metadataOf(m, l.entity);
  const target = l.target && metadataOf(m, l.target.entity);
  return {
    table: tableOf(meta),
    parent: columnOf(meta, l.parent),
    child: columnOf(meta, l.child),
    target: target && l.target ? { table: tableOf(target), column: columnOf(target, target.primaryColumns[0].propertyName), what: l.target.what } : undefined,
    fixed: l.fixed && { column: columnOf(meta, l.fixed.property), value: l.fixed.value },
    order: l.order && columnOf(meta, l.order),
  };
}

/** Where a dependent's rows are, and the condition that picks those pointing at `$1`. */
function dependentNames(m: EntityManager, d: DependentSpec): { table: string; column: string; cond: string; params: string[] } {
  const meta = metadataOf(m, d.entity);
  let table = tableOf(meta);
  let column: string;
  if (d.relation) ({ table, child: column } = joinTableOf(meta, d.relation));
  else column = columnOf(meta, d.property!);
  const where = Object.entries(d.where ?? {});
  const cond = [`${column} = $1`, ...where.map(([p], i) => `${columnOf(meta, p)} = $${i + 2}`)].join(" AND ");
  return { table, column, cond, params: where.map(([, v]) => v) };
}

/** The primary key column of a referenced entity, with its table. */
function refNames(m: EntityManager, r: RefSpec) {
  const meta = metadataOf(m, r.entity);
  return { table: tableOf(meta), column: columnOf(meta, meta.primaryColumns[0].propertyName) };
}

type Ctx = { auth: Authentication; requestId: string };
type Writer = { write<R>(ctx: Ctx, work: (m: EntityManager, audit: (r: AuditRecord) => void) => Promise<R>): Promise<R> };

/** Create, update and delete for any record type described by a RecordSpec; each write is audited in its transaction. */
export class RecordWrites {
  constructor(private readonly writer: Writer) {}

  create<T extends ObjectLiteral>(ctx: Ctx, spec: RecordSpec<T>, input: Record<string, unknown>): Promise<T> {
    return this.writer.write(ctx, async (m, audit) => {
      const n = namesOf(m, spec);
      const id = String(input[spec.key]);
      if (await this.row(m, n, id)) throw alreadyExists(spec.type, spec.key, id);
      const derived = spec.derive ? await spec.derive(m, input, null) : {};
      const merged = { ...input, ...derived };
      await this.checkAll(m, spec, merged);
      const cols = [...n.columns].filter(([f]) => f !== spec.key && merged[f] !== undefined);
      const names = [n.keyColumn, ...cols.map(([, c]) => c)];
      const values = [id, ...cols.map(([f]) => merged[f])];
      await insertNew(spec.type, spec.key, id, () =>
        m.query(`INSERT INTO ${n.table} (${names.map(quoted).join(", ")}) VALUES (${values.map((_, i) => `$${i + 1}`).join(", ")})`, values),
      );
      await this.writeLinks(m, spec, id, merged);
      audit({ operation: "CREATE", recordType: spec.type, recordId: id, before: null, after: await this.snapshot(m, spec, n, id) });
      return this.entity(m, spec, id);
    });
  }

  update<T extends ObjectLiteral>(ctx: Ctx, spec: RecordSpec<T>, id: string, expectedVersion: number, patch: Record<string, unknown>): Promise<T> {
    return this.writer.write(ctx, async (m, audit) => {
      const n = namesOf(m, spec);
      const before = await this.snapshot(m, spec, n, id);
      if (!before) throw notFound(spec.type, id);
      for (const f of spec.required) if (patch[f] === null) throw userInputError(`input.${f}`, "cannot be cleared");
      const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const existing = this.asInput(spec, n, before);
      const derived = spec.derive ? await spec.derive(m, given, existing) : {};
      const merged = { ...existing, ...given, ...derived };
      await this.checkAll(m, spec, merged, given);
      const set = Object.fromEntries(
        [...n.columns].filter(([f]) => f !== spec.key && (f in given || f in derived)).map(([f, c]) => [c, merged[f] ?? null]),
      );
      await conditionalUpdate(m, n.table, spec.type, id, expectedVersion, set, n.keyColumn);
      await this.writeLinks(m, spec, id, given);
      audit({ operation: "UPDATE", recordType: spec.type, recordId: id, before, after: await this.snapshot(m, spec, n, id) });
      return this.entity(m, spec, id);
    });
  }

  delete<T extends ObjectLiteral>(ctx: Ctx, spec: RecordSpec<T>, id: string, expectedVersion: number, cascade: boolean): Promise<T> {
    return this.writer.write(ctx, async (m, audit) => {
      const n = namesOf(m, spec);
      const entity = await this.entity(m, spec, id).catch(() => null);
      const before = await this.snapshot(m, spec, n, id);
      if (!before || !entity) throw notFound(spec.type, id);
      const found: { what: string; n: number; d: DependentSpec; at: ReturnType<typeof dependentNames> }[] = [];
      for (const d of spec.dependents ?? []) {
        const at = dependentNames(m, d);
        const [{ n: count }] = await m.query(`SELECT count(*)::int AS n FROM ${at.table} WHERE ${at.cond}`, [id, ...at.params]);
        if (count > 0) found.push({ what: d.what, n: count, d, at });
      }
      if (found.length && !cascade) {
        throw userInputError("cascade", `${spec.type} "${id}" is still referred to by ${found.map((f) => `${f.n} ${f.what}`).join(", ")}; pass cascade: true to delete or detach them with it`);
      }
      await conditionalUpdate(m, n.table, spec.type, id, expectedVersion, {}, n.keyColumn);
      for (const { d, at } of found) {
        if (d.onCascade === "delete") await m.query(`DELETE FROM ${at.table} WHERE ${at.cond}`, [id, ...at.params]);
        else await m.query(`UPDATE ${at.table} SET ${at.column} = NULL WHERE ${at.cond}`, [id, ...at.params]);
      }
      await m.query(`DELETE FROM ${n.table} WHERE ${quoted(n.keyColumn)} = $1`, [id]);
      audit({ operation: "DELETE", recordType: spec.type, recordId: id, before: { ...before, cascaded: found.map((f) => ({ what: f.what, n: f.n })) }, after: null });
      return entity;
    });
  }

  private async checkAll(m: EntityManager, spec: RecordSpec, merged: Record<string, unknown>, given: Record<string, unknown> = merged) {
    for (const r of spec.refs ?? []) {
      const v = merged[r.field];
      if (v === undefined || v === null || !(r.field in given)) continue;
      const at = refNames(m, r);
      const [row] = await m.query(`SELECT 1 FROM ${at.table} WHERE ${at.column} = $1`, [v]);
      if (!row) throw userInputError(`input.${r.field}`, `no ${r.what} "${String(v)}"`);
    }
    for (const spec_ of spec.links ?? []) {
      const ids = given[spec_.field] as string[] | undefined;
      const target = ids && linkNames(m, spec, spec_).target;
      if (!ids || !target) continue;
      const found: { k: string }[] = await m.query(`SELECT ${target.column} AS k FROM ${target.table} WHERE ${target.column} = ANY($1)`, [ids]);
      const missing = ids.filter((x) => !found.some((f) => f.k === x));
      if (missing.length) throw userInputError(`input.${spec_.field}`, `unknown ${target.what}(s): ${missing.join(", ")}`);
    }
    await spec.check?.(m, merged);
  }

  private async writeLinks(m: EntityManager, spec: RecordSpec, id: string, given: Record<string, unknown>) {
    for (const spec_ of spec.links ?? []) {
      const ids = given[spec_.field] as string[] | undefined;
      if (!ids) continue;
      const l = linkNames(m, spec, spec_);
      const fixed = l.fixed ? ` AND ${l.fixed.column} = $2` : "";
      await m.query(`DELETE FROM ${l.table} WHERE ${l.parent} = $1${fixed}`, l.fixed ? [id, l.fixed.value] : [id]);
      const cols = [l.parent, l.child, ...(l.order ? [l.order] : []), ...(l.fixed ? [l.fixed.column] : [])];
      const vals = ["$1", "x.child", ...(l.order ? ["x.n - 1"] : []), ...(l.fixed ? ["$3"] : [])];
      const list = l.order ? ids : [...new Set(ids)];
      await m.query(
        `INSERT INTO ${l.table} (${cols.join(", ")}) SELECT ${vals.join(", ")} FROM unnest($2::varchar[]) WITH ORDINALITY AS x(child, n)`,
        l.fixed ? [id, list, l.fixed.value] : [id, list],
      );
    }
  }

  private async row(m: EntityManager, n: Names, id: string): Promise<Record<string, unknown> | null> {
    const [row] = await m.query(`SELECT to_jsonb(t) - $2::text[] AS j FROM ${n.table} t WHERE ${quoted(n.keyColumn)} = $1`, [id, n.generated]);
    return row?.j ?? null;
  }

  /** The row as JSON (keyed by column), with its link lists (keyed by field): what the audit log keeps. */
  private async snapshot(m: EntityManager, spec: RecordSpec, n: Names, id: string): Promise<Record<string, unknown> | null> {
    const row = await this.row(m, n, id);
    if (!row) return null;
    for (const spec_ of spec.links ?? []) {
      const l = linkNames(m, spec, spec_);
      const fixed = l.fixed ? ` AND ${l.fixed.column} = $2` : "";
      const rows: { c: string }[] = await m.query(
        `SELECT ${l.child} AS c FROM ${l.table} WHERE ${l.parent} = $1${fixed} ORDER BY ${l.order ?? "1"}`,
        l.fixed ? [id, l.fixed.value] : [id],
      );
      row[spec_.field] = rows.map((r) => r.c);
    }
    return row;
  }

  /** Column-keyed snapshot back to input field names, for merging with a patch. */
  private asInput(spec: RecordSpec, n: Names, row: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [f, c] of n.columns) out[f] = row[c];
    for (const l of spec.links ?? []) out[l.field] = row[l.field];
    return out;
  }

  private entity<T extends ObjectLiteral>(m: EntityManager, spec: RecordSpec<T>, id: string): Promise<T> {
    const key = spec.fields?.[spec.key] ?? spec.key;
    return m.getRepository(spec.entity).findOneByOrFail({ [key]: id } as never);
  }
}
