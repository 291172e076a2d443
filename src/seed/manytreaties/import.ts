import { createReadStream, writeFileSync } from "node:fs";
import { join } from "node:path";
import { createGunzip } from "node:zlib";
import { parse } from "csv-parse";
import type { DataSource, EntityManager } from "typeorm";
import { packageRoot } from "../../lib/package-root.js";
import { AuditEntry } from "../../subgraphs/relations/audit/audit.entity.js";
import { isoCountries } from "../countries.js";
import type { AgreementRecord, RelationsDataset } from "../dataset.types.js";
import { seedRelations } from "../seed.js";
import { relationsDataset as curatedDataset } from "../curated.js";
import { AGREEMENT_COLUMNS, mapGgo, PARTY_COLUMNS, type AgreementRow, type ImportReport, type PartyRow } from "./ggo.js";
import { loadNonStateParties } from "./party-codes.js";


/** The vendored export (data/manytreaties/, CC BY 4.0; see README "Where the data comes from"). */
export function vendoredFiles(): { agreements: string; parties: string } {
  const dir = join(packageRoot(), "data", "manytreaties");
  return { agreements: join(dir, "ggo-agreements.csv.gz"), parties: join(dir, "ggo-parties.csv.gz") };
}

/** Streams a CSV file (gzip-compressed when it ends in .gz) as records keyed by its header, checking the header has `columns`. */
export async function* readCsv<T>(file: string, columns: string[]): AsyncGenerator<T> {
  const input = createReadStream(file);
  const parser = (file.endsWith(".gz") ? input.pipe(createGunzip()) : input).pipe(
    parse({ columns: (header: string[]) => {
      const missing = columns.filter((c) => !header.includes(c));
      if (missing.length) throw new Error(`${file}: the header lacks ${missing.join(", ")} (expected the manytreaties GGO export's columns)`);
      return header;
    }, bom: true, relax_column_count: false, skip_empty_lines: true }),
  );
  for await (const record of parser) yield record as T;
}

export interface ManyTreatiesOptions {
  agreementsFile?: string;
  partiesFile?: string;
  /** Delete GGO agreements that the files no longer hold (they are kept and reported without it). */
  prune?: boolean;
  /** Where to write the JSON report; none when omitted. */
  reportFile?: string;
  /** The curated dataset GGO merges under (tests pass a fixture). */
  curated?: RelationsDataset;
  /** Who the audit rows name. */
  actor?: string;
  within?: EntityManager;
}

export interface ManyTreatiesResult {
  report: ImportReport & {
    /** created and updated count records of every type; unchanged counts the agreements and parties (curated and GGO) that were left as they were. */
    written: { created: number; updated: number; unchanged: number; deleted: number };
    missing: string[];
    seconds: number;
  };
}

/**
 * `npm run import:manytreaties`: maps the GGO files, merges them under the curated dataset and
 * writes the whole in one transaction through the dataset write path (seedRelations), with audit
 * rows for what changed. Idempotent: unchanged records are left alone, versions bump only on change.
 */
