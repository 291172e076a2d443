import { FULL_DATE_RULE, isFullDate, isPartialDate } from "../lib/dates.js";
import { readMessyDate } from "../lib/messydate.js";
import type { ClaimRecord, RelationsDataset } from "./dataset.types.js";

/** A claim that keeps a date's raw extended notation ("1897-05-15?") stands for the partial date it reads as. */
function notationAsPartial(value: string): string | null {
  const d = readMessyDate(value);
  if (d?.kind !== "date") return null;
  return d.precision === "YEAR" ? d.date.slice(0, 4) : d.precision === "MONTH" ? d.date.slice(0, 7) : d.date;
}

/**
 * Each field with claims has exactly one preferred claim, whose value equals the record's value;
 * every claim names a known source, and a conflicting claim carries a note saying why.
 */
export function checkClaims(where: string, record: object, list: ClaimRecord[], sources: Set<string>): string[] {
  const problems: string[] = [];
  const fields = new Map<string, ClaimRecord[]>();
  for (const c of list) {
    if (!sources.has(c.source)) problems.push(`${where} claim on ${c.field}: unknown source "${c.source}"`);
    fields.set(c.field, [...(fields.get(c.field) ?? []), c]);
  }
  for (const [field, cs] of fields) {
    const preferred = cs.filter((c) => c.preferred);
    if (preferred.length !== 1) problems.push(`${where}.${field}: ${preferred.length} preferred claims, need exactly 1`);
    const value = (record as Record<string, unknown>)[field];
    if (preferred[0] && value !== undefined && String(value) !== preferred[0].value && String(value) !== notationAsPartial(preferred[0].value)) {
      problems.push(`${where}.${field}: preferred claim says "${preferred[0].value}" but the record holds "${String(value)}"`);
    }
    if (cs.some((c) => c.value !== preferred[0]?.value && !c.note)) problems.push(`${where}.${field}: a conflicting claim has no note`);
  }
  return problems;
}

/**
 * Checks a dataset before anything is written: every reference resolves, dates are real, and each
 * field with claims has exactly one preferred claim whose value equals the record's value.
 * Returns every problem found, so one run names them all.
 */
