import type { DataSource, EntityManager } from "typeorm";
import { parsePartialDate } from "../lib/dates.js";
import { DateCertainty } from "../graphql/enums.js";
import { PartyKind } from "../subgraphs/relations/country/country.enums.js";
import { loadNonStateParties } from "./manytreaties/party-codes.js";
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
import { relationsDataset } from "./curated.js";
import type { ClaimRecord, RelationsDataset } from "./dataset.types.js";
import { upsert, type ChangeSink } from "./upsert.js";
import { deleteWhereIn, isEmpty, replaceLinks } from "../db/entity-columns.js";
import { validateRelationsDataset } from "./validate.js";

/** Former states, organisations and sub-national parties (data/non-state-parties.csv), as Country rows. */
function nonStateCountries(): Country[] {
  return loadNonStateParties().map((p) => ({
    code: p.code, iso3: p.iso3 ?? p.code, name: p.name, officialName: p.officialName || p.name, region: null, subregion: null, capital: null,
    kind: p.kind as PartyKind, existedFrom: p.from ? parsePartialDate(p.from).date : null, existedTo: p.to ? parsePartialDate(p.to).date : null, note: p.reason,
  }) as Country);
}

/** Every key a party may have: the ISO states' alpha-2 codes and the non-state parties' keys. */
export function partyCodes(): Set<string> {
  return new Set([...isoCountries().map((c) => c.code), ...loadNonStateParties().map((p) => p.code)]);
}

/** Agreements ordered so each comes after the agreements its parent and supersedes name. */
function referencedFirst<T extends { id: string; parent?: string; supersedes?: string }>(list: T[]): T[] {
  const byId = new Map(list.map((a) => [a.id, a]));
  const depth = new Map<string, number>();
  const depthOf = (a: T, seen: Set<string>): number => {
    const known = depth.get(a.id);
    if (known !== undefined) return known;
    if (seen.has(a.id)) return 0; // a cycle; validation reports what it must
    seen.add(a.id);
    const refs = [a.parent, a.supersedes].map((r) => (r ? byId.get(r) : undefined)).filter((r): r is T => !!r);
    const d = refs.length ? 1 + Math.max(...refs.map((r) => depthOf(r, seen))) : 0;
    depth.set(a.id, d);
    return d;
  };
  return list.map((a, i) => ({ a, i, d: depthOf(a, new Set()) })).sort((x, y) => x.d - y.d || x.i - y.i).map((x) => x.a);
}

export function isRelationsEmpty(ds: DataSource): Promise<boolean> {
  return isEmpty(ds.manager, Country);
}

function dateOf(v: string | undefined) {
  return v === undefined ? { date: null, precision: null } : (({ date, precision }) => ({ date, precision }))(parsePartialDate(v));
}

/** A date column's certainty: EXACT by default where there is a date, none where there is not. */
function certaintyOf(v: string | undefined, c: `${DateCertainty}` | undefined): DateCertainty | null {
  return v === undefined ? null : ((c as DateCertainty | undefined) ?? DateCertainty.EXACT);
}


/**
 * Loads every ISO country and the relations dataset, in one transaction. Idempotent: records are
 * upserted by their stable ids and their links and claims replaced, so a second run leaves the
 * same rows. The dataset is validated first; a problem rejects it before anything is written.
 */
