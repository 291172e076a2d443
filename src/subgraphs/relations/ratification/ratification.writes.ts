import { In, MoreThan, MoreThanOrEqual, type EntityManager } from "typeorm";
import type { Authentication } from "../../../auth/auth.service.js";
import { joinTableOf, metadataOf, tableOf } from "../../../db/entity-columns.js";
import { alreadyExists, conditionalUpdate, insertNew, notFound } from "../../../db/writes.js";
import { userInputError } from "../../../graphql/errors.js";
import type { WriteService } from "../../../db/write-service.js";
import { Agreement } from "../agreement/agreement.entity.js";
import type { CountryLookups, CountryService } from "../country/country.service.js";
import { Claim } from "../claim/claim.entity.js";
import { Source } from "../source/source.entity.js";
import { AgreementParty, RatificationStage } from "./ratification.entity.js";
import type { CreateRatificationStageInput, RatificationStagePatch } from "./ratification.inputs.js";

type Ctx = { auth: Authentication; requestId: string; loaders: CountryLookups };

/** The properties an update may change; their columns come from the entity metadata. */
const FIELDS = [
  "body", "kind", "date", "datePrecision", "notAfter", "outcome", "completesRatification",
  "votesFor", "votesAgainst", "votesAbstaining", "votesPresent", "note",
] as const;

/** Checks that hold between fields: dates in order, votes adding up, sources known. */
async function checkStage(m: EntityManager, s: Partial<RatificationStage> & { sourceIds?: string[] }, signedOn: string | null) {
  if (s.date && s.notAfter && s.notAfter < s.date) throw userInputError("input.notAfter", `must not be before date (${s.notAfter} < ${s.date})`);
  if (s.date && signedOn && s.date < signedOn) throw userInputError("input.date", `must not be before the agreement's signature (${s.date} < ${signedOn})`);
  const votes = (s.votesFor ?? 0) + (s.votesAgainst ?? 0) + (s.votesAbstaining ?? 0);
  if (s.votesPresent != null && votes > s.votesPresent) {
    throw userInputError("input.votesPresent", `must be at least votesFor + votesAgainst + votesAbstaining (${votes}); got ${s.votesPresent}`);
  }
  if (s.sourceIds) {
    const found = await m.getRepository(Source).find({ select: { id: true }, where: { id: In(s.sourceIds) } });
    const missing = s.sourceIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) throw userInputError("input.sourceIds", `unknown source(s): ${missing.join(", ")}`);
  }
}

const stageSources = (m: EntityManager) => joinTableOf(metadataOf(m, RatificationStage), "sources");

async function replaceSources(m: EntityManager, stageId: string, sourceIds: string[]) {
  const j = stageSources(m);
  await m.query(`DELETE FROM ${j.table} WHERE ${j.parent} = $1`, [stageId]);
  await m.query(`INSERT INTO ${j.table} (${j.parent}, ${j.child}) SELECT $1, unnest($2::varchar[])`, [stageId, [...new Set(sourceIds)]]);
}

async function snapshot(m: EntityManager, id: string) {
  const stage = await m.getRepository(RatificationStage).findOneBy({ id });
  if (!stage) return null;
  const j = stageSources(m);
  const sources: { c: string }[] = await m.query(`SELECT ${j.child} AS c FROM ${j.table} WHERE ${j.parent} = $1 ORDER BY 1`, [id]);
  return { ...stage, sourceIds: sources.map((s) => s.c) };
}

/** Create, update and delete ratification stages; every write audited in its transaction. */
export class RatificationStageWrites {
  constructor(
    private readonly writes: WriteService,
    private readonly countries: Pick<CountryService, "resolve">,
  ) {}

