import { GraphQLError } from "graphql";
import type { DataSource, EntityManager, EntityTarget, ObjectLiteral } from "typeorm";
import type { Authentication } from "../auth/auth.service.js";
import type { AuditRecord } from "./writes.js";

/** Called after every committed write, before the write's result is returned (the response cache's generation bump). */
export interface WriteHooks {
  afterCommit?: () => Promise<void>;
}

/**
 * Every write of a subgraph runs here: in one transaction, the change and its audit rows in that
 * subgraph's own audit table. If anything fails, neither the data nor an audit row is written.
 */
export class WriteService {
  constructor(
    private readonly ds: DataSource,
    private readonly auditEntity: EntityTarget<ObjectLiteral>,
    private readonly hooks: WriteHooks = {},
  ) {}

  async write<T>(ctx: { auth: Authentication; requestId: string }, work: (m: EntityManager, audit: (r: AuditRecord) => void) => Promise<T>): Promise<T> {
    if (ctx.auth.kind !== "key") throw new GraphQLError("Writes need an API key.", { extensions: { code: "UNAUTHENTICATED" } });
    const principal = ctx.auth.principal;
    const result = await this.ds.transaction(async (m) => {
      const records: AuditRecord[] = [];
      const result = await work(m, (r) => records.push(r));
      if (records.length) {
        await m.getRepository(this.auditEntity).insert(
          records.map((r) => ({ actor: principal.name, keyId: principal.keyId, requestId: ctx.requestId, ...r, before: r.before ?? null, after: r.after ?? null })) as never,
        );
      }
      return result;
    });
    await this.hooks.afterCommit?.();
    return result;
  }
}
