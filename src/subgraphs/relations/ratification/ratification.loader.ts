import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { groupedBy, linkIds, primable, type Peers } from "../../../db/loaders.js";
import { Country } from "../country/country.entity.js";
import type { DatePrecision } from "../../../graphql/enums.js";
import { AgreementParty, RatificationStage } from "./ratification.entity.js";
import type { StageOutcome } from "./ratification.enums.js";
import type { StageFacts } from "./ratification.status.js";

export function createRatificationLoaders(ds: DataSource, peers: Peers = {}) {
  return {
    /** With each party, its country: read in the same statement, it primes countryByCode. */
    partiesByAgreement: groupedBy(ds, AgreementParty, "agreementId", { countryCode: "ASC" }, { entity: Country, via: "countryCode", loader: primable<Country | null>(peers, "countryByCode") }),
    /** One party of an agreement by "<agreement id>|<party code>": a pair's timeline needs only its two parties, not all 198. */
    partyOf: new DataLoader<string, AgreementParty | null>(async (keys) => {
      const pairs = keys.map((k) => k.split("|"));
      const rows = await ds
        .getRepository(AgreementParty)
        .createQueryBuilder("p")
        .where("(p.agreement_id, p.country_code) IN (SELECT * FROM unnest(:ids::varchar[], :codes::varchar[]))", { ids: pairs.map((p) => p[0]), codes: pairs.map((p) => p[1]) })
        .getMany();
      const byKey = new Map(rows.map((r) => [`${r.agreementId}|${r.countryCode}`, r]));
      return keys.map((k) => byKey.get(k) ?? null);
    }),
    /**
     * The stage facts of an agreement's parties that have stages, one list per party: all an
     * agreement's status needs when its entry into force is unknown (a party without stages has an
     * UNKNOWN ratification, which never decides it), without loading every party of a 198-party treaty.
     */
    stagedPartiesByAgreement: new DataLoader<string, StageFacts[][]>(async (ids) => {
      const rows: { agreement_id: string; party_id: string; seq: number; date: string | null; date_precision: DatePrecision | null; not_after: string | null; outcome: StageOutcome; completes_ratification: boolean }[] =
        await ds.query(
          `SELECT p.agreement_id, s.party_id, s.seq, s.date, s.date_precision, s.not_after, s.outcome, s.completes_ratification
           FROM relations.ratification_stage s JOIN relations.agreement_party p ON p.id = s.party_id
           WHERE p.agreement_id = ANY($1) ORDER BY s.party_id, s.seq`,
          [[...ids]],
        );
      const byAgreement = new Map<string, Map<string, StageFacts[]>>(ids.map((id) => [id, new Map()]));
      for (const r of rows) {
        const parties = byAgreement.get(r.agreement_id)!;
        const list = parties.get(r.party_id) ?? [];
        parties.set(r.party_id, list);
        list.push({ seq: r.seq, date: r.date, datePrecision: r.date_precision, notAfter: r.not_after, outcome: r.outcome, completesRatification: r.completes_ratification });
      }
      return ids.map((id) => [...byAgreement.get(id)!.values()]);
    }),
    stagesByParty: groupedBy(ds, RatificationStage, "partyId", { seq: "ASC" }),
    stageSourceIds: linkIds(
      ds,
      `SELECT stage_id AS parent_key, source_id AS child_key FROM relations.ratification_stage_source
       WHERE stage_id = ANY($1) ORDER BY source_id`,
    ),
  };
}

export type RatificationLoaders = ReturnType<typeof createRatificationLoaders>;
