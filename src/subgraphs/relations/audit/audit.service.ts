import { GraphQLError } from "graphql";
import type { DataSource, EntityManager } from "typeorm";
import type { AuditRecord } from "../../../db/writes.js";
import type { Authentication } from "../../../auth/auth.service.js";
import { AuditEntry } from "./audit.entity.js";

/**
 * Every write runs here: in one transaction, the change and its audit rows. If anything fails,
 * neither the data nor the audit row is written.
 */
export class WriteService {
  constructor(private readonly ds: DataSource) {}

  async write<T>(ctx: { auth: Authentication; requestId: string }, work: (m: EntityManager, audit: (r: AuditRecord) => void) => Promise<T>): Promise<T> {
    if (ctx.auth.kind !== "key") throw new GraphQLError("Writes need an API key.", { extensions: { code: "UNAUTHENTICATED" } });
    const principal = ctx.auth.principal;
    return this.ds.transaction(async (m) => {
      const records: AuditRecord[] = [];
      const result = await work(m, (r) => records.push(r));
      if (records.length) {
        await m.getRepository(AuditEntry).insert(
          records.map((r) => ({ actor: principal.name, keyId: principal.keyId, requestId: ctx.requestId, ...r, before: r.before ?? null, after: r.after ?? null })) as never,
        );
      }
      return result;
    });
  }
}
