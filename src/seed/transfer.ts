import type { DataSource } from "typeorm";
import { DatePrecision } from "../graphql/enums.js";
import type { DatasetPart, RecordIds } from "../subgraphs/define.js";
import type { ClaimRow } from "../db/claim-writes.js";
import { selectByProperty, selectLinks } from "../db/entity-columns.js";
import { CorridorClaim, SourceRef } from "../subgraphs/corridors/claim/claim.entity.js";
import { CorridorMember, TradeCorridor } from "../subgraphs/corridors/corridor/corridor.entity.js";
import { CorridorNode } from "../subgraphs/corridors/node/node.entity.js";
import { CorridorRoute, CorridorSegment, RouteSegment } from "../subgraphs/corridors/segment/segment.entity.js";
import { Agreement, AgreementTitle } from "../subgraphs/relations/agreement/agreement.entity.js";
import { Claim } from "../subgraphs/relations/claim/claim.entity.js";
import { Clause } from "../subgraphs/relations/clause/clause.entity.js";
import { Office, Person, PersonName } from "../subgraphs/relations/person/person.entity.js";
import { AgreementParty, RatificationStage } from "../subgraphs/relations/ratification/ratification.entity.js";
import { Source } from "../subgraphs/relations/source/source.entity.js";
import { Statement } from "../subgraphs/relations/statement/statement.entity.js";
import { Topic } from "../subgraphs/relations/topic/topic.entity.js";
import type { CorridorRecord, CorridorsDataset } from "./corridors.types.js";
import type { ClaimRecord, RelationsDataset } from "./dataset.types.js";
import { DatasetSchema, type Dataset } from "./dataset.schema.js";

export const DATASET_FORMAT = "relations-graph/dataset@1" as const;

/** Back from (date, precision) columns to the dataset's "2025", "2025-04" or "2025-04-21". */
function partial(date: string | null, precision: DatePrecision | null): string | undefined {
  if (!date) return undefined;
  if (precision === DatePrecision.YEAR) return date.slice(0, 4);
  if (precision === DatePrecision.MONTH) return date.slice(0, 7);
  return date;
}

/** A certainty worth writing out: EXACT is the default. */
const notExact = (c: string | null): string | undefined => (c && c !== "EXACT" ? c : undefined);

/** Drops null and undefined members, so exported records look like hand-written ones. */
function clean<T extends object>(o: T): T {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== null && v !== undefined)) as T;
}

function group<T>(rows: T[], key: (r: T) => string): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

const claimRecord = (c: ClaimRow): ClaimRecord => clean({ field: c.field, value: c.value, source: c.sourceId, preferred: c.preferred, note: c.note ?? undefined });

/** Claims in the order the dataset listed them: the seed numbers each record's claims ("…:field:3"). */
const claimOrder = (col: (property: string) => string) =>
  `${col("recordType")}, ${col("recordId")}, CASE WHEN ${col("id")} ~ ':[0-9]+$' THEN substring(${col("id")} from ':([0-9]+)$')::int END NULLS LAST, ${col("id")}`;

/** The ids a many-to-many relation links each parent to, by parent. */
const linksBy = (rows: { parent: string; child: string }[]) => {
  const by = group(rows, (r) => r.parent);
  return (parent: string) => (by.get(parent) ?? []).map((r) => r.child);
};

