import { createHash } from "node:crypto";
import { readMessyDate, type ReadDate } from "../../lib/messydate.js";
import type { AgreementKind, AgreementRecord, ClaimRecord, PartyRecord, RelationsDataset, SourceRecord, TopicRecord } from "../dataset.types.js";
import { resolveStateId } from "./party-codes.js";
import { GGO_SOURCE_ID, ggoSourceRecord } from "./source.js";

/**
 * Maps the manytreaties GGO export (data/manytreaties/*.csv.gz) onto the project's dataset format,
 * so it is written through the same path as any import. Every rule is in docs/api.md, "The
 * manytreaties GGO import"; the report accounts for every row of both files.
 */

export type AgreementRow = Record<
  "treatyID" | "Title" | "Signature" | "Force" | "End" | "Term" | "TypeDomain" | "TypeAgree" | "TypeAmbit" | "TypeGeo" | "TypeSubject" | "Location" | "Depository" | "TitleAlt" | "Languages" | "TextURL" | "Comments" | "Source",
  string
>;
export type PartyRow = Record<"stateID" | "treatyID" | "Title" | "Signature" | "Force" | "End" | "StateSignature" | "StateRatification" | "StateForce" | "StateEnd" | "Comments", string>;

export const AGREEMENT_COLUMNS: (keyof AgreementRow)[] = ["treatyID", "Title", "Signature", "Force", "End", "Term", "TypeDomain", "TypeAgree", "TypeAmbit", "TypeGeo", "TypeSubject", "Location", "Depository", "TitleAlt", "Languages", "TextURL", "Comments", "Source"];
export const PARTY_COLUMNS: (keyof PartyRow)[] = ["stateID", "treatyID", "Title", "Signature", "Force", "End", "StateSignature", "StateRatification", "StateForce", "StateEnd", "Comments"];

/** Where a value was read: file and 1-based data row (the header is row 0). */
export interface Where {
  file: "agreements" | "parties";
  row: number;
  column?: string;
}

export interface ImportReport {
  files: { agreements: { rows: number }; parties: { rows: number } };
  agreementRows: { imported: number; merged: number; refused: number };
  partyRows: { imported: number; merged: number; refused: number; createdAgreement: number };
  agreements: { fromAgreementsFile: number; partyOnly: number; mergedIntoCurated: number; withoutPartyRows: number; inferredParties: number; total: number };
  parties: number;
  values: { dropped: number; sentinel: number; notable: number };
  parents: { linked: number; ambiguous: number; unresolved: number };
  merges: { why: string; where: Where[]; into: string }[];
  refusals: { why: string; where: Where }[];
  droppedValues: { where: Where; raw: string; reason: string }[];
  ambiguousParents: { agreement: string; treatyID: string; candidates: string[] }[];
  unresolvedParents: { agreement: string; treatyID: string }[];
  inferenceGaps: { agreement: string; treatyID: string; unresolved: string[] }[];
  partyDisagreements: { agreement: string; treatyID: string; fromTreatyId: string[]; fromPartyRows: string[] }[];
  treatyFieldDisagreements: number;
}

export function emptyReport(): ImportReport {
  return {
    files: { agreements: { rows: 0 }, parties: { rows: 0 } },
    agreementRows: { imported: 0, merged: 0, refused: 0 },
    partyRows: { imported: 0, merged: 0, refused: 0, createdAgreement: 0 },
    agreements: { fromAgreementsFile: 0, partyOnly: 0, mergedIntoCurated: 0, withoutPartyRows: 0, inferredParties: 0, total: 0 },
    parties: 0,
    values: { dropped: 0, sentinel: 0, notable: 0 },
    parents: { linked: 0, ambiguous: 0, unresolved: 0 },
    merges: [],
    refusals: [],
    droppedValues: [],
    ambiguousParents: [],
    unresolvedParents: [],
    inferenceGaps: [],
    partyDisagreements: [],
    treatyFieldDisagreements: 0,
  };
}

