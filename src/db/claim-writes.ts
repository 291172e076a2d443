import { randomUUID } from "node:crypto";
import type { GraphQLSchema } from "graphql";
import { isObjectType } from "graphql";
import type { EntityManager } from "typeorm";
import type { Authentication } from "../auth/auth.service.js";
import { userInputError } from "../graphql/errors.js";
import type { WriteService } from "./write-service.js";
import { conditionalUpdate, notFound, type AuditRecord } from "./writes.js";

type Ctx = { auth: Authentication; requestId: string };

export interface ClaimInput {
  recordType: string;
  recordId: string;
  field: string;
  value: string;
  sourceId: string;
  preferred?: boolean | null;
  note?: string | null;
}

/**
 * Claims, in either subgraph's claim table. A claim is about one field of one record of a type
 * this subgraph owns; at most one claim per field is preferred, so preferring one demotes the other
 * (both writes audited). Setting a preference does not change the record's own value: update the
 * record too, so it keeps equalling its preferred claim.
 */
export class ClaimWrites {
  constructor(
    private readonly writer: WriteService,
    private readonly table: string,
    /** GraphQL type name -> table of the records claims may be about. */
    private readonly targets: Record<string, string>,
    /** Checks a source id, where this subgraph can (the relations subgraph owns sources). */
    private readonly sourceExists: ((m: EntityManager, id: string) => Promise<boolean>) | null,
  ) {}

  create(ctx: Ctx, schema: GraphQLSchema, input: ClaimInput) {
    const table = this.targets[input.recordType];
    if (!table) throw userInputError("input.recordType", `must be one of ${Object.keys(this.targets).join(", ")}; got ${JSON.stringify(input.recordType)}`);
    const type = schema.getType(input.recordType);
    const fields = type && isObjectType(type) ? Object.keys(type.getFields()).filter((f) => f !== "claims" && !f.startsWith("_")) : [];
    if (!fields.includes(input.field)) throw userInputError("input.field", `must name a field of ${input.recordType}: one of ${fields.join(", ")}`);
    return this.writer.write(ctx, async (m, audit) => {
      const [record] = await m.query(`SELECT 1 FROM ${table} WHERE id = $1`, [input.recordId]);
      if (!record) throw userInputError("input.recordId", `no ${input.recordType} "${input.recordId}"`);
      await this.checkSource(m, input.sourceId);
      const id = `${input.recordType}:${input.recordId}:${input.field}:${randomUUID().slice(0, 8)}`;
      if (input.preferred) await this.demote(m, audit, input.recordType, input.recordId, input.field);
      await m.query(
        `INSERT INTO ${this.table} (id, record_type, record_id, field, value, source_id, preferred, note) VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
        [id, input.recordType, input.recordId, input.field, input.value, input.sourceId, !!input.preferred, input.note ?? null],
      );
      audit({ operation: "CREATE", recordType: "Claim", recordId: id, before: null, after: await this.row(m, id) });
      return this.row(m, id);
    });
  }

  update(ctx: Ctx, id: string, expectedVersion: number, patch: { value?: string; sourceId?: string; note?: string | null }) {
    return this.writer.write(ctx, async (m, audit) => {
      const before = await this.row(m, id);
      if (!before) throw notFound("Claim", id);
      if (patch.sourceId) await this.checkSource(m, patch.sourceId);
      const set: Record<string, unknown> = {};
      if (patch.value !== undefined) set.value = patch.value;
      if (patch.sourceId !== undefined) set.source_id = patch.sourceId;
      if (patch.note !== undefined) set.note = patch.note;
      await conditionalUpdate(m, this.table, "Claim", id, expectedVersion, set);
      audit({ operation: "UPDATE", recordType: "Claim", recordId: id, before, after: await this.row(m, id) });
      return this.row(m, id);
    });
  }

  /** Makes this claim the preferred one for its field, demoting the previous one. */
  prefer(ctx: Ctx, id: string, expectedVersion: number) {
    return this.writer.write(ctx, async (m, audit) => {
      const before = await this.row(m, id);
      if (!before) throw notFound("Claim", id);
      await this.demote(m, audit, before.record_type, before.record_id, before.field, id);
      await conditionalUpdate(m, this.table, "Claim", id, expectedVersion, { preferred: true });
      audit({ operation: "UPDATE", recordType: "Claim", recordId: id, before, after: await this.row(m, id) });
      return this.row(m, id);
    });
  }

  delete(ctx: Ctx, id: string, expectedVersion: number) {
    return this.writer.write(ctx, async (m, audit) => {
      const before = await this.row(m, id);
      if (!before) throw notFound("Claim", id);
      await conditionalUpdate(m, this.table, "Claim", id, expectedVersion, {});
      await m.query(`DELETE FROM ${this.table} WHERE id = $1`, [id]);
      audit({ operation: "DELETE", recordType: "Claim", recordId: id, before, after: null });
      return before;
    });
  }

  private async demote(m: EntityManager, audit: (r: AuditRecord) => void, recordType: string, recordId: string, field: string, except?: string) {
    const current: { id: string }[] = await m.query(
      `SELECT id FROM ${this.table} WHERE record_type = $1 AND record_id = $2 AND field = $3 AND preferred AND id <> coalesce($4, '')`,
      [recordType, recordId, field, except ?? null],
    );
    for (const c of current) {
      const before = await this.row(m, c.id);
      await m.query(`UPDATE ${this.table} SET preferred = false, version = version + 1 WHERE id = $1`, [c.id]);
      audit({ operation: "UPDATE", recordType: "Claim", recordId: c.id, before, after: await this.row(m, c.id) });
    }
  }

  private async checkSource(m: EntityManager, sourceId: string) {
    if (this.sourceExists && !(await this.sourceExists(m, sourceId))) throw userInputError("input.sourceId", `no source "${sourceId}"`);
  }

  /** The claim row, shaped like the GraphQL Claim (sourceId, recordType...). */
  private async row(m: EntityManager, id: string) {
    const [r] = await m.query(`SELECT * FROM ${this.table} WHERE id = $1`, [id]);
    return r ? { ...r, recordType: r.record_type, recordId: r.record_id, sourceId: r.source_id } : null;
  }
}
