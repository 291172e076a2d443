import type { DataSource } from "typeorm";
import { DatePrecision } from "../graphql/enums.js";
import type { DatasetPart, RecordIds } from "../subgraphs/define.js";
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

type ClaimRow = { record_type: string; record_id: string; field: string; value: string; source_id: string; preferred: boolean; note: string | null };
const claimRecord = (c: ClaimRow): ClaimRecord => clean({ field: c.field, value: c.value, source: c.source_id, preferred: c.preferred, note: c.note ?? undefined });

/** Reads the whole relations subgraph back into the dataset format (countries come from their package). */
export async function exportRelations(ds: DataSource): Promise<RelationsDataset> {
  const q = (sql: string) => ds.query(sql);
  const [sources, topics, people, names, offices, officeSources, agreements, titles, agreementTopics, agreementSources, parties, stages, stageSources, clauses, clauseTopics, clauseSources, statements, claims] =
    await Promise.all([
      q(`SELECT * FROM relations.source ORDER BY id`),
      q(`SELECT * FROM relations.topic ORDER BY code`),
      q(`SELECT * FROM relations.person ORDER BY id`),
      q(`SELECT * FROM relations.person_name ORDER BY person_id, language, text`),
      q(`SELECT * FROM relations.office ORDER BY person_id, id`),
      q(`SELECT * FROM relations.office_source ORDER BY office_id, source_id`),
      q(`SELECT * FROM relations.agreement ORDER BY id`),
      q(`SELECT * FROM relations.agreement_title ORDER BY agreement_id, language, text`),
      q(`SELECT * FROM relations.agreement_topic ORDER BY agreement_id, topic_code`),
      q(`SELECT * FROM relations.agreement_source ORDER BY agreement_id, source_id`),
      q(`SELECT * FROM relations.agreement_party ORDER BY agreement_id, country_code`),
      q(`SELECT * FROM relations.ratification_stage ORDER BY party_id, seq`),
      q(`SELECT * FROM relations.ratification_stage_source ORDER BY stage_id, source_id`),
      q(`SELECT * FROM relations.clause ORDER BY agreement_id, seq, id`),
      q(`SELECT * FROM relations.clause_topic ORDER BY clause_id, topic_code`),
      q(`SELECT * FROM relations.clause_source ORDER BY clause_id, source_id`),
      q(`SELECT * FROM relations.statement ORDER BY id`),
      // Claims in the order the dataset listed them: the seed numbers each record's claims ("…:field:3").
      q(`SELECT * FROM relations.claim ORDER BY record_type, record_id, CASE WHEN id ~ ':[0-9]+$' THEN substring(id from ':([0-9]+)$')::int END NULLS LAST, id`),
    ]);
  const namesBy = group(names, (r: any) => r.person_id);
  const officesBy = group(offices, (r: any) => r.person_id);
  const officeSourcesBy = group(officeSources, (r: any) => r.office_id);
  const titlesBy = group(titles, (r: any) => r.agreement_id);
  const topicsBy = group(agreementTopics, (r: any) => r.agreement_id);
  const sourcesBy = group(agreementSources, (r: any) => r.agreement_id);
  const partiesBy = group(parties, (r: any) => r.agreement_id);
  const stagesBy = group(stages, (r: any) => r.party_id);
  const stageSourcesBy = group(stageSources, (r: any) => r.stage_id);
  const clausesBy = group(clauses, (r: any) => r.agreement_id);
  const clauseTopicsBy = group(clauseTopics, (r: any) => r.clause_id);
  const clauseSourcesBy = group(clauseSources, (r: any) => r.clause_id);
  const claimsBy = group(claims as ClaimRow[], (c) => `${c.record_type}:${c.record_id}`);
  return {
    sources: sources.map((s: any) =>
      clean({ id: s.id, title: s.title, publisher: s.publisher, url: s.url, archiveUrl: s.archive_url, language: s.language, publishedOn: s.published_on, accessedOn: s.accessed_on, excerpt: s.excerpt }),
    ),
    topics: topics.map((t: any) => ({ code: t.code, name: t.name })),
    people: people.map((p: any) => ({
      id: p.id,
      name: p.name,
      alternativeNames: (namesBy.get(p.id) ?? []).map((n: any) => ({ language: n.language, text: n.text })),
      offices: (officesBy.get(p.id) ?? []).map((o: any) =>
        clean({ id: o.id, title: o.title, country: o.country_code, from: partial(o.from, o.from_precision), to: partial(o.to, o.to_precision),
          sources: (officeSourcesBy.get(o.id) ?? []).map((x: any) => x.source_id) }),
      ),
    })),
    agreements: agreements.map((a: any) =>
      clean({
        id: a.id, title: a.title, shortTitle: a.short_title,
        alternativeTitles: (titlesBy.get(a.id) ?? []).map((t: any) => ({ language: t.language, text: t.text })),
        kind: a.kind, relationshipLevel: a.relationship_level, signedOn: partial(a.signed_on, a.signed_on_precision), signedAt: a.signed_at,
        enteredIntoForceOn: partial(a.entered_into_force_on, a.entered_into_force_precision), entryIntoForceRule: a.entry_into_force_rule,
        termYears: a.term_years, renewal: a.renewal, renewalKind: a.renewal_kind, renewalPeriodYears: a.renewal_period_years,
        terminatedOn: a.terminated_on ?? undefined, articleCount: a.article_count, supersedes: a.supersedes_id,
        treatyId: a.treaty_id, signedOnCertainty: notExact(a.signed_on_certainty), signedOnUntil: a.signed_on_until,
        enteredIntoForceCertainty: notExact(a.entered_into_force_certainty), enteredIntoForceUntil: a.entered_into_force_until,
        endedOn: partial(a.ended_on, a.ended_on_precision), endedOnCertainty: notExact(a.ended_on_certainty),
        termEndsOn: partial(a.term_ends_on, a.term_ends_on_precision), depository: a.depository,
        languages: a.languages?.length ? a.languages : undefined, ambit: a.ambit, geography: a.geography, textUrl: a.text_url,
        notes: a.notes, parent: a.parent_id,
        topics: (topicsBy.get(a.id) ?? []).map((t: any) => t.topic_code),
        sources: (sourcesBy.get(a.id) ?? []).map((s: any) => s.source_id),
        claims: (claimsBy.get(`Agreement:${a.id}`) ?? []).map(claimRecord),
        parties: (partiesBy.get(a.id) ?? []).map((p: any) =>
          clean({
            country: p.country_code,
            signatory: p.signatory_id,
            signedOn: partial(p.signed_on, p.signed_on_precision), signedOnCertainty: notExact(p.signed_on_certainty),
            enteredIntoForceOn: partial(p.entered_into_force_on, p.entered_into_force_precision), enteredIntoForceCertainty: notExact(p.entered_into_force_certainty),
            endedOn: partial(p.ended_on, p.ended_on_precision), endedOnCertainty: notExact(p.ended_on_certainty), notes: p.notes,
            claims: claimsBy.has(`AgreementParty:${p.id}`) ? claimsBy.get(`AgreementParty:${p.id}`)!.map(claimRecord) : undefined,
            stages: (stagesBy.get(p.id) ?? []).map((s: any) =>
              clean({
                id: s.id, body: s.body, kind: s.kind, date: partial(s.date, s.date_precision), dateCertainty: notExact(s.date_certainty), notAfter: s.not_after, outcome: s.outcome,
                completesRatification: s.completes_ratification || undefined, votesFor: s.votes_for, votesAgainst: s.votes_against,
                votesAbstaining: s.votes_abstaining, votesPresent: s.votes_present, note: s.note,
                sources: (stageSourcesBy.get(s.id) ?? []).map((x: any) => x.source_id),
                claims: (claimsBy.get(`RatificationStage:${s.id}`) ?? []).map(claimRecord),
              }),
            ),
          }),
        ),
        clauses: (clausesBy.get(a.id) ?? []).map((c: any) =>
          clean({ id: c.id, number: c.number, title: c.title, summary: c.summary, obligation: c.obligation, verified: c.verified,
            topics: (clauseTopicsBy.get(c.id) ?? []).map((t: any) => t.topic_code), sources: (clauseSourcesBy.get(c.id) ?? []).map((s: any) => s.source_id) }),
        ),
      }),
    ),
    statements: statements.map((s: any) =>
      clean({ id: s.id, speaker: s.speaker_id, date: s.date, quote: s.quote, context: s.context, source: s.source_id, agreement: s.agreement_id }),
    ),
  } as RelationsDataset;
}