const hash = (s: string, n: number) => createHash("sha1").update(s).digest("hex").slice(0, n);

/** "IRN-RUS_1970P:IRN-RUS_1954A" -> "irn-rus-1970p--irn-rus-1954a": each part a slug, parts joined by "--". */
export function slugOfTreatyId(treatyId: string): string {
  return treatyId
    .split(":")
    .map((p) => p.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "") || "x")
    .join("--");
}

/** The agreement id of a treatyID: "ggo-" and its slug; a repeated treatyID adds a hash of its title and signature. */
export function agreementIdOf(treatyId: string, repeated: boolean, title: string, signature: string): string {
  const base = `ggo-${slugOfTreatyId(treatyId)}`.slice(0, 140);
  return repeated ? `${base}-${hash(`${title}\u0000${signature}`, 6)}` : base;
}

const KINDS: Record<string, AgreementKind> = {
  Agreement: "AGREEMENT",
  Protocol: "PROTOCOL",
  Amendment: "AMENDMENT",
  MOU: "MEMORANDUM",
  Resolution: "RESOLUTION",
  Regulation: "REGULATION",
  Report: "REPORT",
};

function topicCode(name: string): string {
  return name.toLowerCase().replace(/[^a-z0-9]+/g, "-").replace(/^-+|-+$/g, "").slice(0, 64);
}

const titleCase = (s: string) => s.replace(/\b\p{L}/gu, (c) => c.toUpperCase());

/** The partial-date form of a read date, as the dataset holds it. */
function partial(d: ReadDate & { kind: "date" }): string {
  return d.precision === "YEAR" ? d.date.slice(0, 4) : d.precision === "MONTH" ? d.date.slice(0, 7) : d.date;
}

function cleanUrl(raw: string): string | null {
  const v = raw.trim().replace(/^"+|"+$/g, "").trim();
  if (!v) return null;
  try {
    const u = new URL(v);
    return u.protocol === "http:" || u.protocol === "https:" ? u.toString() : null;
  } catch {
    return null;
  }
}