export function validateRelationsDataset(d: RelationsDataset, countryCodes: Set<string>): string[] {
  const problems: string[] = [];
  const sources = new Set(d.sources.map((s) => s.id));
  const topics = new Set(d.topics.map((t) => t.code));
  const people = new Set(d.people.map((p) => p.id));
  const agreements = new Set(d.agreements.map((a) => a.id));
  const seen = new Set<string>();
  const unique = (kind: string, id: string) => {
    if (seen.has(`${kind}:${id}`)) problems.push(`${kind} ${id}: duplicate id`);
    seen.add(`${kind}:${id}`);
  };
  const src = (where: string, id: string) => sources.has(id) || problems.push(`${where}: unknown source "${id}"`);
  // The same rule as the Date scalar of the write path (isFullDate), so import and write agree.
  const partial = (where: string, v: string | undefined) =>
    v === undefined || isPartialDate(v) || problems.push(`${where}: "${v}" is not a YYYY, YYYY-MM or YYYY-MM-DD date (a date is ${FULL_DATE_RULE})`);
  const full = (where: string, v: string | undefined) => v === undefined || isFullDate(v) || problems.push(`${where}: "${v}" is not ${FULL_DATE_RULE}`);
  const claims = (where: string, record: object, list: ClaimRecord[]) => problems.push(...checkClaims(where, record, list, sources));

  d.sources.forEach((s) => {
    unique("source", s.id);
    full(`source ${s.id}.publishedOn`, s.publishedOn);
    full(`source ${s.id}.accessedOn`, s.accessedOn);
  });
  d.topics.forEach((t) => unique("topic", t.code));
  for (const p of d.people) {
    unique("person", p.id);
    for (const o of p.offices) {
      unique("office", o.id);
      if (o.country && !countryCodes.has(o.country)) problems.push(`office ${o.id}: unknown country "${o.country}"`);
      partial(`office ${o.id}.from`, o.from);
      partial(`office ${o.id}.to`, o.to);
      o.sources.forEach((s) => src(`office ${o.id}`, s));
    }
  }
  for (const a of d.agreements) {
    const where = `agreement ${a.id}`;
    unique("agreement", a.id);
    partial(`${where}.signedOn`, a.signedOn);
    partial(`${where}.enteredIntoForceOn`, a.enteredIntoForceOn);
    partial(`${where}.terminatedOn`, a.terminatedOn);
    partial(`${where}.endedOn`, a.endedOn);
    partial(`${where}.termEndsOn`, a.termEndsOn);
    full(`${where}.signedOnUntil`, a.signedOnUntil);
    full(`${where}.enteredIntoForceUntil`, a.enteredIntoForceUntil);
    if (a.parent && !agreements.has(a.parent)) problems.push(`${where}: parent is an unknown agreement "${a.parent}"`);
    if (a.parent === a.id) problems.push(`${where}: is its own parent`);
    const partyCodes = new Set<string>();
    if (a.supersedes && !agreements.has(a.supersedes)) problems.push(`${where}: supersedes unknown agreement "${a.supersedes}"`);
    a.topics.forEach((t) => topics.has(t) || problems.push(`${where}: unknown topic "${t}"`));
    a.sources.forEach((s) => src(where, s));
    if (a.sources.length === 0) problems.push(`${where}: names no source`);
    claims(where, a, a.claims);
    for (const party of a.parties) {
      if (!countryCodes.has(party.country)) problems.push(`${where}: unknown party country "${party.country}"`);
      if (partyCodes.has(party.country)) problems.push(`${where}: party ${party.country} is listed twice`);
      partyCodes.add(party.country);
      partial(`${where} ${party.country}.signedOn`, party.signedOn);
      partial(`${where} ${party.country}.enteredIntoForceOn`, party.enteredIntoForceOn);
      partial(`${where} ${party.country}.endedOn`, party.endedOn);
      claims(`${where} ${party.country}`, party, party.claims ?? []);
      if (party.signatory && !people.has(party.signatory)) problems.push(`${where}: unknown signatory "${party.signatory}"`);
      if (party.stages.filter((s) => s.completesRatification).length > 1) problems.push(`${where} ${party.country}: several completing stages`);
      for (const s of party.stages) {
        const sw = `stage ${s.id}`;
        unique("stage", s.id);
        partial(`${sw}.date`, s.date);
        full(`${sw}.notAfter`, s.notAfter);
        for (const v of [s.votesFor, s.votesAgainst, s.votesAbstaining, s.votesPresent]) {
          if (v !== undefined && (!Number.isInteger(v) || v < 0)) problems.push(`${sw}: votes must be whole numbers >= 0`);
        }
        if (s.sources.length === 0) problems.push(`${sw}: names no source`);
        s.sources.forEach((x) => src(sw, x));
        claims(sw, s, s.claims);
      }
    }
    for (const c of a.clauses) {
      unique("clause", c.id);
      c.topics.forEach((t) => topics.has(t) || problems.push(`clause ${c.id}: unknown topic "${t}"`));
      if (c.sources.length === 0) problems.push(`clause ${c.id}: names no source`);
      c.sources.forEach((s) => src(`clause ${c.id}`, s));
    }
  }
  for (const s of d.statements) {
    unique("statement", s.id);
    if (!people.has(s.speaker)) problems.push(`statement ${s.id}: unknown speaker "${s.speaker}"`);
    if (s.agreement && !agreements.has(s.agreement)) problems.push(`statement ${s.id}: unknown agreement "${s.agreement}"`);
    full(`statement ${s.id}.date`, s.date);
    src(`statement ${s.id}`, s.source);
  }
  return problems;
}
