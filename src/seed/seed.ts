import type { DataSource, EntityManager } from "typeorm";
import { parsePartialDate } from "../lib/dates.js";
import { Agreement, AgreementTitle } from "../subgraphs/relations/agreement/agreement.entity.js";
import { Claim } from "../subgraphs/relations/claim/claim.entity.js";
import { Clause } from "../subgraphs/relations/clause/clause.entity.js";
import { Country } from "../subgraphs/relations/country/country.entity.js";
import { Office, Person, PersonName } from "../subgraphs/relations/person/person.entity.js";
import { AgreementParty, RatificationStage } from "../subgraphs/relations/ratification/ratification.entity.js";
import { Source } from "../subgraphs/relations/source/source.entity.js";
import { Statement } from "../subgraphs/relations/statement/statement.entity.js";
import { Topic } from "../subgraphs/relations/topic/topic.entity.js";
import { isoCountries } from "./countries.js";
import { relationsDataset } from "./data/relations.data.js";
import type { ClaimRecord, RelationsDataset } from "./dataset.types.js";
import { upsert } from "./upsert.js";
import { validateRelationsDataset } from "./validate.js";

const S = "relations";

export async function isRelationsEmpty(ds: DataSource): Promise<boolean> {
  const [row] = await ds.query(`SELECT NOT EXISTS (SELECT 1 FROM ${S}.country) AS empty`);
  return row.empty === true;
}

function dateOf(v: string | undefined) {
  return v === undefined ? { date: null, precision: null } : (({ date, precision }) => ({ date, precision }))(parsePartialDate(v));
}


/** Replaces the rows of a link table that belong to `parents` with `pairs`. */
async function replaceLinks(m: EntityManager, table: string, parentCol: string, childCol: string, parents: string[], pairs: [string, string][]) {
  if (!parents.length) return;
  await m.query(`DELETE FROM ${S}.${table} WHERE ${parentCol} = ANY($1)`, [parents]);
  if (!pairs.length) return;
  await m.query(
    `INSERT INTO ${S}.${table} (${parentCol}, ${childCol}) SELECT * FROM unnest($1::varchar[], $2::varchar[]) ON CONFLICT DO NOTHING`,
    [pairs.map((p) => p[0]), pairs.map((p) => p[1])],
  );
}

/**
 * Loads every ISO country and the relations dataset, in one transaction. Idempotent: records are
 * upserted by their stable ids and their links and claims replaced, so a second run leaves the
 * same rows. The dataset is validated first; a problem rejects it before anything is written.
 */