export async function seedRelations(ds: DataSource, dataset: RelationsDataset = relationsDataset, within?: EntityManager, changed?: ChangeSink): Promise<void> {
  const countries = isoCountries();
  const problems = validateRelationsDataset(dataset, partyCodes());
  if (problems.length) throw new Error(`The relations dataset is invalid:\n  ${problems.join("\n  ")}`);

  const transaction = (work: (m: EntityManager) => Promise<void>) => (within ? work(within) : ds.transaction(work));
  await transaction(async (m) => {
    await upsert(m, Country, [
      ...countries.map(({ neighbours: _n, ...c }) => ({ ...c, kind: PartyKind.STATE, existedFrom: null, existedTo: null, note: null }) as Country),
      ...nonStateCountries(),
    ], ["code"]);
    await replaceLinks(m, Country, "neighbours", countries.map((c) => c.code),
      countries.flatMap((c) => c.neighbours.map((n) => [c.code, n] as [string, string])));

    await upsert(m, Source, dataset.sources.map((s) => ({
      id: s.id, title: s.title, publisher: s.publisher, url: s.url ?? null, archiveUrl: s.archiveUrl ?? null,
      language: s.language ?? null, publishedOn: s.publishedOn ?? null, accessedOn: s.accessedOn ?? null, excerpt: s.excerpt ?? null,
    })), ["id"], changed);
    await upsert(m, Topic, dataset.topics.map((t) => ({ ...t })), ["code"], changed);

    await upsert(m, Person, dataset.people.map((p) => ({ id: p.id, name: p.name }) as Person), ["id"]);
    const personIds = dataset.people.map((p) => p.id);
    await deleteWhereIn(m, PersonName, ["personId"], [personIds]);
    await upsert(m, PersonName, dataset.people.flatMap((p) => p.alternativeNames.map((n) => ({ personId: p.id, ...n }) as PersonName)),
      ["personId", "language", "text"]);
    const offices = dataset.people.flatMap((p) => p.offices.map((o) => ({ ...o, personId: p.id })));
    await upsert(m, Office, offices.map((o) => {
      const from = dateOf(o.from);
      const to = dateOf(o.to);
      return { id: o.id, personId: o.personId, title: o.title, countryCode: o.country ?? null,
        from: from.date, fromPrecision: from.precision, to: to.date, toPrecision: to.precision } as Office;
    }), ["id"]);
    await replaceLinks(m, Office, "sources", offices.map((o) => o.id),
      offices.flatMap((o) => o.sources.map((s) => [o.id, s] as [string, string])));

    // Parents (and superseded agreements) first: a row's foreign keys must point at rows written before it.
    const agreements = referencedFirst(dataset.agreements);
    await upsert(m, Agreement, agreements.map((a) => {
      const signed = dateOf(a.signedOn);
      const eif = dateOf(a.enteredIntoForceOn);
      const ended = dateOf(a.endedOn);
      const term = dateOf(a.termEndsOn);
      return {
        id: a.id, title: a.title, shortTitle: a.shortTitle ?? null, kind: a.kind, relationshipLevel: a.relationshipLevel ?? null,
        signedOn: signed.date, signedOnPrecision: signed.precision, signedAt: a.signedAt ?? null,
        enteredIntoForceOn: eif.date, enteredIntoForcePrecision: eif.precision, entryIntoForceRule: a.entryIntoForceRule ?? null,
        termYears: a.termYears ?? null, renewal: a.renewal ?? null, renewalKind: a.renewalKind ?? null,
        renewalPeriodYears: a.renewalPeriodYears ?? null, terminatedOn: a.terminatedOn ? parsePartialDate(a.terminatedOn).date : null,
        articleCount: a.articleCount ?? null, supersedesId: a.supersedes ?? null,
        signedOnCertainty: certaintyOf(a.signedOn, a.signedOnCertainty), signedOnUntil: a.signedOnUntil ?? null,
        enteredIntoForceCertainty: certaintyOf(a.enteredIntoForceOn, a.enteredIntoForceCertainty), enteredIntoForceUntil: a.enteredIntoForceUntil ?? null,
        endedOn: ended.date, endedOnPrecision: ended.precision, endedOnCertainty: certaintyOf(a.endedOn, a.endedOnCertainty),
        termEndsOn: term.date, termEndsOnPrecision: term.precision,
        treatyId: a.treatyId ?? null, depository: a.depository ?? null, languages: a.languages ?? [], ambit: a.ambit ?? null,
        geography: a.geography ?? null, textUrl: a.textUrl ?? null, notes: a.notes ?? null, parentId: a.parent ?? null,
      } as Agreement;
    }), ["id"], changed);
    const agreementIds = agreements.map((a) => a.id);
    await deleteWhereIn(m, AgreementTitle, ["agreementId"], [agreementIds]);
    await upsert(m, AgreementTitle, agreements.flatMap((a) => a.alternativeTitles.map((t) => ({ agreementId: a.id, ...t }) as AgreementTitle)),
      ["agreementId", "language", "text"]);
    await replaceLinks(m, Agreement, "topics", agreementIds, agreements.flatMap((a) => a.topics.map((t) => [a.id, t] as [string, string])));
    await replaceLinks(m, Agreement, "sources", agreementIds, agreements.flatMap((a) => a.sources.map((s) => [a.id, s] as [string, string])));

    const parties = agreements.flatMap((a) => a.parties.map((p) => ({ ...p, agreementId: a.id, id: `${a.id}:${p.country.toLowerCase()}` })));
    await upsert(m, AgreementParty, parties.map((p) => {
      const signed = dateOf(p.signedOn);
      const eif = dateOf(p.enteredIntoForceOn);
      const ended = dateOf(p.endedOn);
      return {
        id: p.id, agreementId: p.agreementId, countryCode: p.country, signatoryId: p.signatory ?? null,
        signedOn: signed.date, signedOnPrecision: signed.precision, signedOnCertainty: certaintyOf(p.signedOn, p.signedOnCertainty),
        enteredIntoForceOn: eif.date, enteredIntoForcePrecision: eif.precision, enteredIntoForceCertainty: certaintyOf(p.enteredIntoForceOn, p.enteredIntoForceCertainty),
        endedOn: ended.date, endedOnPrecision: ended.precision, endedOnCertainty: certaintyOf(p.endedOn, p.endedOnCertainty),
        notes: p.notes ?? null,
      } as AgreementParty;
    }), ["id"], changed);
    const stages = parties.flatMap((p) => p.stages.map((s, seq) => ({ ...s, partyId: p.id, seq })));
    await upsert(m, RatificationStage, stages.map((s) => {
      const d = dateOf(s.date);
      return {
        id: s.id, partyId: s.partyId, seq: s.seq, body: s.body, kind: s.kind, date: d.date, datePrecision: d.precision,
        dateCertainty: certaintyOf(s.date, s.dateCertainty),
        notAfter: s.notAfter ?? null, outcome: s.outcome, completesRatification: s.completesRatification ?? false,
        votesFor: s.votesFor ?? null, votesAgainst: s.votesAgainst ?? null, votesAbstaining: s.votesAbstaining ?? null,
        votesPresent: s.votesPresent ?? null, note: s.note ?? null,
      } as RatificationStage;
    }), ["id"], changed);
    await replaceLinks(m, RatificationStage, "sources", stages.map((s) => s.id),
      stages.flatMap((s) => s.sources.map((x) => [s.id, x] as [string, string])));

    const clauses = agreements.flatMap((a) => a.clauses.map((c, seq) => ({ ...c, agreementId: a.id, seq })));
    await upsert(m, Clause, clauses.map((c) => ({
      id: c.id, agreementId: c.agreementId, seq: c.seq, number: c.number ?? null, title: c.title ?? null, summary: c.summary,
      obligation: c.obligation ?? null, verified: c.verified,
    }) as Clause), ["id"], changed);
    await replaceLinks(m, Clause, "topics", clauses.map((c) => c.id), clauses.flatMap((c) => c.topics.map((t) => [c.id, t] as [string, string])));
    await replaceLinks(m, Clause, "sources", clauses.map((c) => c.id), clauses.flatMap((c) => c.sources.map((s) => [c.id, s] as [string, string])));

    await upsert(m, Statement, dataset.statements.map((s) => ({
      id: s.id, speakerId: s.speaker, date: s.date ?? null, quote: s.quote, context: s.context ?? null, sourceId: s.source, agreementId: s.agreement ?? null,
    }) as Statement), ["id"], changed);

    const owners: { type: string; id: string; claims: ClaimRecord[] }[] = [
      ...agreements.map((a) => ({ type: "Agreement", id: a.id, claims: a.claims })),
      ...stages.map((s) => ({ type: "RatificationStage", id: s.id, claims: s.claims })),
      ...parties.map((p) => ({ type: "AgreementParty", id: p.id, claims: p.claims ?? [] })),
    ];
    await deleteWhereIn(m, Claim, ["recordType", "recordId"], [owners.map((o) => o.type), owners.map((o) => o.id)]);
    await upsert(m, Claim, owners.flatMap((o) => o.claims.map((c, i) => ({
      id: `${o.type}:${o.id}:${c.field}:${i}`, recordType: o.type, recordId: o.id, field: c.field, value: c.value,
      sourceId: c.source, preferred: c.preferred, note: c.note ?? null,
    }) as Claim)), ["id"]);
  });
}
