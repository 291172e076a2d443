import { randomUUID } from "node:crypto";
import type { GraphQLSchema } from "graphql";
import { isObjectType } from "graphql";
import { Not, type EntityManager, type EntityTarget, type ObjectLiteral } from "typeorm";
import type { Authentication } from "../auth/auth.service.js";
import { userInputError } from "../graphql/errors.js";
import { columnOf, metadataOf, tableOf } from "./entity-columns.js";
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

/** What a claim entity has, whichever subgraph's table holds it. */
export interface ClaimRow {
  id: string;
  recordType: string;
  recordId: string;
  version: number;
  field: string;
  value: string;
  sourceId: string;
  preferred: boolean;
  note: string | null;
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
    private readonly entity: EntityTarget<ClaimRow>,
    /** GraphQL type name -> entity of the records claims may be about (each keyed by id). */
    private readonly targets: Record<string, EntityTarget<ObjectLiteral>>,
    /** The source entity, where this subgraph can check source ids (the relations subgraph owns sources). */
    private readonly source: EntityTarget<ObjectLiteral> | null,
  ) {}

  create(ctx: Ctx, schema: GraphQLSchema, input: ClaimInput) {
    const target = this.targets[input.recordType];
    if (!target) throw userInputError("input.recordType", `must be one of ${Object.keys(this.targets).join(", ")}; got ${JSON.stringify(input.recordType)}`);
    const type = schema.getType(input.recordType);
    const fields = type && isObjectType(type) ? Object.keys(type.getFields()).filter((f) => f !== "claims" && !f.startsWith("_")) : [];
    if (!fields.includes(input.field)) throw userInputError("input.field", `must name a field of ${input.recordType}: one of ${fields.join(", ")}`);
    return this.writer.write(ctx, async (m, audit) => {
      if (!(await m.getRepository(target).existsBy({ id: input.recordId }))) throw userInputError("input.recordId", `no ${input.recordType} "${input.recordId}"`);
      await this.checkSource(m, input.sourceId);
      const id = `${input.recordType}:${input.recordId}:${input.field}:${randomUUID().slice(0, 8)}`;
      if (input.preferred) await this.demote(m, audit, input.recordType, input.recordId, input.field);
      await m.getRepository(this.entity).insert({
        id, recordType: input.recordType, recordId: input.recordId, field: input.field, value: input.value, sourceId: input.sourceId,
        preferred: !!input.preferred, note: input.note ?? null,
      });
      audit({ operation: "CREATE", recordType: "Claim", recordId: id, before: null, after: await this.row(m, id) });
      return this.row(m, id);
    });
  }

  update(ctx: Ctx, id: string, expectedVersion: number, patch: { value?: string; sourceId?: string; note?: string | null }) {
    return this.writer.write(ctx, async (m, audit) => {
      const before = await this.row(m, id);
      if (!before) throw notFound("Claim", id);
      if (patch.sourceId) await this.checkSource(m, patch.sourceId);
      const set: Partial<ClaimRow> = {};
      if (patch.value !== undefined) set.value = patch.value;
      if (patch.sourceId !== undefined) set.sourceId = patch.sourceId;
      if (patch.note !== undefined) set.note = patch.note;
      await this.conditionalUpdate(m, id, expectedVersion, set);
      audit({ operation: "UPDATE", recordType: "Claim", recordId: id, before, after: await this.row(m, id) });
      return this.row(m, id);
    });
  }

  /** Makes this claim the preferred one for its field, demoting the previous one. */
  prefer(ctx: Ctx, id: string, expectedVersion: number) {
    return this.writer.write(ctx, async (m, audit) => {
      const before = await this.row(m, id);
      if (!before) throw notFound("Claim", id);
      await this.demote(m, audit, before.recordType, before.recordId, before.field, id);
      await this.conditionalUpdate(m, id, expectedVersion, { preferred: true });
      audit({ operation: "UPDATE", recordType: "Claim", recordId: id, before, after: await this.row(m, id) });
      return this.row(m, id);
    });
  }

  delete(ctx: Ctx, id: string, expectedVersion: number) {
    return this.writer.write(ctx, async (m, audit) => {
      const before = await this.row(m, id);
      if (!before) throw notFound("Claim", id);
      await this.conditionalUpdate(m, id, expectedVersion, {});
      await m.getRepository(this.entity).delete({ id });
      audit({ operation: "DELETE", recordType: "Claim", recordId: id, before, after: null });
      return before;
    });
  }

  private async demote(m: EntityManager, audit: (r: AuditRecord) => void, recordType: string, recordId: string, field: string, except?: string) {
    const claims = m.getRepository(this.entity);
    const current = await claims.find({ select: { id: true }, where: { recordType, recordId, field, preferred: true, id: Not(except ?? "") } });
    for (const c of current) {
      const before = await this.row(m, c.id);
      await claims.update({ id: c.id }, { preferred: false, version: () => "version + 1" });
      audit({ operation: "UPDATE", recordType: "Claim", recordId: c.id, before, after: await this.row(m, c.id) });
    }
  }

  private async checkSource(m: EntityManager, sourceId: string) {
    if (this.source && !(await m.getRepository(this.source).existsBy({ id: sourceId }))) throw userInputError("input.sourceId", `no source "${sourceId}"`);
  }

  /** conditionalUpdate, with the changes given by property. */
  private conditionalUpdate(m: EntityManager, id: string, expectedVersion: number, set: Partial<ClaimRow>) {
    const meta = metadataOf(m, this.entity);
    const columns = Object.fromEntries(Object.entries(set).map(([p, v]) => [meta.findColumnWithPropertyName(p)!.databaseName, v]));
    return conditionalUpdate(m, tableOf(meta), "Claim", id, expectedVersion, columns);
  }

  /** The claim row as stored (by column, for the audit log), with each value also under its property name, as the GraphQL Claim reads it. */
  private async row(m: EntityManager, id: string): Promise<(ClaimRow & Record<string, unknown>) | null> {
    const meta = metadataOf(m, this.entity);
    const [r] = await m.query(`SELECT * FROM ${tableOf(meta)} WHERE ${columnOf(meta, "id")} = $1`, [id]);
    if (!r) return null;
    for (const c of meta.columns) r[c.propertyName] = r[c.databaseName];
    return r;
  }
}