const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1)}…` : s);

interface DateField {
  value?: string;
  certainty?: "EXACT" | "UNCERTAIN" | "APPROXIMATE";
  until?: string;
  claim?: ClaimRecord;
}

/** Reads one date column: a value with its certainty and range end, a claim keeping unusual notation, or a report line. */
function dateField(report: ImportReport, raw: string, field: string, where: Where): DateField {
  const d = readMessyDate(raw);
  if (!d) return {};
  if (d.kind === "none") {
    report.values.sentinel++;
    return {};
  }
  if (d.kind === "invalid") {
    report.values.dropped++;
    report.droppedValues.push({ where, raw: d.raw, reason: d.reason });
    return {};
  }
  const out: DateField = { value: partial(d) };
  if (d.certainty !== "EXACT") out.certainty = d.certainty;
  if (d.until) out.until = d.until;
  if (d.notable) {
    report.values.notable++;
    out.claim = { field, value: d.raw, source: GGO_SOURCE_ID, preferred: true, note: "The GGO coders' notation, kept as written (docs/api.md, \"Dates in imported data\")." };
  }
  return out;
}

interface Draft {
  record: AgreementRecord;
  treatyId: string;
  /** Child part's parent treatyID ("IRN-RUS_1954A" of "IRN-RUS_1970P:IRN-RUS_1954A"). */
  parentTreatyId: string | null;
  partyRows: { row: PartyRow; n: number }[];
  title: string;
  signature: string;
  force: string;
  end: string;
  /** False for a party-only treaty, whose treaty columns are its party rows' own. */
  fromAgreementsFile: boolean;
}

export interface GgoInput {
  agreements: AsyncIterable<AgreementRow> | Iterable<AgreementRow>;
  parties: AsyncIterable<PartyRow> | Iterable<PartyRow>;
  iso3ToAlpha2: Map<string, string>;
  /** Names of the party keys, for stage bodies ("Iran"). */
  partyNames: Map<string, string>;
  /** Curated agreements, keyed by their treatyId: GGO rows with that treatyID merge into them. */
  curatedByTreatyId: Map<string, AgreementRecord>;
  /** Topics that exist already (curated), by code. */
  knownTopics: Set<string>;
}

export interface GgoResult {
  dataset: RelationsDataset;
  /** Curated agreements with GGO's claims and parties merged in (they replace the curated records). */
  curated: AgreementRecord[];
  report: ImportReport;
}

/** Maps both files to dataset records. Reads each file once, in order; keeps only what it maps. */
export async function mapGgo(input: GgoInput): Promise<GgoResult> {
  const report = emptyReport();
  const drafts: Draft[] = [];
  const byTreaty = new Map<string, Draft[]>();
  const sources = new Map<string, SourceRecord>([[GGO_SOURCE_ID, ggoSourceRecord()]]);
  const topics = new Map<string, TopicRecord>();

  // 1. Agreements file.
  const agreementRows: { row: AgreementRow; n: number }[] = [];
  let n = 0;
  for await (const row of input.agreements) agreementRows.push({ row, n: ++n });
  report.files.agreements.rows = n;
  const repeated = new Map<string, number>();
  for (const { row } of agreementRows) repeated.set(row.treatyID.trim(), (repeated.get(row.treatyID.trim()) ?? 0) + 1);

  const seenIds = new Map<string, Draft>();
  for (const { row, n } of agreementRows) {
    const treatyId = row.treatyID.trim();
    const title = row.Title.trim();
    if (!treatyId || !title) {
      report.agreementRows.refused++;
      report.refusals.push({ why: !treatyId ? "no treatyID" : "no title", where: { file: "agreements", row: n } });
      continue;
    }
    const id = agreementIdOf(treatyId, (repeated.get(treatyId) ?? 0) > 1, title, row.Signature.trim());
    const same = seenIds.get(id);
    if (same) {
      // The same treatyID, title and signature twice: one agreement.
      report.agreementRows.merged++;
      report.merges.push({ why: "a second row with the same treatyID, title and signature", where: [{ file: "agreements", row: n }], into: id });
      continue;
    }
    const curated = input.curatedByTreatyId.get(treatyId);
    const draft = buildFromAgreementRow(report, row, n, id, sources, topics, input.knownTopics);
    if (curated) {
      report.agreementRows.merged++;
      report.agreements.mergedIntoCurated++;
      report.merges.push({ why: "the curated record describes the same agreement (its treatyId); the curated values stay preferred", where: [{ file: "agreements", row: n }], into: curated.id });
      draft.record.id = curated.id;
    } else {
      report.agreementRows.imported++;
      report.agreements.fromAgreementsFile++;
    }
    seenIds.set(id, draft);
    drafts.push(draft);
    byTreaty.set(treatyId, [...(byTreaty.get(treatyId) ?? []), draft]);
  }
  agreementRows.length = 0;

  // 2. Party rows attach by treatyID, then title and signature where treatyIDs repeat.
  const orphans = new Map<string, { row: PartyRow; n: number }[]>();
  n = 0;
  for await (const row of input.parties) {
    n++;
    const treatyId = row.treatyID.trim();
    const candidates = byTreaty.get(treatyId) ?? [];
    let target: Draft | undefined;
    if (candidates.length === 1) target = candidates[0];
    else if (candidates.length > 1) {
      const t = row.Title.trim();
      const s = row.Signature.trim();
      const pick = (f: (d: Draft) => boolean) => {
        const m = candidates.filter(f);
        return m.length === 1 ? m[0] : undefined;
      };
      target = pick((d) => d.title === t && d.signature === s) ?? pick((d) => d.title === t) ?? pick((d) => d.signature === s);
      if (!target) {
        report.partyRows.refused++;
        report.refusals.push({ why: `treatyID ${treatyId} names ${candidates.length} agreements and neither title nor signature tells which`, where: { file: "parties", row: n } });
        continue;
      }
    }
    if (target) target.partyRows.push({ row, n });
    else orphans.set(treatyId, [...(orphans.get(treatyId) ?? []), { row, n }]);
  }
  report.files.parties.rows = n;

  // 3. Party-only treaties: one agreement per treatyID, title and signature, from the rows' own columns.
  for (const [treatyId, rows] of orphans) {
    const groups = new Map<string, { row: PartyRow; n: number }[]>();
    for (const r of rows) {
      const k = `${r.row.Title.trim()}\u0000${r.row.Signature.trim()}`;
      groups.set(k, [...(groups.get(k) ?? []), r]);
    }
    for (const group of groups.values()) {
      const first = group[0].row;
      const title = first.Title.trim();
      if (!title) {
        for (const r of group) {
          report.partyRows.refused++;
          report.refusals.push({ why: "a party row whose treaty is in neither file has no title", where: { file: "parties", row: r.n } });
        }
        continue;
      }
      const id = agreementIdOf(treatyId, groups.size > 1 || byTreaty.has(treatyId), title, first.Signature.trim());
      const draft = buildFromAgreementRow(
        report,
        { treatyID: treatyId, Title: title, Signature: first.Signature, Force: first.Force, End: first.End, Term: "", TypeDomain: "", TypeAgree: "", TypeAmbit: "", TypeGeo: "", TypeSubject: "", Location: "", Depository: "", TitleAlt: "", Languages: "", TextURL: "", Comments: "", Source: "" },
        group[0].n,
        id,
        sources,
        topics,
        input.knownTopics,
        "parties",
      );
      draft.record.notes = "Not in GGO's agreements file: built from the treaty columns of its party rows.";
      draft.partyRows.push(...group);
      const curated = input.curatedByTreatyId.get(treatyId);
      if (curated) {
        draft.record.id = curated.id;
        report.agreements.mergedIntoCurated++;
        report.merges.push({ why: "party rows of a treaty the curated record describes (its treatyId); the curated values stay preferred", where: group.map((r) => ({ file: "parties" as const, row: r.n })), into: curated.id });
      } else {
        report.agreements.partyOnly++;
        report.partyRows.createdAgreement++;
      }
      drafts.push(draft);
      byTreaty.set(treatyId, [...(byTreaty.get(treatyId) ?? []), draft]);
    }
  }
  orphans.clear();

  // 4. Parties of each agreement.
  for (const d of drafts) buildParties(report, d, input);

  // 5. Protocols and amendments to their parents.
  for (const d of drafts) {
    if (!d.parentTreatyId) continue;
    const exact = byTreaty.get(d.parentTreatyId) ?? [];
    const loose = exact.length ? exact : [...byTreaty.entries()].filter(([k]) => k.length === d.parentTreatyId!.length + 1 && k.startsWith(d.parentTreatyId!) && /[A-Z]$/.test(k)).flatMap(([, v]) => v);
    let parents = loose.filter((p) => p !== d);
    if (parents.length > 1 && d.record.signedOn) parents = parents.filter((p) => !p.record.signedOn || p.record.signedOn <= d.record.signedOn!);
    if (parents.length === 1) {
      d.record.parent = parents[0].record.id;
      report.parents.linked++;
    } else if (parents.length > 1) {
      report.parents.ambiguous++;
      report.ambiguousParents.push({ agreement: d.record.id, treatyID: d.treatyId, candidates: parents.map((p) => p.record.id) });
    } else {
      report.parents.unresolved++;
      report.unresolvedParents.push({ agreement: d.record.id, treatyID: d.treatyId });
    }
  }

  // 6. Curated records win: GGO's values become claims beside theirs.
  // Several GGO records (a repeated treatyID) merge into the same curated one in turn.
  const curatedOut = new Map<string, AgreementRecord>();
  const imported: AgreementRecord[] = [];
  for (const d of drafts) {
    const curated = input.curatedByTreatyId.get(d.treatyId);
    if (curated && d.record.id === curated.id) curatedOut.set(curated.id, mergeIntoCurated(curatedOut.get(curated.id) ?? curated, d.record));
    else imported.push(d.record);
  }
  report.agreements.total = imported.length;
  report.parties = imported.reduce((s, a) => s + a.parties.length, 0);
  for (const t of topics.values()) if (input.knownTopics.has(t.code)) topics.delete(t.code);
  return {
    dataset: { sources: [...sources.values()], topics: [...topics.values()], people: [], agreements: imported, statements: [] },
    curated: [...curatedOut.values()],
    report,
  };
}

function buildFromAgreementRow(
  report: ImportReport,
  row: AgreementRow,
  n: number,
  id: string,
  sources: Map<string, SourceRecord>,
  topics: Map<string, TopicRecord>,
  knownTopics: Set<string>,
  file: "agreements" | "parties" = "agreements",
): Draft {
  const treatyId = row.treatyID.trim();
  const at = (column: string): Where => ({ file, row: n, column });
  const claims: ClaimRecord[] = [];
  const date = (column: string, field: string) => {
    const f = dateField(report, row[column as keyof AgreementRow] ?? "", field, at(column));
    if (f.claim) claims.push(f.claim);
    return f;
  };
  const signed = date("Signature", "signedOn");
  const force = date("Force", "enteredIntoForceOn");
  const ended = date("End", "endedOn");
  const term = date("Term", "termEndsOn");
  const kindRaw = row.TypeAgree.trim();
  const kind = KINDS[kindRaw] ?? "OTHER";
  if (kindRaw && !KINDS[kindRaw]) claims.push({ field: "kind", value: "OTHER", source: GGO_SOURCE_ID, preferred: true, note: `GGO's TypeAgree is "${kindRaw}", which has no kind of its own.` });

  const topicCodes: string[] = [];
  for (const name of [...row.TypeDomain.split(","), ...row.TypeSubject.split(",")].map((s) => s.trim()).filter(Boolean)) {
    const code = topicCode(name);
    if (!code) continue;
    if (!knownTopics.has(code) && !topics.has(code)) topics.set(code, { code, name: titleCase(name) });
    if (!topicCodes.includes(code)) topicCodes.push(code);
  }

  const agreementSources = [GGO_SOURCE_ID];
  const textUrl = cleanUrl(row.TextURL);
  if (row.TextURL.trim() && !textUrl) {
    report.values.dropped++;
    report.droppedValues.push({ where: at("TextURL"), raw: row.TextURL, reason: "not an http(s) address" });
  }
  if (textUrl) {
    const sid = `ggo-text-${hash(textUrl, 12)}`;
    if (!sources.has(sid)) sources.set(sid, { id: sid, title: clip(`Text of an agreement, as GGO links it (${new URL(textUrl).host})`, 500), publisher: new URL(textUrl).host, url: textUrl });
    agreementSources.push(sid);
  }
  const cite = row.Source.trim();
  if (cite) {
    const sid = `ggo-cite-${hash(cite, 12)}`;
    if (!sources.has(sid)) {
      const url = cleanUrl(cite);
      sources.set(sid, { id: sid, title: clip(cite, 500), publisher: url ? new URL(url).host : "Cited by the GGO coders", ...(url ? { url } : {}), ...(cite.length > 500 ? { excerpt: clip(cite, 5000) } : {}) });
    }
    agreementSources.push(sid);
  }
  const [, ...parentParts] = treatyId.split(":");
  const record: AgreementRecord = {
    id,
    title: clip(row.Title.trim(), 600),
    alternativeTitles: row.TitleAlt.split(" | ").map((t) => t.trim()).filter((t) => t && t !== row.Title.trim()).map((text) => ({ language: "und", text: clip(text, 1000) })),
    kind,
    treatyId,
    ...(signed.value ? { signedOn: signed.value } : {}),
    ...(signed.certainty ? { signedOnCertainty: signed.certainty } : {}),
    ...(signed.until ? { signedOnUntil: signed.until } : {}),
    ...(row.Location.trim() ? { signedAt: clip(row.Location.trim(), 300) } : {}),
    ...(force.value ? { enteredIntoForceOn: force.value } : {}),
    ...(force.certainty ? { enteredIntoForceCertainty: force.certainty } : {}),
    ...(force.until ? { enteredIntoForceUntil: force.until } : {}),
    ...(ended.value ? { endedOn: ended.value } : {}),
    ...(ended.certainty ? { endedOnCertainty: ended.certainty } : {}),
    ...(term.value ? { termEndsOn: term.value } : {}),
    ...(row.Depository.trim() ? { depository: row.Depository.trim() } : {}),
    languages: row.Languages.split("|").map((l) => l.trim()).filter(Boolean),
    ...(row.TypeAmbit.trim() ? { ambit: row.TypeAmbit.trim() } : {}),
    ...(row.TypeGeo.trim() ? { geography: row.TypeGeo.trim() } : {}),
    ...(textUrl ? { textUrl } : {}),
    ...(row.Comments.trim() ? { notes: row.Comments.trim() } : {}),
    topics: topicCodes,
    sources: agreementSources,
    claims,
    parties: [],
    clauses: [],
  };
  return {
    record, treatyId, parentTreatyId: parentParts.length ? parentParts.join(":") : null, partyRows: [],
    title: row.Title.trim(), signature: row.Signature.trim(), force: row.Force.trim(), end: row.End.trim(), fromAgreementsFile: file === "agreements",
  };
}

