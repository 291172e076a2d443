import { parse } from "csv-parse/sync";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import type { EntityManager } from "typeorm";
import { countryCodeByName, WPI_COUNTRY_ALIASES } from "../lib/countries.js";
import { packageRoot } from "../lib/package-root.js";
import { Port } from "../subgraphs/corridors/port/port.entity.js";
import { normaliseUnlocode } from "../subgraphs/corridors/port/port.service.js";
import { upsert } from "./upsert.js";

/** The vendored World Port Index (data/world-port-index/README.md). */
export const wpiFile = (): string => join(packageRoot(), "data", "world-port-index", "wpi-ports.csv");

/** A value of the index: blank and "Unknown" are null. */
function text(v: string | undefined): string | null {
  const t = (v ?? "").trim();
  return t === "" || t === "Unknown" ? null : t;
}

/** "Yes"/"No" -> true/false; "Unknown" or blank -> null, never false. */
function yesNo(v: string | undefined): boolean | null {
  const t = text(v);
  if (t === "Yes") return true;
  if (t === "No") return false;
  if (t === null) return null;
  throw new Error(`World Port Index: "${t}" is neither Yes, No nor Unknown`);
}

/** A rail link from "Railway" (Small/Medium/Large/None) and "Communications - Rail" (Yes/No): either one marks a link. */
export function railLink(railway: string | undefined, rail: string | undefined): boolean | null {
  const size = text(railway);
  const comm = yesNo(rail);
  if ((size !== null && size !== "None") || comm === true) return true;
  if (size === "None" || comm === false) return false;
  return null;
}

/** A measure in metres to 0.1 m, without the float noise; 0 (the index's "not given") is null. */
function metres(v: string | undefined): number | null {
  const n = Number(text(v) ?? "0");
  if (!Number.isFinite(n)) throw new Error(`World Port Index: "${v}" is not a number`);
  return n === 0 ? null : Math.round(n * 10) / 10;
}

const degrees = (v: string) => Math.round(Number(v) * 1e6) / 1e6;

/** "48520.0" -> "48520"; a fractional number ("12345.5") stays as written. */
function wpiId(v: string): string {
  const t = v.trim();
  if (!/^\d+(\.\d+)?$/.test(t)) throw new Error(`World Port Index: "${v}" is not a port number`);
  return t.replace(/\.0+$/, "");
}

export interface PortsRead {
  ports: Port[];
  /** Country names of the index that map only through WPI_COUNTRY_ALIASES (src/lib/countries.ts), with their port counts. */
  aliased: Map<string, number>;
  /** Rows left out because an earlier row has the same WPI number ("49460" Machilipatnam, "400" Seydhisfjordhur): their line numbers. */
  duplicates: { id: string; line: number }[];
  /** Data rows in the file. */
  rows: number;
}

/**
 * Reads the vendored index; throws on a country name that maps to no ISO code. Two numbers appear
 * twice in the file with differing values; the first row of each is kept (docs/decisions.md).
 */
export function readPorts(file: string = wpiFile()): PortsRead {
  const rows: Record<string, string>[] = parse(readFileSync(file), { columns: true, skip_empty_lines: true });
  const aliased = new Map<string, number>();
  const unmapped = new Map<string, number>();
  const seen = new Set<string>();
  const duplicates: { id: string; line: number }[] = [];
  const ports: Port[] = [];
  rows.forEach((r, i) => {
    const countryName = r["Country Code"].trim();
    let countryCode = countryCodeByName(countryName);
    if (!countryCode && WPI_COUNTRY_ALIASES[countryName]) {
      countryCode = WPI_COUNTRY_ALIASES[countryName];
      aliased.set(countryName, (aliased.get(countryName) ?? 0) + 1);
    }
    if (!countryCode) unmapped.set(countryName, (unmapped.get(countryName) ?? 0) + 1);
    const id = wpiId(r["World Port Index Number"]);
    if (seen.has(id)) {
      duplicates.push({ id, line: i + 2 });
      return;
    }
    seen.add(id);
    const alternates = text(r["Alternate Port Name"]);
    ports.push({
      id,
      unlocode: normaliseUnlocode(r["UN/LOCODE"] ?? ""),
      name: r["Main Port Name"].trim(),
      alternateNames: alternates ? alternates.split(";").map((s) => s.trim()).filter(Boolean) : [],
      countryCode: countryCode ?? "",
      region: text(r["Region Name"]),
      waterBody: text(r["World Water Body"]),
      harborSize: text(r["Harbor Size"]),
      harborType: text(r["Harbor Type"]),
      harborUse: text(r["Harbor Use"]),
      container: yesNo(r["Facilities - Container"]),
      roRo: yesNo(r["Facilities - Ro-Ro"]),
      solidBulk: yesNo(r["Facilities - Solid Bulk"]),
      liquidBulk: yesNo(r["Facilities - Liquid Bulk"]),
      oilTerminal: yesNo(r["Facilities - Oil Terminal"]),
      lngTerminal: yesNo(r["Facilities - LNG Terminal"]),
      railLink: railLink(r["Railway"], r["Communications - Rail"]),
      maxVesselLengthM: metres(r["Maximum Vessel Length (m)"]),
      channelDepthM: metres(r["Channel Depth (m)"]),
      latitude: degrees(r["Latitude"]),
      longitude: degrees(r["Longitude"]),
    } as Port);
  });
  if (unmapped.size) {
    throw new Error(`World Port Index: country names with no ISO code: ${[...unmapped].map(([n, c]) => `"${n}" (${c} ports)`).join(", ")}`);
  }
  return { ports, aliased, duplicates, rows: rows.length };
}

let cached: Port[] | undefined;

/** The index's ports, read once per process. */
export function wpiPorts(): Port[] {
  return (cached ??= readPorts().ports);
}

/** Loads (or refreshes) every port of the index: 500 rows a statement, unchanged rows left alone. */
export async function seedPorts(m: EntityManager): Promise<void> {
  await upsert(m, Port, wpiPorts(), ["id"]);
}
