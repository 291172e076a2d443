import { GraphQLJSON } from "graphql-scalars";
import { requireRole } from "../auth/auth-checker.js";
import { Arg, Authorized, Ctx, ID, Int, Mutation, Query, Resolver, type ClassType } from "type-graphql";
import type { DataSource, EntityTarget } from "typeorm";
import type { Authentication } from "../auth/auth.service.js";
import type { AuditEntryBase } from "../db/audit-entry.base.js";
import { columnOf, tableOf } from "../db/entity-columns.js";
import { byKey, type Loader } from "../db/loaders.js";
import type { WriteService } from "../db/write-service.js";
import { importPart } from "../seed/import-mutation.js";
import type { DatasetPart, ReferenceResolver } from "../subgraphs/define.js";
import { decorateMethod } from "./decorate.js";
import { ImportReport } from "./import-types.js";
import { keysetList } from "./keyset-list.js";
import { BeforeArg, connectionType, LastArg, type ConnectionShape, type PageArgs } from "./pagination.js";

export interface AuditLogArgs extends PageArgs {
  recordType?: string | null;
  recordId?: string | null;
  actor?: string | null;
}

/** A page of a subgraph's audit table, newest first, filtered by record and by key name. */
export function auditLogPage<T extends AuditEntryBase>(
  ds: DataSource,
  entity: EntityTarget<T>,
  byId: Loader<string, T | null>,
  args: AuditLogArgs,
): Promise<ConnectionShape<T>> {
  const meta = ds.getMetadata(entity);
  const col = (property: keyof AuditEntryBase) => `e.${columnOf(meta, property)}`;
  // Ids are bigints: ordered as zero-padded text so the generic keyset cursor can carry them.
  const key = `lpad(${col("id")}::text, 20, '0')`;
  return keysetList(
    ds,
    "audit:id",
    args,
    (p) => {
      const where: string[] = [];
      if (args.recordType) where.push(`${col("recordType")} = ${p.add(args.recordType)}`);
      if (args.recordId) where.push(`${col("recordId")} = ${p.add(args.recordId)}`);
      if (args.actor) where.push(`${col("actor")} = ${p.add(args.actor)}`);
      return { from: `${tableOf(meta)} e`, idExpr: key, sortKey: key, sortCast: "text", dir: "DESC", where };
    },
    async (ids) => (await byId.loadMany(ids.map((i) => String(BigInt(i))))).map((r) => (r instanceof Error ? null : r)),
  );
}

/** The loaders an audit feature declares: its entries by id (one statement per batch). */
export function auditLoaders<T extends AuditEntryBase>(entity: EntityTarget<T>): (ds: DataSource) => AuditLoaders {
  return (ds) => ({ auditEntryById: byKey(ds, entity, "id") });
}

/** An audit feature's per-request loaders. */
export type AuditLoaders = {
  auditEntryById: Loader<string, AuditEntryBase | null>;
};

/**
 * The `__resolveReference` of a subgraph's audit entry type, which `Query.node` uses for its global
 * id: for admins only, as the log itself (UNAUTHENTICATED or FORBIDDEN otherwise), one statement per
 * request however many entries are asked.
 */
export function auditReference(typeName: string): Record<string, ReferenceResolver<AuditContext>> {
  return {
    [typeName]: {
      __resolveReference(ref, ctx) {
        requireRole(ctx.auth, ["admin"]);
        const id = String(ref.id ?? "");
        if (!/^\d{1,19}$/.test(id)) return null;
        return ctx.loaders.auditEntryById.load(String(BigInt(id)));
      },
    },
  };
}

/** What the audit resolver needs of a subgraph's context. */
interface AuditContext {
  auth: Authentication;
  requestId: string;
  services: { dataSource: DataSource; writes: WriteService };
  loaders: AuditLoaders;
}

/**
 * The admin fields every subgraph has, named after it: `<subgraph>AuditLog`, a page of its audit
 * table, and `import<Subgraph>Dataset`, the import of its part of a dataset file.
 */
export function AuditResolver(o: {
  /** The subgraph's name. */
  subgraph: string;
  /** Its part of the dataset file, for `import<Subgraph>Dataset`. */
  data: DatasetPart<unknown>;
  /** The subgraph's audit entity; its GraphQL type is named "<Subgraph>AuditEntry". */
  entity: ClassType<AuditEntryBase>;
  /** A record type to name in the recordType argument's description ("Source"). */
  exampleType: string;
}): ClassType {
  const Subgraph = `${o.subgraph[0].toUpperCase()}${o.subgraph.slice(1)}`;
  const Connection = connectionType(o.entity, `${Subgraph}AuditEntry`, "audit entries");
  @Resolver(() => o.entity)
  class Audit {}
  decorateMethod(
    Audit.prototype,
    `${o.subgraph}AuditLog`,
    (
      recordType: string | null,
      recordId: string | null,
      actor: string | null,
      last: number | null,
      before: string | null,
      first: number | null,
      after: string | null,
      ctx: AuditContext,
    ) => auditLogPage(ctx.services.dataSource, o.entity, ctx.loaders.auditEntryById, { recordType, recordId, actor, first, after, last, before }),
    [Authorized("admin") as MethodDecorator, Query(() => Connection, { description: `The ${o.subgraph} subgraph's audit log, newest first. Needs an admin key.` })],
    [
      Arg("recordType", () => String, { nullable: true, description: `Only writes to records of this GraphQL type ("${o.exampleType}").` }),
      Arg("recordId", () => ID, { nullable: true, description: "Only writes to this record." }),
      Arg("actor", () => String, { nullable: true, description: "Only writes by the key with this name." }),
      LastArg(),
      BeforeArg(),
      Arg("first", () => Int, { nullable: true, description: "Page size; default 20, at most 100." }),
      Arg("after", () => String, { nullable: true, description: "Cursor to continue after." }),
      Ctx(),
    ],
  );
  decorateMethod(
    Audit.prototype,
    `import${Subgraph}Dataset`,
    (dataset: unknown, ctx: AuditContext) => importPart(o.data, ctx.services.dataSource, ctx.services.writes, ctx, dataset),
    [
      Authorized("admin") as MethodDecorator,
      Mutation(() => ImportReport, {
        description: `Imports the ${o.subgraph} part of a dataset file (schema/dataset.schema.json): validated whole, then written in one transaction. Idempotent. Needs an admin key.`,
      }),
    ],
    [Arg("dataset", () => GraphQLJSON, { description: "The whole dataset file, as JSON." }), Ctx()],
  );
  return Audit;
}