/** Three-letter codes at the head of a treatyID ("IRN-RUS_1935A" -> IRN, RUS). */
function treatyIdCodes(treatyId: string): string[] {
  const head = treatyId.split(":")[0].split("_")[0];
  return head.split("-").filter((c) => /^[A-Z]{3}$/.test(c));
}

function buildParties(report: ImportReport, d: Draft, input: GgoInput): void {
  const rowsByCode = new Map<string, { row: PartyRow; n: number }[]>();
  const treatyLevel = new Map<string, Set<string>>();
  const own: Record<string, string> = { title: d.title, signedOn: d.signature, enteredIntoForceOn: d.force, endedOn: d.end };
  for (const r of d.partyRows) {
    const resolved = resolveStateId(r.row.stateID.trim(), input.iso3ToAlpha2);
    if (!resolved.code) {
      report.partyRows.refused++;
      report.refusals.push({ why: `stateID "${r.row.stateID}": ${resolved.reason}`, where: { file: "parties", row: r.n } });
      continue;
    }
    if (d.fromAgreementsFile) {
      for (const [col, field] of [["Title", "title"], ["Signature", "signedOn"], ["Force", "enteredIntoForceOn"], ["End", "endedOn"]] as const) {
        const v = r.row[col].trim();
        if (v && v !== own[field]) treatyLevel.set(field, (treatyLevel.get(field) ?? new Set()).add(v));
      }
    }
    const list = rowsByCode.get(resolved.code);
    if (list) {
      report.partyRows.merged++;
      report.merges.push({ why: `state ${r.row.stateID} is repeated on this agreement: one party, differing values kept as claims`, where: [{ file: "parties", row: r.n }], into: `${d.record.id}:${resolved.code.toLowerCase()}` });
      list.push(r);
    } else {
      report.partyRows.imported++;
      rowsByCode.set(resolved.code, [r]);
    }
  }

  const parties = new Map<string, PartyRecord>();
  for (const [code, rows] of rowsByCode) {
    const claims: ClaimRecord[] = [];
    const stageClaims: ClaimRecord[] = [];
    /**
     * One date column over a state's rows: the first row that gives a usable date sets the value;
     * where rows differ, each usable value is a claim (the chosen one preferred).
     */
    const column = (col: keyof PartyRow, field: string, into: ClaimRecord[]): DateField => {
      const read = rows.map((r) => ({ r, f: dateField(report, r.row[col], field, { file: "parties", row: r.n, column: col }) }));
      const usable = read.filter((x) => x.f.value !== undefined);
      const chosen = usable[0]?.f ?? {};
      const raws = [...new Set(usable.map((x) => x.r.row[col].trim()))];
      if (raws.length > 1) {
        const first = usable[0].r.row[col].trim();
        into.push({ field, value: first, source: GGO_SOURCE_ID, preferred: true, note: "The first of this state's rows on the agreement that gives this date." });
        for (const v of raws.slice(1)) into.push({ field, value: v, source: GGO_SOURCE_ID, preferred: false, note: "Another row for the same state on this agreement gives this value." });
      } else if (chosen.claim) into.push(chosen.claim);
      return chosen;
    };
    const signed = column("StateSignature", "signedOn", claims);
    const ratified = column("StateRatification", "date", stageClaims);
    const force = column("StateForce", "enteredIntoForceOn", claims);
    const ended = column("StateEnd", "endedOn", claims);
    const notes = [...new Set(rows.map((r) => r.row.Comments.trim()).filter(Boolean))].join(" | ");
    const stageId = `${d.record.id}:${code.toLowerCase()}:ggo-ratification`;
    parties.set(code, {
      country: code,
      ...(signed.value ? { signedOn: signed.value } : {}),
      ...(signed.certainty ? { signedOnCertainty: signed.certainty } : {}),
      ...(force.value ? { enteredIntoForceOn: force.value } : {}),
      ...(force.certainty ? { enteredIntoForceCertainty: force.certainty } : {}),
      ...(ended.value ? { endedOn: ended.value } : {}),
      ...(ended.certainty ? { endedOnCertainty: ended.certainty } : {}),
      ...(notes ? { notes } : {}),
      stages: ratified.value
        ? [
            {
              id: stageId,
              body: `${input.partyNames.get(code) ?? code}: ratification, accession, acceptance or approval`,
              kind: "OTHER",
              date: ratified.value,
              ...(ratified.certainty ? { dateCertainty: ratified.certainty } : {}),
              outcome: "APPROVED",
              completesRatification: true,
              note: "GGO's StateRatification: the date this party ratified, acceded to, accepted or approved the agreement.",
              sources: [GGO_SOURCE_ID],
              claims: stageClaims,
            },
          ]
        : [],
      claims,
    });
  }
  // Treaty-level columns of the party file: the agreements file wins; other values are claims.
  for (const [field, set] of treatyLevel) {
    const value = field === "title" ? d.record.title : (d.record as Record<string, unknown>)[field];
    if (value === undefined) continue;
    report.treatyFieldDisagreements++;
    if (!d.record.claims.some((c) => c.field === field)) d.record.claims.push({ field, value: field === "title" ? String(value) : own[field], source: GGO_SOURCE_ID, preferred: true, note: "From GGO's agreements file, which wins on treaty-level fields." });
    for (const v of set) d.record.claims.push({ field, value: clip(v, 2000), source: GGO_SOURCE_ID, preferred: false, note: "From the treaty columns of GGO's party rows; the agreements file wins." });
  }
  d.record.parties = [...parties.values()].sort((a, b) => a.country.localeCompare(b.country));

  const codes = treatyIdCodes(d.treatyId);
  const fromId = codes.map((c) => resolveStateId(c, input.iso3ToAlpha2));
  if (d.partyRows.length === 0) {
    report.agreements.withoutPartyRows++;
    const unresolved = codes.filter((_, i) => !fromId[i].code);
    if (codes.length >= 2 && unresolved.length === 0) {
      report.agreements.inferredParties++;
      d.record.parties = [...new Set(fromId.map((r) => r.code!))].sort().map((code) => ({
        country: code,
        stages: [],
        claims: [{ field: "country", value: code, source: GGO_SOURCE_ID, preferred: true, note: `Inferred from the codes in the treatyID ${d.treatyId}: GGO has no party rows for this agreement.` }],
      }));
    } else report.inferenceGaps.push({ agreement: d.record.id, treatyID: d.treatyId, unresolved: codes.length >= 2 ? unresolved : [codes.length ? "(the treatyID names one code: not enough to infer the parties of an agreement)" : "(the treatyID names no state codes)"] });
  } else if (codes.length >= 2 && fromId.every((r) => r.code)) {
    const a = [...new Set(fromId.map((r) => r.code!))].sort();
    const b = d.record.parties.map((p) => p.country);
    if (a.some((c) => !b.includes(c))) report.partyDisagreements.push({ agreement: d.record.id, treatyID: d.treatyId, fromTreatyId: a, fromPartyRows: b });
  }
}