/** Reads the whole relations subgraph back into the dataset format (countries come from their package). */
export async function exportRelations(ds: DataSource): Promise<RelationsDataset> {
  const m = ds.manager;
  const [sources, topics, people, names, offices, officeSources, agreements, titles, agreementTopics, agreementSources, parties, stages, stageSources, clauses, clauseTopics, clauseSources, statements, claims] =
    await Promise.all([
      selectByProperty<Source>(m, Source, ["id"]),
      selectByProperty<Topic>(m, Topic, ["code"]),
      selectByProperty<Person>(m, Person, ["id"]),
      selectByProperty<PersonName>(m, PersonName, ["personId", "language", "text"]),
      selectByProperty<Office>(m, Office, ["personId", "id"]),
      selectLinks(m, Office, "sources"),
      selectByProperty<Agreement>(m, Agreement, ["id"]),
      selectByProperty<AgreementTitle>(m, AgreementTitle, ["agreementId", "language", "text"]),
      selectLinks(m, Agreement, "topics"),
      selectLinks(m, Agreement, "sources"),
      selectByProperty<AgreementParty>(m, AgreementParty, ["agreementId", "countryCode"]),
      selectByProperty<RatificationStage>(m, RatificationStage, ["partyId", "seq"]),
      selectLinks(m, RatificationStage, "sources"),
      selectByProperty<Clause>(m, Clause, ["agreementId", "seq", "id"]),
      selectLinks(m, Clause, "topics"),
      selectLinks(m, Clause, "sources"),
      selectByProperty<Statement>(m, Statement, ["id"]),
      selectByProperty<ClaimRow>(m, Claim, claimOrder),
    ]);
  const namesBy = group(names, (r) => r.personId);
  const officesBy = group(offices, (r) => r.personId);
  const officeSourcesOf = linksBy(officeSources);
  const titlesBy = group(titles, (r) => r.agreementId);
  const topicsOf = linksBy(agreementTopics);
  const sourcesOf = linksBy(agreementSources);
  const partiesBy = group(parties, (r) => r.agreementId);
  const stagesBy = group(stages, (r) => r.partyId);
  const stageSourcesOf = linksBy(stageSources);
  const clausesBy = group(clauses, (r) => r.agreementId);
  const clauseTopicsOf = linksBy(clauseTopics);
  const clauseSourcesOf = linksBy(clauseSources);
  const claimsBy = group(claims, (c) => `${c.recordType}:${c.recordId}`);
  return {
    sources: sources.map((s) =>
      clean({ id: s.id, title: s.title, publisher: s.publisher, url: s.url, archiveUrl: s.archiveUrl, language: s.language, publishedOn: s.publishedOn, accessedOn: s.accessedOn, excerpt: s.excerpt }),
    ),
    topics: topics.map((t) => ({ code: t.code, name: t.name })),
    people: people.map((p) => ({
      id: p.id,
      name: p.name,
      alternativeNames: (namesBy.get(p.id) ?? []).map((n) => ({ language: n.language, text: n.text })),
      offices: (officesBy.get(p.id) ?? []).map((o) =>
        clean({ id: o.id, title: o.title, country: o.countryCode, from: partial(o.from, o.fromPrecision), to: partial(o.to, o.toPrecision),
          sources: officeSourcesOf(o.id) }),
      ),
    })),
    agreements: agreements.map((a) =>
      clean({
        id: a.id, title: a.title, shortTitle: a.shortTitle,
        alternativeTitles: (titlesBy.get(a.id) ?? []).map((t) => ({ language: t.language, text: t.text })),
        kind: a.kind, relationshipLevel: a.relationshipLevel, signedOn: partial(a.signedOn, a.signedOnPrecision), signedAt: a.signedAt,
        enteredIntoForceOn: partial(a.enteredIntoForceOn, a.enteredIntoForcePrecision), entryIntoForceRule: a.entryIntoForceRule,
        termYears: a.termYears, renewal: a.renewal, renewalKind: a.renewalKind, renewalPeriodYears: a.renewalPeriodYears,
        terminatedOn: a.terminatedOn ?? undefined, articleCount: a.articleCount, supersedes: a.supersedesId,
        treatyId: a.treatyId, signedOnCertainty: notExact(a.signedOnCertainty), signedOnUntil: a.signedOnUntil,
        enteredIntoForceCertainty: notExact(a.enteredIntoForceCertainty), enteredIntoForceUntil: a.enteredIntoForceUntil,
        endedOn: partial(a.endedOn, a.endedOnPrecision), endedOnCertainty: notExact(a.endedOnCertainty),
        termEndsOn: partial(a.termEndsOn, a.termEndsOnPrecision), depository: a.depository,
        languages: a.languages?.length ? a.languages : undefined, ambit: a.ambit, geography: a.geography, textUrl: a.textUrl,
        notes: a.notes, parent: a.parentId,
        topics: topicsOf(a.id),
        sources: sourcesOf(a.id),
        claims: (claimsBy.get(`Agreement:${a.id}`) ?? []).map(claimRecord),
        parties: (partiesBy.get(a.id) ?? []).map((p) =>
          clean({
            country: p.countryCode,
            signatory: p.signatoryId,
            signedOn: partial(p.signedOn, p.signedOnPrecision), signedOnCertainty: notExact(p.signedOnCertainty),
            enteredIntoForceOn: partial(p.enteredIntoForceOn, p.enteredIntoForcePrecision), enteredIntoForceCertainty: notExact(p.enteredIntoForceCertainty),
            endedOn: partial(p.endedOn, p.endedOnPrecision), endedOnCertainty: notExact(p.endedOnCertainty), notes: p.notes,
            claims: claimsBy.has(`AgreementParty:${p.id}`) ? claimsBy.get(`AgreementParty:${p.id}`)!.map(claimRecord) : undefined,
            stages: (stagesBy.get(p.id) ?? []).map((s) =>
              clean({
                id: s.id, body: s.body, kind: s.kind, date: partial(s.date, s.datePrecision), dateCertainty: notExact(s.dateCertainty), notAfter: s.notAfter, outcome: s.outcome,
                completesRatification: s.completesRatification || undefined, votesFor: s.votesFor, votesAgainst: s.votesAgainst,
                votesAbstaining: s.votesAbstaining, votesPresent: s.votesPresent, note: s.note,
                sources: stageSourcesOf(s.id),
                claims: (claimsBy.get(`RatificationStage:${s.id}`) ?? []).map(claimRecord),
              }),
            ),
          }),
        ),
        clauses: (clausesBy.get(a.id) ?? []).map((c) =>
          clean({ id: c.id, number: c.number, title: c.title, summary: c.summary, obligation: c.obligation, verified: c.verified,
            topics: clauseTopicsOf(c.id), sources: clauseSourcesOf(c.id) }),
        ),
      }),
    ),
    statements: statements.map((s) =>
      clean({ id: s.id, speaker: s.speakerId, date: s.date, quote: s.quote, context: s.context, source: s.sourceId, agreement: s.agreementId }),
    ),
  } as RelationsDataset;
}