export async function seedRelations(ds: DataSource, dataset: RelationsDataset = relationsDataset, within?: EntityManager): Promise<void> {
  const countries = isoCountries();
  const problems = validateRelationsDataset(dataset, new Set(countries.map((c) => c.code)));
  if (problems.length) throw new Error(`The relations dataset is invalid:\n  ${problems.join("\n  ")}`);

  const transaction = (work: (m: EntityManager) => Promise<void>) => (within ? work(within) : ds.transaction(work));
  await transaction(async (m) => {
    await upsert(m, Country, countries.map(({ neighbours: _n, ...c }) => c as Country), ["code"]);
    await replaceLinks(m, "country_neighbour", "country_code", "neighbour_code", countries.map((c) => c.code),
      countries.flatMap((c) => c.neighbours.map((n) => [c.code, n] as [string, string])));

    await upsert(m, Source, dataset.sources.map((s) => ({
      id: s.id, title: s.title, publisher: s.publisher, url: s.url ?? null, archiveUrl: s.archiveUrl ?? null,
      language: s.language ?? null, publishedOn: s.publishedOn ?? null, accessedOn: s.accessedOn ?? null, excerpt: s.excerpt ?? null,
    })), ["id"]);
    await upsert(m, Topic, dataset.topics.map((t) => ({ ...t })), ["code"]);

    await upsert(m, Person, dataset.people.map((p) => ({ id: p.id, name: p.name }) as Person), ["id"]);
    const personIds = dataset.people.map((p) => p.id);
    await m.query(`DELETE FROM ${S}.person_name WHERE person_id = ANY($1)`, [personIds]);
    await upsert(m, PersonName, dataset.people.flatMap((p) => p.alternativeNames.map((n) => ({ personId: p.id, ...n }) as PersonName)),
      ["personId", "language", "text"]);
    const offices = dataset.people.flatMap((p) => p.offices.map((o) => ({ ...o, personId: p.id })));
    await upsert(m, Office, offices.map((o) => {
      const from = dateOf(o.from);
      const to = dateOf(o.to);
      return { id: o.id, personId: o.personId, title: o.title, countryCode: o.country ?? null,
        from: from.date, fromPrecision: from.precision, to: to.date, toPrecision: to.precision } as Office;
    }), ["id"]);
    await replaceLinks(m, "office_source", "office_id", "source_id", offices.map((o) => o.id),
      offices.flatMap((o) => o.sources.map((s) => [o.id, s] as [string, string])));

    const agreements = dataset.agreements;
    await upsert(m, Agreement, agreements.map((a) => {
      const signed = dateOf(a.signedOn);
      const eif = dateOf(a.enteredIntoForceOn);
      return {
        id: a.id, title: a.title, shortTitle: a.shortTitle ?? null, kind: a.kind, relationshipLevel: a.relationshipLevel ?? null,
        signedOn: signed.date, signedOnPrecision: signed.precision, signedAt: a.signedAt ?? null,
        enteredIntoForceOn: eif.date, enteredIntoForcePrecision: eif.precision, entryIntoForceRule: a.entryIntoForceRule ?? null,
        termYears: a.termYears ?? null, renewal: a.renewal ?? null, renewalKind: a.renewalKind ?? null,
        renewalPeriodYears: a.renewalPeriodYears ?? null, terminatedOn: a.terminatedOn ? parsePartialDate(a.terminatedOn).date : null,
        articleCount: a.articleCount ?? null, supersedesId: a.supersedes ?? null,
      } as Agreement;
    }), ["id"]);
    const agreementIds = agreements.map((a) => a.id);
    await m.query(`DELETE FROM ${S}.agreement_title WHERE agreement_id = ANY($1)`, [agreementIds]);
    await upsert(m, AgreementTitle, agreements.flatMap((a) => a.alternativeTitles.map((t) => ({ agreementId: a.id, ...t }) as AgreementTitle)),
      ["agreementId", "language", "text"]);
    await replaceLinks(m, "agreement_topic", "agreement_id", "topic_code", agreementIds, agreements.flatMap((a) => a.topics.map((t) => [a.id, t] as [string, string])));
    await replaceLinks(m, "agreement_source", "agreement_id", "source_id", agreementIds, agreements.flatMap((a) => a.sources.map((s) => [a.id, s] as [string, string])));

    const parties = agreements.flatMap((a) => a.parties.map((p) => ({ ...p, agreementId: a.id, id: `${a.id}:${p.country.toLowerCase()}` })));
    await upsert(m, AgreementParty, parties.map((p) => ({ id: p.id, agreementId: p.agreementId, countryCode: p.country, signatoryId: p.signatory ?? null }) as AgreementParty), ["id"]);
    const stages = parties.flatMap((p) => p.stages.map((s, seq) => ({ ...s, partyId: p.id, seq })));
    await upsert(m, RatificationStage, stages.map((s) => {
      const d = dateOf(s.date);
      return {
        id: s.id, partyId: s.partyId, seq: s.seq, body: s.body, kind: s.kind, date: d.date, datePrecision: d.precision,
        notAfter: s.notAfter ?? null, outcome: s.outcome, completesRatification: s.completesRatification ?? false,
        votesFor: s.votesFor ?? null, votesAgainst: s.votesAgainst ?? null, votesAbstaining: s.votesAbstaining ?? null,
        votesPresent: s.votesPresent ?? null, note: s.note ?? null,
      } as RatificationStage;
    }), ["id"]);
    await replaceLinks(m, "ratification_stage_source", "stage_id", "source_id", stages.map((s) => s.id),
      stages.flatMap((s) => s.sources.map((x) => [s.id, x] as [string, string])));

    const clauses = agreements.flatMap((a) => a.clauses.map((c, seq) => ({ ...c, agreementId: a.id, seq })));
    await upsert(m, Clause, clauses.map((c) => ({
      id: c.id, agreementId: c.agreementId, seq: c.seq, number: c.number ?? null, title: c.title ?? null, summary: c.summary,
      obligation: c.obligation ?? null, verified: c.verified,
    }) as Clause), ["id"]);
    await replaceLinks(m, "clause_topic", "clause_id", "topic_code", clauses.map((c) => c.id), clauses.flatMap((c) => c.topics.map((t) => [c.id, t] as [string, string])));
    await replaceLinks(m, "clause_source", "clause_id", "source_id", clauses.map((c) => c.id), clauses.flatMap((c) => c.sources.map((s) => [c.id, s] as [string, string])));

    await upsert(m, Statement, dataset.statements.map((s) => ({
      id: s.id, speakerId: s.speaker, date: s.date ?? null, quote: s.quote, context: s.context ?? null, sourceId: s.source, agreementId: s.agreement ?? null,
    }) as Statement), ["id"]);

    const owners: { type: string; id: string; claims: ClaimRecord[] }[] = [
      ...agreements.map((a) => ({ type: "Agreement", id: a.id, claims: a.claims })),
      ...stages.map((s) => ({ type: "RatificationStage", id: s.id, claims: s.claims })),
    ];
    await m.query(`DELETE FROM ${S}.claim WHERE (record_type, record_id) IN (SELECT * FROM unnest($1::varchar[], $2::varchar[]))`,
      [owners.map((o) => o.type), owners.map((o) => o.id)]);
    await upsert(m, Claim, owners.flatMap((o) => o.claims.map((c, i) => ({
      id: `${o.type}:${o.id}:${c.field}:${i}`, recordType: o.type, recordId: o.id, field: c.field, value: c.value,
      sourceId: c.source, preferred: c.preferred, note: c.note ?? null,
    }) as Claim)), ["id"]);
  });
}