/** GGO's record merged into the curated one: curated values stay preferred; GGO's differing values become claims. */
export function mergeIntoCurated(curated: AgreementRecord, ggo: AgreementRecord): AgreementRecord {
  const out: AgreementRecord = structuredClone(curated);
  const source = out.sources[0];
  if (!out.sources.includes(GGO_SOURCE_ID)) out.sources.push(GGO_SOURCE_ID);
  for (const field of ["title", "signedOn", "enteredIntoForceOn", "endedOn", "termEndsOn", "signedAt"] as const) {
    const mine = out[field];
    const theirs = ggo[field];
    if (theirs === undefined) continue;
    if (mine === undefined) {
      (out as Record<string, unknown>)[field] = theirs;
      continue;
    }
    if (String(mine) === String(theirs)) continue;
    if (!out.claims.some((c) => c.field === field && c.preferred)) out.claims.push({ field, value: String(mine), source, preferred: true, note: "The curated record's value, preferred over the GGO dataset's." });
    out.claims.push({ field, value: String(theirs), source: GGO_SOURCE_ID, preferred: false, note: "The GGO dataset's value; the curated record is preferred." });
  }
  for (const key of ["treatyId", "depository", "ambit", "geography", "textUrl", "notes"] as const) if (out[key] === undefined && ggo[key] !== undefined) (out as Record<string, unknown>)[key] = ggo[key];
  if (!out.languages?.length && ggo.languages?.length) out.languages = ggo.languages;
  const byCode = new Map(out.parties.map((p) => [p.country, p]));
  for (const gp of ggo.parties) {
    const cp = byCode.get(gp.country);
    if (!cp) {
      out.parties.push(structuredClone(gp));
      continue;
    }
    for (const field of ["signedOn", "enteredIntoForceOn", "endedOn"] as const) {
      if (gp[field] === undefined) continue;
      if (cp[field] === undefined) cp[field] = gp[field];
      else if (cp[field] !== gp[field]) {
        cp.claims ??= [];
        if (!cp.claims.some((c) => c.field === field && c.preferred)) cp.claims.push({ field, value: cp[field]!, source, preferred: true, note: "The curated record's value, preferred over the GGO dataset's." });
        cp.claims.push({ field, value: gp[field]!, source: GGO_SOURCE_ID, preferred: false, note: "The GGO dataset's value; the curated record is preferred." });
      }
    }
    // GGO's ratification date stays a claim on the curated completing stage, never a second stage.
    const ggoStage = gp.stages[0];
    const completing = cp.stages.find((s) => s.completesRatification);
    if (ggoStage?.date && completing && completing.date !== ggoStage.date) {
      if (!completing.claims.some((c) => c.field === "date" && c.preferred) && completing.date) completing.claims.push({ field: "date", value: completing.date, source: completing.sources[0], preferred: true, note: "The curated record's value, preferred over the GGO dataset's." });
      completing.claims.push({ field: "date", value: ggoStage.date, source: GGO_SOURCE_ID, preferred: false, note: "GGO's StateRatification; the curated record is preferred." });
      if (!completing.sources.includes(GGO_SOURCE_ID)) completing.sources.push(GGO_SOURCE_ID);
    } else if (ggoStage && !completing && cp.stages.length === 0) cp.stages.push(structuredClone(ggoStage));
  }
  out.parties.sort((a, b) => a.country.localeCompare(b.country));
  return out;
}
