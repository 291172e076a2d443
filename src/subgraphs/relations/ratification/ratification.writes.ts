import type { EntityManager } from "typeorm";
import type { Authentication } from "../../../auth/auth.service.js";
import { alreadyExists, conditionalUpdate, insertNew, notFound } from "../../../db/writes.js";
import { userInputError } from "../../../graphql/errors.js";
import type { WriteService } from "../../../db/write-service.js";
import { Agreement } from "../agreement/agreement.entity.js";
import type { CountryLookups, CountryService } from "../country/country.service.js";
import { AgreementParty, RatificationStage } from "./ratification.entity.js";
import type { CreateRatificationStageInput, RatificationStagePatch } from "./ratification.inputs.js";

type Ctx = { auth: Authentication; requestId: string; loaders: CountryLookups };

const COLUMNS: Record<string, string> = {
  body: "body", kind: "kind", date: "date", datePrecision: "date_precision", notAfter: "not_after", outcome: "outcome",
  completesRatification: "completes_ratification", votesFor: "votes_for", votesAgainst: "votes_against",
  votesAbstaining: "votes_abstaining", votesPresent: "votes_present", note: "note",
};

/** Checks that hold between fields: dates in order, votes adding up, sources known. */
async function checkStage(m: EntityManager, s: Partial<RatificationStage> & { sourceIds?: string[] }, signedOn: string | null) {
  if (s.date && s.notAfter && s.notAfter < s.date) throw userInputError("input.notAfter", `must not be before date (${s.notAfter} < ${s.date})`);
  if (s.date && signedOn && s.date < signedOn) throw userInputError("input.date", `must not be before the agreement's signature (${s.date} < ${signedOn})`);
  const votes = (s.votesFor ?? 0) + (s.votesAgainst ?? 0) + (s.votesAbstaining ?? 0);
  if (s.votesPresent != null && votes > s.votesPresent) {
    throw userInputError("input.votesPresent", `must be at least votesFor + votesAgainst + votesAbstaining (${votes}); got ${s.votesPresent}`);
  }
  if (s.sourceIds) {
    const found: { id: string }[] = await m.query(`SELECT id FROM relations.source WHERE id = ANY($1)`, [s.sourceIds]);
    const missing = s.sourceIds.filter((id) => !found.some((f) => f.id === id));
    if (missing.length) throw userInputError("input.sourceIds", `unknown source(s): ${missing.join(", ")}`);
  }
}

async function replaceSources(m: EntityManager, stageId: string, sourceIds: string[]) {
  await m.query(`DELETE FROM relations.ratification_stage_source WHERE stage_id = $1`, [stageId]);
  await m.query(`INSERT INTO relations.ratification_stage_source (stage_id, source_id) SELECT $1, unnest($2::varchar[])`, [stageId, [...new Set(sourceIds)]]);
}

async function snapshot(m: EntityManager, id: string) {
  const stage = await m.getRepository(RatificationStage).findOneBy({ id });
  if (!stage) return null;
  const sources: { source_id: string }[] = await m.query(`SELECT source_id FROM relations.ratification_stage_source WHERE stage_id = $1 ORDER BY 1`, [id]);
  return { ...stage, sourceIds: sources.map((s) => s.source_id) };
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
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM relations.ratification_stage WHERE party_id = $1`, [party.id]);
      const seq = Math.min(input.position ?? n, n);
      await m.query(`UPDATE relations.ratification_stage SET seq = seq + 1 WHERE party_id = $1 AND seq >= $2`, [party.id, seq]);
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
      const [{ signed_on }] = await m.query(
        `SELECT a.signed_on FROM relations.agreement a JOIN relations.agreement_party p ON p.agreement_id = a.id WHERE p.id = $1`,
        [before.partyId],
      );
      const merged = { ...before, ...Object.fromEntries(Object.entries(patch).filter(([, v]) => v !== undefined)) };
      if (patch.date && !patch.datePrecision && !before.datePrecision) merged.datePrecision = "DAY" as never;
      await checkStage(m, { ...merged, sourceIds: patch.sourceIds }, signed_on);
      const set = Object.fromEntries(Object.keys(COLUMNS).filter((k) => k in patch || (k === "datePrecision" && merged.datePrecision !== before.datePrecision))
        .map((k) => [COLUMNS[k], (merged as Record<string, unknown>)[k]]));
      await conditionalUpdate(m, "relations.ratification_stage", "RatificationStage", id, expectedVersion, set);
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
      const [{ n }] = await m.query(`SELECT count(*)::int AS n FROM relations.claim WHERE record_type = 'RatificationStage' AND record_id = $1`, [id]);
      if (n > 0 && !cascade) throw userInputError("cascade", `stage "${id}" has ${n} claim(s); pass cascade: true to delete them with it`);
      await conditionalUpdate(m, "relations.ratification_stage", "RatificationStage", id, expectedVersion, {});
      await m.query(`DELETE FROM relations.claim WHERE record_type = 'RatificationStage' AND record_id = $1`, [id]);
      await m.query(`DELETE FROM relations.ratification_stage WHERE id = $1`, [id]);
      await m.query(`UPDATE relations.ratification_stage SET seq = seq - 1 WHERE party_id = $1 AND seq > $2`, [before.partyId, before.seq]);
      audit({ operation: "DELETE", recordType: "RatificationStage", recordId: id, before, after: null });
      const { sourceIds: _s, ...stage } = before;
      return stage as RatificationStage;
    });
  }
}