/** Reads the whole corridors subgraph back into the dataset format. */
export async function exportCorridors(ds: DataSource): Promise<CorridorsDataset> {
  const m = ds.manager;
  const [corridors, members, nodes, segments, routes, routeSegments, refs, claims] = await Promise.all([
    selectByProperty<TradeCorridor>(m, TradeCorridor, ["id"]),
    selectByProperty<CorridorMember>(m, CorridorMember, ["corridorId", "countryCode"]),
    selectByProperty<CorridorNode>(m, CorridorNode, ["id"]),
    selectByProperty<CorridorSegment>(m, CorridorSegment, ["corridorId", "id"]),
    selectByProperty<CorridorRoute>(m, CorridorRoute, ["corridorId", "id"]),
    selectByProperty<RouteSegment>(m, RouteSegment, ["routeId", "seq"]),
    selectByProperty<SourceRef>(m, SourceRef, ["recordType", "recordId", "sourceId"]),
    selectByProperty<ClaimRow>(m, CorridorClaim, ["recordType", "recordId", "id"]),
  ]);
  const refsBy = group(refs, (r) => `${r.recordType}:${r.recordId}`);
  const claimsBy = group(claims, (c) => `${c.recordType}:${c.recordId}`);
  const sourcesOf = (type: string, id: string) => (refsBy.get(`${type}:${id}`) ?? []).map((r) => r.sourceId);
  const segmentsBy = group(segments, (r) => r.corridorId);
  const usedNodes = (corridorId: string) => new Set((segmentsBy.get(corridorId) ?? []).flatMap((s) => [s.fromNodeId, s.toNodeId]));
  return {
    corridors: corridors.map((c): CorridorRecord => {
      const nodeIds = usedNodes(c.id);
      return clean({
        id: c.id, name: c.name, acronym: c.acronym, description: c.description, lengthKm: c.lengthKm ?? undefined, foundingAgreement: c.foundingAgreementId,
        sources: sourcesOf("TradeCorridor", c.id),
        claims: (claimsBy.get(`TradeCorridor:${c.id}`) ?? []).map(claimRecord),
        members: members.filter((mb) => mb.corridorId === c.id).map((mb) =>
          clean({ country: mb.countryCode, role: mb.role, since: partial(mb.since, mb.sincePrecision), sources: sourcesOf("CorridorMember", mb.id),
            claims: (claimsBy.get(`CorridorMember:${mb.id}`) ?? []).map(claimRecord) }),
        ),
        nodes: nodes.filter((n) => nodeIds.has(n.id)).map((n) => {
          const all = sourcesOf("CorridorNode", n.id);
          return { id: n.id, name: n.name, kind: n.kind, country: n.countryCode, latitude: n.latitude, longitude: n.longitude,
            coordinatesSource: n.coordinatesSourceId, ...(n.portId ? { port: n.portId } : {}), sources: all.filter((s) => s !== n.coordinatesSourceId) };
        }),
        segments: (segmentsBy.get(c.id) ?? []).map((s) =>
          clean({ id: s.id, from: s.fromNodeId, to: s.toNodeId, mode: s.mode, status: s.status, lengthKm: s.statedLengthKm ?? undefined,
            sources: sourcesOf("CorridorSegment", s.id), claims: (claimsBy.get(`CorridorSegment:${s.id}`) ?? []).map(claimRecord), note: s.note }),
        ),
        routes: routes.filter((r) => r.corridorId === c.id).map((r) => ({
          id: r.id, name: r.name, segments: routeSegments.filter((x) => x.routeId === r.id).map((x) => x.segmentId),
        })),
      }) as CorridorRecord;
    }),
  };
}