export async function importManyTreaties(ds: DataSource, opts: ManyTreatiesOptions = {}): Promise<ManyTreatiesResult> {
  const started = Date.now();
  const files = vendoredFiles();
  const agreementsFile = opts.agreementsFile ?? files.agreements;
  const partiesFile = opts.partiesFile ?? files.parties;
  const curated = opts.curated ?? curatedDataset;
  const countries = isoCountries();
  const nonState = loadNonStateParties();
  const iso3ToAlpha2 = new Map(countries.map((c) => [c.iso3, c.code]));
  const partyNames = new Map<string, string>([...countries.map((c) => [c.code, c.name] as [string, string]), ...nonState.map((p) => [p.code, p.name] as [string, string])]);
  const curatedByTreatyId = new Map<string, AgreementRecord>(curated.agreements.filter((a) => a.treatyId).map((a) => [a.treatyId!, a]));

  const mapped = await mapGgo({
    agreements: readCsv<AgreementRow>(agreementsFile, AGREEMENT_COLUMNS),
    parties: readCsv<PartyRow>(partiesFile, PARTY_COLUMNS),
    iso3ToAlpha2,
    partyNames,
    curatedByTreatyId,
    knownTopics: new Set(curated.topics.map((t) => t.code)),
  });
  const mergedCurated = new Map(mapped.curated.map((a) => [a.id, a]));
  const combined: RelationsDataset = {
    sources: [...curated.sources, ...mapped.dataset.sources.filter((s) => !curated.sources.some((c) => c.id === s.id))],
    topics: [...curated.topics, ...mapped.dataset.topics],
    people: curated.people,
    agreements: [...curated.agreements.map((a) => mergedCurated.get(a.id) ?? a), ...mapped.dataset.agreements],
    statements: curated.statements,
  };
  const ids = mapped.dataset.agreements.map((a) => a.id);

  const counts = { created: 0, updated: 0, unchanged: 0, deleted: 0 };
  let missing: string[] = [];
  let counted = 0;
  const work = async (m: EntityManager) => {
    const [{ n: before }] = await m.query(`SELECT count(*)::int AS n FROM relations.agreement WHERE id LIKE 'ggo-%'`);
    const changes: { recordType: string; id: string; inserted: boolean }[] = [];
    await seedRelations(ds, combined, m, (recordType, id, inserted) => changes.push({ recordType, id, inserted }));
    missing = (await m.query(`SELECT id FROM relations.agreement WHERE id LIKE 'ggo-%' AND NOT (id = ANY($1)) ORDER BY id`, [ids])).map((r: { id: string }) => r.id);
    if (opts.prune && missing.length) {
      // Claims are keyed by record, not foreign keys: remove those of the agreements, their parties and their parties' stages.
      await m.query(
        `DELETE FROM relations.claim c WHERE (c.record_type = 'Agreement' AND c.record_id = ANY($1))
           OR (c.record_type = 'AgreementParty' AND c.record_id IN (SELECT id FROM relations.agreement_party WHERE agreement_id = ANY($1)))
           OR (c.record_type = 'RatificationStage' AND c.record_id IN (SELECT s.id FROM relations.ratification_stage s JOIN relations.agreement_party p ON p.id = s.party_id WHERE p.agreement_id = ANY($1)))`,
        [missing],
      );
      await m.query(`DELETE FROM relations.agreement WHERE id = ANY($1)`, [missing]);
      counts.deleted = missing.length;
    }
    counts.created = changes.filter((c) => c.inserted).length;
    counts.updated = changes.length - counts.created;
    counted = changes.filter((c) => c.recordType === "Agreement" || c.recordType === "AgreementParty").length;
    const actor = opts.actor ?? "import:manytreaties";
    const rows: Partial<AuditEntry>[] =
      before === 0
        ? [{ actor, keyId: null, requestId: null, operation: "IMPORT", recordType: "Dataset", recordId: "manytreaties-ggo", before: null, after: { created: counts.created, agreements: ids.length } }]
        : [
            ...changes.map((c) => ({ actor, keyId: null, requestId: null, operation: c.inserted ? "CREATE" : "UPDATE", recordType: c.recordType, recordId: c.id, before: null, after: { source: "manytreaties-ggo" } })),
            ...(opts.prune ? missing.map((id) => ({ actor, keyId: null, requestId: null, operation: "DELETE", recordType: "Agreement", recordId: id, before: null, after: null })) : []),
          ];
    for (let i = 0; i < rows.length; i += 1000) await m.getRepository(AuditEntry).insert(rows.slice(i, i + 1000) as never);
  };
  if (opts.within) await work(opts.within);
  else await ds.transaction(work);
  const recordsWritten = combined.agreements.reduce((n, a) => n + 1 + a.parties.length, 0);
  counts.unchanged = recordsWritten - counted;
  const report = { ...mapped.report, written: counts, missing, seconds: (Date.now() - started) / 1000 };
  if (opts.reportFile) writeFileSync(opts.reportFile, `${JSON.stringify(report, null, 2)}\n`);
  return { report };
}

/** The printed summary: each file's rows, accounted for (imported + merged + refused = rows). */
export function summarize(r: ManyTreatiesResult["report"]): string {
  const a = r.agreementRows;
  const p = r.partyRows;
  return [
    `manytreaties GGO import, ${r.seconds.toFixed(1)} s`,
    `  agreements file: ${r.files.agreements.rows} rows = ${a.imported} imported + ${a.merged} merged + ${a.refused} refused`,
    `  parties file:    ${r.files.parties.rows} rows = ${p.imported} imported + ${p.merged} merged + ${p.refused} refused (${p.createdAgreement} agreements built from party rows alone)`,
    `  agreements: ${r.agreements.total} (${r.agreements.fromAgreementsFile} from the agreements file, ${r.agreements.partyOnly} party-only, ${r.agreements.mergedIntoCurated} merged into curated records); ${r.agreements.withoutPartyRows} without party rows, ${r.agreements.inferredParties} of them with parties inferred from the treatyID`,
    `  parties: ${r.parties}`,
    `  dates: ${r.values.notable} kept with their notation on a claim, ${r.values.sentinel} 9999 sentinels (no date), ${r.values.dropped} malformed values left out`,
    `  protocols and amendments: ${r.parents.linked} linked to their parent, ${r.parents.ambiguous} ambiguous, ${r.parents.unresolved} parent not found`,
    `  treatyID codes disagreeing with party rows: ${r.partyDisagreements.length}`,
    `  written: ${r.written.created} created, ${r.written.updated} updated, ${r.written.unchanged} unchanged, ${r.written.deleted} deleted; ${r.missing.length} GGO agreements in the database are not in the files${r.missing.length ? " (kept; --prune deletes them)" : ""}`,
  ].join("\n");
}
