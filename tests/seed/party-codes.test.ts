import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { gunzipSync } from "node:zlib";
import { parse } from "csv-parse/sync";
import { iso31662, iso31663 } from "iso-3166";
import { describe, expect, it } from "vitest";
import { isoCountries } from "../../src/seed/countries.js";
import {
  NO_PARTY,
  PARTY_CODE,
  loadNonStateParties,
  loadStateAliases,
  resolveStateId,
} from "../../src/seed/manytreaties/party-codes.js";

const root = fileURLToPath(new URL("../../", import.meta.url));
const partiesGz = join(root, "data/manytreaties/ggo-parties.csv.gz");
const vendored = existsSync(partiesGz);

const countries = isoCountries();
const iso3ToAlpha2 = new Map(countries.map((c) => [c.iso3, c.code]));
const alpha2 = new Set(countries.map((c) => c.code));

/** Every distinct stateID of the vendored parties file, with its row count. */
function stateIds(): Map<string, number> {
  const rows: { stateID: string }[] = parse(gunzipSync(readFileSync(partiesGz)), { columns: true, bom: true });
  const counts = new Map<string, number>();
  for (const r of rows) counts.set(r.stateID.trim(), (counts.get(r.stateID.trim()) ?? 0) + 1);
  return counts;
}

describe("party keys (data/non-state-parties.csv, data/manytreaties/state-aliases.csv)", () => {
  const parties = loadNonStateParties();
  const aliases = loadStateAliases();
  const byCode = new Map(parties.map((p) => [p.code, p]));

  it("PARTY_CODE accepts the four key forms and nothing else", () => {
    for (const ok of ["FR", "XK", "YUCS", "XPRU", "DEBY", "AEAZ", "ORG-EU", "ORG-EURATOM"]) expect(ok).toMatch(PARTY_CODE);
    for (const bad of ["fr", "FRA", "ORG-", "ORG-eu", "DE-", "DE-BY", "DE-BAYE", "-", "", "YUCSX", "ORG-E", "Bayern"]) expect(bad).not.toMatch(PARTY_CODE);
  });

  it("non-state parties have valid, unique keys that collide with no current ISO alpha-2 code", () => {
    expect(new Set(parties.map((p) => p.code)).size).toBe(parties.length);
    for (const p of parties) {
      expect(p.code).toMatch(PARTY_CODE);
      expect(alpha2.has(p.code), `${p.code} is a current ISO alpha-2 code`).toBe(false);
      expect(p.reason.length).toBeGreaterThan(0);
    }
  });

  it("keys agree with ISO 3166-3 and 3166-2 (iso-3166), and X keys are unused by ISO 3166-3", () => {
    const former = new Map(iso31663.map((e) => [e.alpha4, e]));
    const subdivisions = new Set(iso31662.map((e) => e.code));
    for (const p of parties) {
      const iso = former.get(p.code);
      if (p.kind === "FORMER_STATE" && iso) {
        expect([p.code, p.iso3, p.alpha2Former]).toEqual([iso.alpha4, iso.from.alpha3, iso.from.alpha2]);
      } else if (p.kind === "FORMER_STATE") {
        expect(p.code, `${p.code}: a former state without an ISO 3166-3 code needs an X key`).toMatch(/^X[A-Z]{3}$/);
        expect([p.iso3, p.alpha2Former]).toEqual([null, null]);
      }
      if (/^[A-Z]{4}$/.test(p.code)) expect(["FORMER_STATE", "SUBNATIONAL"]).toContain(p.kind);
      if (p.kind === "SUBNATIONAL") expect(subdivisions.has(`${p.code.slice(0, 2)}-${p.code.slice(2)}`), `${p.code} is not an ISO 3166-2 code without its hyphen`).toBe(true);
      if (p.kind === "ORGANIZATION") expect(p.code).toMatch(/^ORG-/);
      if (p.kind === "UNLISTED_STATE") expect(p.code).toMatch(/^[A-Z]{2}$/);
    }
    expect([...former.keys()].filter((k) => k.startsWith("X"))).toEqual([]);
  });

  it("every alias names a known key (or '-') and no alias shadows a current ISO alpha-3 code", () => {
    for (const [stateId, a] of aliases) {
      expect(iso3ToAlpha2.has(stateId), `${stateId} is a current ISO alpha-3 code and needs no alias`).toBe(false);
      if (a.code === NO_PARTY) continue;
      expect(alpha2.has(a.code) || byCode.has(a.code), `${stateId} -> ${a.code}: no such key`).toBe(true);
    }
  });

  it("resolveStateId: ISO alpha-3, alias, no party and unknown values", () => {
    expect(resolveStateId("FRA", iso3ToAlpha2)).toEqual({ code: "FR", via: "iso3" });
    expect(resolveStateId("YUG", iso3ToAlpha2)).toMatchObject({ code: "YUCS", via: "alias" });
    expect(resolveStateId("ROM", iso3ToAlpha2)).toMatchObject({ code: "RO", via: "alias" });
    expect(resolveStateId("Member countries not listed", iso3ToAlpha2)).toMatchObject({ code: null });
    expect(resolveStateId("Member countries not listed", iso3ToAlpha2).reason).toMatch(/no party/i);
    expect(resolveStateId("QQQ", iso3ToAlpha2)).toEqual({ code: null, reason: "unknown stateID" });
  });

  describe.skipIf(!vendored)("against the vendored GGO parties file (data/manytreaties/ggo-parties.csv.gz)", () => {
    const ids = vendored ? stateIds() : new Map<string, number>();

    it("every stateID resolves to a valid key, unless explicitly aliased to '-'", () => {
      const unresolved: string[] = [];
      for (const id of ids.keys()) {
        const r = resolveStateId(id, iso3ToAlpha2);
        if (r.code === null) {
          if (aliases.get(id)?.code !== NO_PARTY) unresolved.push(id);
          continue;
        }
        expect(r.code, id).toMatch(PARTY_CODE);
        if (r.via === "iso3") expect(alpha2.has(r.code)).toBe(true);
        else expect(r.reason, id).toBeTruthy();
      }
      expect(unresolved).toEqual([]);
    });

    it("every non-ISO key used is in non-state-parties.csv exactly once, and every line there is used", () => {
      const used = new Set<string>();
      for (const id of ids.keys()) {
        const r = resolveStateId(id, iso3ToAlpha2);
        if (r.code && !alpha2.has(r.code)) used.add(r.code);
      }
      for (const code of used) expect(parties.filter((p) => p.code === code), code).toHaveLength(1);
      expect(parties.map((p) => p.code).filter((c) => !used.has(c))).toEqual([]);
    });

    it("every alias line is used by at least one stateID of the file", () => {
      expect([...aliases.keys()].filter((id) => !ids.has(id))).toEqual([]);
    });

    it("every stateID that is not a current ISO alpha-3 code has an alias line", () => {
      expect([...ids.keys()].filter((id) => !iso3ToAlpha2.has(id) && !aliases.has(id))).toEqual([]);
    });
  });
});
