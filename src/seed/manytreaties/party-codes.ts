import { packageRoot } from "../../lib/package-root.js";
/**
 * Party keys for the manytreaties GGO import.
 *
 * GGO's `stateID` is mostly an ISO 3166-1 alpha-3 code; the rest (former states, the coders' own codes,
 * international organisations written out, German Länder, ...) are listed in
 * data/manytreaties/state-aliases.csv (stateID -> key, with a reason), and every key that is not a current
 * ISO state is described in data/non-state-parties.csv (kind, names, old ISO codes, dates, reason).
 */
import { PARTY_KEY } from "../../lib/party-code.js";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { parse } from "csv-parse/sync";

export type PartyKind = "UNLISTED_STATE" | "FORMER_STATE" | "ORGANIZATION" | "SUBNATIONAL";

const PARTY_KINDS: readonly PartyKind[] = ["UNLISTED_STATE", "FORMER_STATE", "ORGANIZATION", "SUBNATIONAL"];

/** A party that is not a current ISO 3166-1 state (one line of data/non-state-parties.csv). */
export interface NonStateParty {
  /** Its key (matches PARTY_CODE). */
  code: string;
  kind: PartyKind;
  name: string;
  officialName: string;
  /** The ISO 3166-1 alpha-3 code it had (YUG), if any. */
  iso3: string | null;
  /** The ISO 3166-1 alpha-2 code it had (YU), if any. */
  alpha2Former: string | null;
  /** YYYY or YYYY-MM-DD: when it came into being, where known. */
  from: string | null;
  /** YYYY or YYYY-MM-DD: when it ceased to exist, where known. */
  to: string | null;
  /** Why it has this key and kind. */
  reason: string;
}

/**
 * The form of a party (Country) key:
 * - `[A-Z]{2}`: a current state's ISO 3166-1 alpha-2 code (`FR`), or Kosovo's user-assigned `XK`;
 * - `[A-Z]{4}`: a former state's ISO 3166-3 alpha-4 code (`YUCS`, `CSHH`, `DDDE`), or, for a historical state
 *   ISO never coded, `X` plus three letters (`XPRU`; ISO 3166-3 uses no X-initial code);
 * - (a sub-national party uses its ISO 3166-2 code without the hyphen, `DEBY`, `AEAZ`: four letters);
 * - `ORG-[A-Z0-9]{2,12}`: an international organisation, `ORG-` plus its acronym in capitals (`ORG-EU`, `ORG-IAEA`).
 */
export const PARTY_CODE = new RegExp(`^${PARTY_KEY}$`);

/** The alias code meaning "no party": the value names no party and its row is refused. */
export const NO_PARTY = "-";

const DATE = /^\d{4}(?:-\d{2}-\d{2})?$/;


export const NON_STATE_PARTIES_FILE = "data/non-state-parties.csv";
export const STATE_ALIASES_FILE = "data/manytreaties/state-aliases.csv";

function readCsv(relative: string, header: readonly string[]): { rows: Record<string, string>[]; file: string } {
  const file = join(packageRoot(), relative);
  const records: string[][] = parse(readFileSync(file, "utf8"), { bom: true, skip_empty_lines: true });
  const [head, ...body] = records;
  if (!head || head.join(",") !== header.join(",")) throw new Error(`${file}: the header must be ${header.join(",")}`);
  const rows = body.map((r, i) => {
    if (r.length !== header.length) throw new Error(`${file}, line ${i + 2}: ${r.length} fields, expected ${header.length}`);
    return Object.fromEntries(header.map((h, j) => [h, r[j].trim()]));
  });
  return { rows, file };
}

const orNull = (v: string): string | null => (v === "" ? null : v);

/** The non-state parties of data/non-state-parties.csv; throws on a malformed or duplicate line. */
export function loadNonStateParties(): NonStateParty[] {
  const header = ["code", "kind", "name", "officialName", "iso3", "alpha2Former", "from", "to", "reason"] as const;
  const { rows, file } = readCsv(NON_STATE_PARTIES_FILE, header);
  const seen = new Set<string>();
  return rows.map((r, i) => {
    const where = `${file}, line ${i + 2}`;
    if (!PARTY_CODE.test(r.code)) throw new Error(`${where}: "${r.code}" is not a party key`);
    if (seen.has(r.code)) throw new Error(`${where}: ${r.code} is listed twice`);
    seen.add(r.code);
    if (!PARTY_KINDS.includes(r.kind as PartyKind)) throw new Error(`${where}: kind "${r.kind}" is not one of ${PARTY_KINDS.join(", ")}`);
    if (!r.name || !r.reason) throw new Error(`${where}: name and reason are required`);
    if (r.iso3 && !/^[A-Z]{3}$/.test(r.iso3)) throw new Error(`${where}: iso3 "${r.iso3}" is not an alpha-3 code`);
    if (r.alpha2Former && !/^[A-Z]{2}$/.test(r.alpha2Former)) throw new Error(`${where}: alpha2Former "${r.alpha2Former}" is not an alpha-2 code`);
    for (const d of [r.from, r.to]) if (d && !DATE.test(d)) throw new Error(`${where}: "${d}" is not YYYY or YYYY-MM-DD`);
    return {
      code: r.code,
      kind: r.kind as PartyKind,
      name: r.name,
      officialName: r.officialName || r.name,
      iso3: orNull(r.iso3),
      alpha2Former: orNull(r.alpha2Former),
      from: orNull(r.from),
      to: orNull(r.to),
      reason: r.reason,
    };
  });
}

/** GGO stateID -> party key (or "-", no party) and why, from data/manytreaties/state-aliases.csv. */
export function loadStateAliases(): Map<string, { code: string; reason: string }> {
  const { rows, file } = readCsv(STATE_ALIASES_FILE, ["stateID", "code", "reason"]);
  const aliases = new Map<string, { code: string; reason: string }>();
  rows.forEach((r, i) => {
    const where = `${file}, line ${i + 2}`;
    if (!r.stateID) throw new Error(`${where}: empty stateID`);
    if (aliases.has(r.stateID)) throw new Error(`${where}: stateID "${r.stateID}" is listed twice`);
    if (r.code !== NO_PARTY && !PARTY_CODE.test(r.code)) throw new Error(`${where}: "${r.code}" is neither a party key nor "${NO_PARTY}"`);
    if (!r.reason) throw new Error(`${where}: reason is required`);
    aliases.set(r.stateID, { code: r.code, reason: r.reason });
  });
  return aliases;
}

let aliasCache: Map<string, { code: string; reason: string }> | undefined;

export type StateIdResolution =
  | { code: string; via: "iso3" | "alias"; reason?: string }
  | { code: null; reason: string };

/**
 * The party key of a GGO stateID: a current ISO alpha-3 code gives that state's alpha-2 (via "iso3"); otherwise
 * the alias file decides (via "alias", with its reason). `code: null` for a value aliased to "-" (names no party;
 * the alias's reason) and for a value in neither ("unknown stateID"). The value is matched exactly.
 * The alias file is read once per process.
 */
export function resolveStateId(stateId: string, iso3ToAlpha2: Map<string, string>): StateIdResolution {
  const alpha2 = iso3ToAlpha2.get(stateId);
  if (alpha2) return { code: alpha2, via: "iso3" };
  aliasCache ??= loadStateAliases();
  const alias = aliasCache.get(stateId);
  if (!alias) return { code: null, reason: "unknown stateID" };
  if (alias.code === NO_PARTY) return { code: null, reason: alias.reason };
  return { code: alias.code, via: "alias", reason: alias.reason };
}