/** A subgraph's part of the dataset file, with the subgraph's DataSource (src/root.ts: datasetSources). */
export interface DatasetSource {
  /** The subgraph's name: its part's key in the file. */
  name: string;
  part: DatasetPart<unknown>;
  ds: DataSource;
}

export async function exportDataset(sources: DatasetSource[]): Promise<Dataset> {
  const file: Record<string, unknown> = { format: DATASET_FORMAT };
  for (const s of sources) file[s.name] = await s.part.export(s.ds);
  // The parts are each subgraph's, typed where they are defined (src/subgraphs/<name>/dataset.ts).
  return file as Dataset;
}

/**
 * Checks a whole file before anything is written: its shape (JSON Schema, via zod), then its
 * references. Returns every problem with the record and field it concerns.
 */
export async function checkDataset(input: unknown, sources: DatasetSource[]): Promise<{ dataset: Dataset; problems: [] } | { dataset: null; problems: string[] }> {
  const parsed = DatasetSchema.safeParse(input);
  if (!parsed.success) return { dataset: null, problems: parsed.error.issues.map((i) => `${i.path.join(".") || "(file)"}: ${i.message}`) };
  const d = parsed.data;
  // A part may cite records already in the database as well as in the file.
  const stored: RecordIds = {};
  for (const s of sources) if (s.part.citable) Object.assign(stored, await s.part.citable(s.ds));
  const problems = sources.flatMap((s) => s.part.validate(d, stored).map((p) => `${s.name}: ${p}`));
  return problems.length ? { dataset: null, problems } : { dataset: d, problems: [] };
}

export class InvalidDatasetError extends Error {
  constructor(readonly problems: string[]) {
    super(`The dataset is invalid (${problems.length} problem${problems.length === 1 ? "" : "s"}):\n  ${problems.join("\n  ")}`);
  }
}

/**
 * Imports a file: validated whole first, then each subgraph's part in one transaction, in the
 * registry's order (relations, then corridors). Records are upserted by id, so importing twice
 * changes nothing, and retrying after a failure of a later part is safe.
 */
export async function importDataset(sources: DatasetSource[], input: unknown): Promise<Dataset> {
  const { dataset, problems } = await checkDataset(input, sources);
  if (!dataset) throw new InvalidDatasetError(problems);
  for (const s of sources) await s.part.write(s.ds, s.part.of(dataset));
  return dataset;
}
