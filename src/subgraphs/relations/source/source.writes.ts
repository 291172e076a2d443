import type { EntityManager } from "typeorm";
import { userInputError } from "../../../graphql/errors.js";
import { conditionalUpdate, notFound, type AuditRecord } from "../../../db/writes.js";
import type { WriteService } from "../../../db/write-service.js";
import type { Authentication } from "../../../auth/auth.service.js";
import { Source } from "./source.entity.js";
import type { CreateSourceInput, SourcePatch } from "./source.inputs.js";

type Ctx = { auth: Authentication; requestId: string };

/** Where other records cite a source, for delete checks. */
const CITED_BY = [
  { table: "relations.agreement_source", column: "source_id", what: "agreement" },
  { table: "relations.ratification_stage_source", column: "source_id", what: "ratification stage" },
  { table: "relations.clause_source", column: "source_id", what: "clause" },
  { table: "relations.office_source", column: "source_id", what: "office" },
  { table: "relations.claim", column: "source_id", what: "claim" },
  { table: "relations.statement", column: "source_id", what: "statement" },
];

function checkDates(input: SourcePatch) {
  if (input.publishedOn && input.accessedOn && input.accessedOn < input.publishedOn) {
    throw userInputError("input.accessedOn", `must not be before publishedOn (${input.accessedOn} < ${input.publishedOn})`);
  }
}

/** Create, update and delete sources; every write audited in its transaction. */
export class SourceWrites {
  constructor(readonly writes: WriteService) {}

  create(ctx: Ctx, input: CreateSourceInput): Promise<Source> {
    checkDates(input);
    return this.writes.write(ctx, async (m, audit) => {
      if (await m.getRepository(Source).existsBy({ id: input.id })) throw userInputError("input.id", `a source with id "${input.id}" already exists`);
      const row = {
        id: input.id, title: input.title, publisher: input.publisher, url: input.url ?? null, archiveUrl: input.archiveUrl ?? null,
        language: input.language ?? null, publishedOn: input.publishedOn ?? null, accessedOn: input.accessedOn ?? null, excerpt: input.excerpt ?? null,
      };
      await m.getRepository(Source).insert(row);
      const after = await m.getRepository(Source).findOneByOrFail({ id: input.id });
      audit({ operation: "CREATE", recordType: "Source", recordId: input.id, before: null, after });
      return after;
    });
  }

  update(ctx: Ctx, id: string, expectedVersion: number, patch: SourcePatch): Promise<Source> {
    return this.writes.write(ctx, async (m, audit) => {
      const before = await m.getRepository(Source).findOneBy({ id });
      if (!before) throw notFound("Source", id);
      checkDates({ publishedOn: before.publishedOn, accessedOn: before.accessedOn, ...patch });
      for (const required of ["title", "publisher"] as const) {
        if (patch[required] === null) throw userInputError(`input.${required}`, "cannot be cleared");
      }
      const columns: Record<string, string> = {
        title: "title", publisher: "publisher", url: "url", archiveUrl: "archive_url", language: "language",
        publishedOn: "published_on", accessedOn: "accessed_on", excerpt: "excerpt",
      };
      const set = Object.fromEntries(Object.entries(patch).filter(([k, v]) => v !== undefined && k in columns).map(([k, v]) => [columns[k], v]));
      await conditionalUpdate(m, "relations.source", "Source", id, expectedVersion, set);
      const after = await m.getRepository(Source).findOneByOrFail({ id });
      audit({ operation: "UPDATE", recordType: "Source", recordId: id, before, after });
      return after;
    });
  }

  /**
   * Deletes a source. While other records cite it, the delete is refused unless `cascade` is set;
   * then its links and claims go with it, and so do statements reported by it.
   */
  delete(ctx: Ctx, id: string, expectedVersion: number, cascade: boolean): Promise<Source> {
    return this.writes.write(ctx, async (m, audit) => {
      const before = await m.getRepository(Source).findOneBy({ id });
      if (!before) throw notFound("Source", id);
      const refs = await citations(m, id);
      if (refs.length && !cascade) {
        throw userInputError("cascade", `source "${id}" is still cited by ${refs.map((r) => `${r.n} ${r.what} record(s)`).join(", ")}; pass cascade: true to delete them with it`);
      }
      await conditionalUpdate(m, "relations.source", "Source", id, expectedVersion, {});
      const statements: { id: string }[] = await m.query(`SELECT id FROM relations.statement WHERE source_id = $1`, [id]);
      for (const s of statements) {
        const [row] = await m.query(`DELETE FROM relations.statement WHERE id = $1 RETURNING *`, [s.id]);
        audit({ operation: "DELETE", recordType: "Statement", recordId: s.id, before: Array.isArray(row) ? row[0] : row, after: null } as AuditRecord);
      }
      await m.query(`DELETE FROM relations.claim WHERE source_id = $1`, [id]);
      await m.query(`DELETE FROM relations.source WHERE id = $1`, [id]); // link tables cascade by foreign key
      audit({ operation: "DELETE", recordType: "Source", recordId: id, before: { ...before, cascaded: refs }, after: null });
      return before;
    });
  }
}

async function citations(m: EntityManager, id: string): Promise<{ what: string; n: number }[]> {
  const out: { what: string; n: number }[] = [];
  for (const c of CITED_BY) {
    const [row] = await m.query(`SELECT count(*)::int AS n FROM ${c.table} WHERE ${c.column} = $1`, [id]);
    if (row.n > 0) out.push({ what: c.what, n: row.n });
  }
  return out;
}
