import type { EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { Authentication } from "../auth/auth.service.js";
import { userInputError } from "../graphql/errors.js";
import { alreadyExists, conditionalUpdate, insertNew, notFound, type AuditRecord } from "./writes.js";

/** An input field whose value must name an existing row. */
export interface RefSpec {
  field: string;
  table: string;
  column: string;
  what: string;
}

/** A list field kept in a link table (e.g. sourceIds in clause_source); replaced whole on update. */
export interface LinkSpec {
  field: string;
  table: string;
  parentColumn: string;
  childColumn: string;
  /** Where the ids must exist; omitted when they belong to another subgraph (sources seen from corridors). */
  target?: { table: string; column: string; what: string };
  /** A constant column of a shared link table, e.g. record_type = 'CorridorSegment'. */
  fixed?: { column: string; value: string };
  /** Keep the list's order in this column (0, 1, 2, …). */
  orderColumn?: string;
}

/** Rows elsewhere that point at a record: a delete is refused while they exist, unless it cascades. */
export interface DependentSpec {
  table: string;
  column: string;
  what: string;
  /** With cascade: delete them, or clear the reference. */
  onCascade: "delete" | "clear";
  /** Extra condition, e.g. "record_type = 'Agreement'". */
  where?: string;
}

/** How one record type is written: its table, columns, references, links and dependents. */
export interface RecordSpec<T extends ObjectLiteral = ObjectLiteral> {
  type: string;
  entity: EntityTarget<T>;
  table: string;
  /** Key column and entity property ("id", or "code" for topics). */
  key: string;
  /** Input field -> column, for the record's own columns. */
  columns: Record<string, string>;
  /** Fields that must be given on create and cannot be cleared. */
  required: string[];
  refs?: RefSpec[];
  links?: LinkSpec[];
  dependents?: DependentSpec[];
  /** Columns the input does not carry directly (a parent id resolved from codes, a position). */
  derive?: (m: EntityManager, input: Record<string, unknown>, existing: Record<string, unknown> | null) => Promise<Record<string, unknown>>;
  /** Checks across fields on the merged record; throw userInputError naming the field. */
  check?: (m: EntityManager, merged: Record<string, unknown>) => Promise<void> | void;
}

type Ctx = { auth: Authentication; requestId: string };
type Writer = { write<R>(ctx: Ctx, work: (m: EntityManager, audit: (r: AuditRecord) => void) => Promise<R>): Promise<R> };

/** Create, update and delete for any record type described by a RecordSpec; each write is audited in its transaction. */
export class RecordWrites {
  constructor(private readonly writer: Writer) {}

  create<T extends ObjectLiteral>(ctx: Ctx, spec: RecordSpec<T>, input: Record<string, unknown>): Promise<T> {
    return this.writer.write(ctx, async (m, audit) => {
      const id = String(input[spec.key]);
      if (await this.row(m, spec, id)) throw alreadyExists(spec.type, spec.key, id);
      const derived = spec.derive ? await spec.derive(m, input, null) : {};
      const merged = { ...input, ...derived };
      await this.checkAll(m, spec, merged);
      const cols = Object.entries(spec.columns).filter(([f]) => merged[f] !== undefined);
      const keyCol = spec.columns[spec.key] ?? spec.key;
      const names = [keyCol, ...cols.filter(([f]) => f !== spec.key).map(([, c]) => c)];
      const values = [id, ...cols.filter(([f]) => f !== spec.key).map(([f]) => merged[f])];
      await insertNew(spec.type, spec.key, id, () =>
        m.query(`INSERT INTO ${spec.table} (${names.map((n) => `"${n}"`).join(", ")}) VALUES (${values.map((_, i) => `$${i + 1}`).join(", ")})`, values),
      );
      await this.writeLinks(m, spec, id, merged);
      audit({ operation: "CREATE", recordType: spec.type, recordId: id, before: null, after: await this.snapshot(m, spec, id) });
      return this.entity(m, spec, id);
    });
  }

  update<T extends ObjectLiteral>(ctx: Ctx, spec: RecordSpec<T>, id: string, expectedVersion: number, patch: Record<string, unknown>): Promise<T> {
    return this.writer.write(ctx, async (m, audit) => {
      const before = await this.snapshot(m, spec, id);
      if (!before) throw notFound(spec.type, id);
      for (const f of spec.required) if (patch[f] === null) throw userInputError(`input.${f}`, "cannot be cleared");
      const given = Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined));
      const derived = spec.derive ? await spec.derive(m, given, before) : {};
      const merged = { ...this.asInput(spec, before), ...given, ...derived };
      await this.checkAll(m, spec, merged, given);
      const set = Object.fromEntries(
        Object.entries(spec.columns)
          .filter(([f]) => f !== spec.key && (f in given || f in derived))
          .map(([f, c]) => [c, merged[f] ?? null]),
      );
      await conditionalUpdate(m, spec.table, spec.type, id, expectedVersion, set, spec.columns[spec.key] ?? spec.key);
      await this.writeLinks(m, spec, id, given);
      audit({ operation: "UPDATE", recordType: spec.type, recordId: id, before, after: await this.snapshot(m, spec, id) });
      return this.entity(m, spec, id);
    });
  }

  delete<T extends ObjectLiteral>(ctx: Ctx, spec: RecordSpec<T>, id: string, expectedVersion: number, cascade: boolean): Promise<T> {
    return this.writer.write(ctx, async (m, audit) => {
      const entity = await this.entity(m, spec, id).catch(() => null);
      const before = await this.snapshot(m, spec, id);
      if (!before || !entity) throw notFound(spec.type, id);
      const found: { what: string; n: number; d: DependentSpec }[] = [];
      for (const d of spec.dependents ?? []) {
        const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM ${d.table} WHERE ${d.column} = $1 ${d.where ? `AND ${d.where}` : ""}`, [id]);
        if (n > 0) found.push({ what: d.what, n, d });
      }
      if (found.length && !cascade) {
        throw userInputError("cascade", `${spec.type} "${id}" is still referred to by ${found.map((f) => `${f.n} ${f.what}`).join(", ")}; pass cascade: true to delete or detach them with it`);
      }
      await conditionalUpdate(m, spec.table, spec.type, id, expectedVersion, {}, spec.columns[spec.key] ?? spec.key);
      for (const { d } of found) {
        const cond = `${d.column} = $1 ${d.where ? `AND ${d.where}` : ""}`;
        if (d.onCascade === "delete") await m.query(`DELETE FROM ${d.table} WHERE ${cond}`, [id]);
        else await m.query(`UPDATE ${d.table} SET ${d.column} = NULL WHERE ${cond}`, [id]);
      }
      await m.query(`DELETE FROM ${spec.table} WHERE "${spec.columns[spec.key] ?? spec.key}" = $1`, [id]);
      audit({ operation: "DELETE", recordType: spec.type, recordId: id, before: { ...before, cascaded: found.map((f) => ({ what: f.what, n: f.n })) }, after: null });
      return entity;
    });
  }

  private async checkAll(m: EntityManager, spec: RecordSpec, merged: Record<string, unknown>, given: Record<string, unknown> = merged) {
    for (const r of spec.refs ?? []) {
      const v = merged[r.field];
      if (v === undefined || v === null || !(r.field in given)) continue;
      const [row] = await m.query(`SELECT 1 FROM ${r.table} WHERE ${r.column} = $1`, [v]);
      if (!row) throw userInputError(`input.${r.field}`, `no ${r.what} "${String(v)}"`);
    }
    for (const l of spec.links ?? []) {
      const ids = given[l.field] as string[] | undefined;
      if (!ids || !l.target) continue;
      const found: { k: string }[] = await m.query(`SELECT ${l.target.column} AS k FROM ${l.target.table} WHERE ${l.target.column} = ANY($1)`, [ids]);
      const missing = ids.filter((x) => !found.some((f) => f.k === x));
      if (missing.length) throw userInputError(`input.${l.field}`, `unknown ${l.target.what}(s): ${missing.join(", ")}`);
    }
    await spec.check?.(m, merged);
  }

  private async writeLinks(m: EntityManager, spec: RecordSpec, id: string, given: Record<string, unknown>) {
    for (const l of spec.links ?? []) {
      const ids = given[l.field] as string[] | undefined;
      if (!ids) continue;
      const fixed = l.fixed ? ` AND ${l.fixed.column} = '${l.fixed.value}'` : "";
      await m.query(`DELETE FROM ${l.table} WHERE ${l.parentColumn} = $1${fixed}`, [id]);
      const cols = [l.parentColumn, l.childColumn, ...(l.orderColumn ? [l.orderColumn] : []), ...(l.fixed ? [l.fixed.column] : [])];
      const vals = ["$1", "x.child", ...(l.orderColumn ? ["x.n - 1"] : []), ...(l.fixed ? [`'${l.fixed.value}'`] : [])];
      const list = l.orderColumn ? ids : [...new Set(ids)];
      await m.query(`INSERT INTO ${l.table} (${cols.join(", ")}) SELECT ${vals.join(", ")} FROM unnest($2::varchar[]) WITH ORDINALITY AS x(child, n)`, [id, list]);
    }
  }

  private async row(m: EntityManager, spec: RecordSpec, id: string): Promise<Record<string, unknown> | null> {
    const [row] = await m.query(`SELECT to_jsonb(t) AS j FROM ${spec.table} t WHERE "${spec.columns[spec.key] ?? spec.key}" = $1`, [id]);
    return row?.j ?? null;
  }

  /** The row as JSON, with its link lists: what the audit log keeps. */
  private async snapshot(m: EntityManager, spec: RecordSpec, id: string): Promise<Record<string, unknown> | null> {
    const row = await this.row(m, spec, id);
    if (!row) return null;
    for (const l of spec.links ?? []) {
      const fixed = l.fixed ? ` AND ${l.fixed.column} = '${l.fixed.value}'` : "";
      const rows: { c: string }[] = await m.query(
        `SELECT ${l.childColumn} AS c FROM ${l.table} WHERE ${l.parentColumn} = $1${fixed} ORDER BY ${l.orderColumn ?? "1"}`,
        [id],
      );
      row[l.field] = rows.map((r) => r.c);
    }
    return row;
  }

  /** Column-keyed snapshot back to input field names, for merging with a patch. */
  private asInput(spec: RecordSpec, row: Record<string, unknown>): Record<string, unknown> {
    const out: Record<string, unknown> = {};
    for (const [f, c] of Object.entries(spec.columns)) out[f] = row[c];
    for (const l of spec.links ?? []) out[l.field] = row[l.field];
    return out;
  }

  private entity<T extends ObjectLiteral>(m: EntityManager, spec: RecordSpec<T>, id: string): Promise<T> {
    return m.getRepository(spec.entity).findOneByOrFail({ [spec.key]: id } as never);
  }
}