/** Reads the whole corridors subgraph back into the dataset format. */
export async function exportCorridors(ds: DataSource): Promise<CorridorsDataset> {
  const q = (sql: string) => ds.query(sql);
  const [corridors, members, nodes, segments, routes, routeSegments, refs, claims] = await Promise.all([
    q(`SELECT * FROM corridors.trade_corridor ORDER BY id`),
    q(`SELECT * FROM corridors.corridor_member ORDER BY corridor_id, country_code`),
    q(`SELECT * FROM corridors.corridor_node ORDER BY id`),
    q(`SELECT * FROM corridors.corridor_segment ORDER BY corridor_id, id`),
    q(`SELECT * FROM corridors.corridor_route ORDER BY corridor_id, id`),
    q(`SELECT * FROM corridors.route_segment ORDER BY route_id, seq`),
    q(`SELECT * FROM corridors.source_ref ORDER BY record_type, record_id, source_id`),
    q(`SELECT * FROM corridors.claim ORDER BY record_type, record_id, id`),
  ]);
  const refsBy = group(refs, (r: any) => `${r.record_type}:${r.record_id}`);
  const claimsBy = group(claims as ClaimRow[], (c) => `${c.record_type}:${c.record_id}`);
  const sourcesOf = (type: string, id: string) => (refsBy.get(`${type}:${id}`) ?? []).map((r: any) => r.source_id as string);
  const segmentsBy = group(segments, (r: any) => r.corridor_id);
  const usedNodes = (corridorId: string) => new Set((segmentsBy.get(corridorId) ?? []).flatMap((s: any) => [s.from_node_id, s.to_node_id]));
  return {
    corridors: corridors.map((c: any): CorridorRecord => {
      const nodeIds = usedNodes(c.id);
      return clean({
        id: c.id, name: c.name, acronym: c.acronym, description: c.description, lengthKm: c.length_km ?? undefined, foundingAgreement: c.founding_agreement_id,
        sources: sourcesOf("TradeCorridor", c.id),
        claims: (claimsBy.get(`TradeCorridor:${c.id}`) ?? []).map(claimRecord),
        members: members.filter((m: any) => m.corridor_id === c.id).map((m: any) =>
          clean({ country: m.country_code, role: m.role, since: partial(m.since, m.since_precision), sources: sourcesOf("CorridorMember", m.id),
            claims: (claimsBy.get(`CorridorMember:${m.id}`) ?? []).map(claimRecord) }),
        ),
        nodes: nodes.filter((n: any) => nodeIds.has(n.id)).map((n: any) => {
          const all = sourcesOf("CorridorNode", n.id);
          return { id: n.id, name: n.name, kind: n.kind, country: n.country_code, latitude: n.latitude, longitude: n.longitude,
            coordinatesSource: n.coordinates_source_id, sources: all.filter((s) => s !== n.coordinates_source_id) };
        }),
        segments: (segmentsBy.get(c.id) ?? []).map((s: any) =>
          clean({ id: s.id, from: s.from_node_id, to: s.to_node_id, mode: s.mode, status: s.status, lengthKm: s.stated_length_km ?? undefined,
            sources: sourcesOf("CorridorSegment", s.id), claims: (claimsBy.get(`CorridorSegment:${s.id}`) ?? []).map(claimRecord), note: s.note }),
        ),
        routes: routes.filter((r: any) => r.corridor_id === c.id).map((r: any) => ({
          id: r.id, name: r.name, segments: routeSegments.filter((x: any) => x.route_id === r.id).map((x: any) => x.segment_id),
        })),
      });
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