  async create(ctx: Ctx, input: CreateRatificationStageInput): Promise<RatificationStage> {
    const country = await this.countries.resolve(ctx.loaders, input.country, "input.country");
    if (!country) throw userInputError("input.country", `no country with code "${input.country}"`);
    return this.writes.write(ctx, async (m, audit) => {
      const agreement = await m.getRepository(Agreement).findOneBy({ id: input.agreementId });
      if (!agreement) throw userInputError("input.agreementId", `no agreement with id "${input.agreementId}"`);
      const party = await m.getRepository(AgreementParty).findOneBy({ agreementId: agreement.id, countryCode: country.code });
      if (!party) throw userInputError("input.country", `${country.code} is not a party to "${agreement.id}"`);
      if (await m.getRepository(RatificationStage).existsBy({ id: input.id })) throw alreadyExists("RatificationStage", "id", input.id);
      const row = {
        id: input.id, partyId: party.id, body: input.body, kind: input.kind, date: input.date ?? null,
        datePrecision: input.date ? (input.datePrecision ?? "DAY") : null, notAfter: input.notAfter ?? null, outcome: input.outcome,
        completesRatification: input.completesRatification ?? false, votesFor: input.votesFor ?? null, votesAgainst: input.votesAgainst ?? null,
        votesAbstaining: input.votesAbstaining ?? null, votesPresent: input.votesPresent ?? null, note: input.note ?? null,
      } as Partial<RatificationStage>;
      await checkStage(m, { ...row, sourceIds: input.sourceIds }, agreement.signedOn);
      // Place it: shift later stages down to make room at `position`.
      const stages = m.getRepository(RatificationStage);
      const n = await stages.countBy({ partyId: party.id });
      const seq = Math.min(input.position ?? n, n);
      await stages.increment({ partyId: party.id, seq: MoreThanOrEqual(seq) }, "seq", 1);
      await insertNew("RatificationStage", "id", input.id, () => m.getRepository(RatificationStage).insert({ ...row, seq } as RatificationStage));
      await replaceSources(m, input.id, input.sourceIds);
      const after = await snapshot(m, input.id);
      audit({ operation: "CREATE", recordType: "RatificationStage", recordId: input.id, before: null, after });
      return (await m.getRepository(RatificationStage).findOneByOrFail({ id: input.id }));
    });
  }

  update(ctx: Ctx, id: string, expectedVersion: number, patch: RatificationStagePatch): Promise<RatificationStage> {
    return this.writes.write(ctx, async (m, audit) => {
      const before = await snapshot(m, id);
      if (!before) throw notFound("RatificationStage", id);
      for (const required of ["body", "kind", "outcome", "completesRatification"] as const) {
        if (patch[required] === null) throw userInputError(`input.${required}`, "cannot be cleared");
      }
      const party = await m.getRepository(AgreementParty).findOneOrFail({ where: { id: before.partyId }, relations: { agreement: true } });
      const merged = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      if (patch.date && !patch.datePrecision && !before.datePrecision) merged.datePrecision = "DAY" as never;
      await checkStage(m, { ...merged, sourceIds: patch.sourceIds }, party.agreement?.signedOn ?? null);
      const meta = metadataOf(m, RatificationStage);
      const set = Object.fromEntries(FIELDS.filter((k) => k in patch || (k === "datePrecision" && merged.datePrecision !== before.datePrecision))
        .map((k) => [meta.findColumnWithPropertyName(k)!.databaseName, (merged as Record<string, unknown>)[k]]));
      await conditionalUpdate(m, tableOf(meta), "RatificationStage", id, expectedVersion, set);
      if (patch.sourceIds) await replaceSources(m, id, patch.sourceIds);
      audit({ operation: "UPDATE", recordType: "RatificationStage", recordId: id, before, after: await snapshot(m, id) });
      return m.getRepository(RatificationStage).findOneByOrFail({ id });
    });
  }

  /** Deletes a stage; refused while claims refer to it, unless `cascade` (then they go too). */
  delete(ctx: Ctx, id: string, expectedVersion: number, cascade: boolean): Promise<RatificationStage> {
    return this.writes.write(ctx, async (m, audit) => {
      const before = await snapshot(m, id);
      if (!before) throw notFound("RatificationStage", id);
      const claims = { recordType: "RatificationStage", recordId: id };
      const n = await m.getRepository(Claim).countBy(claims);
      if (n > 0 && !cascade) throw userInputError("cascade", `stage "${id}" has ${n} claim(s); pass cascade: true to delete them with it`);
      const stages = m.getRepository(RatificationStage);
      await conditionalUpdate(m, tableOf(metadataOf(m, RatificationStage)), "RatificationStage", id, expectedVersion, {});
      await m.getRepository(Claim).delete(claims);
      await stages.delete({ id });
      await stages.decrement({ partyId: before.partyId, seq: MoreThan(before.seq) }, "seq", 1);
      audit({ operation: "DELETE", recordType: "RatificationStage", recordId: id, before, after: null });
      const { sourceIds: _s, ...stage } = before;
      return stage as RatificationStage;
    });
  }
}
