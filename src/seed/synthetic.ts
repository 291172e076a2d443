import type { DataSource } from "typeorm";
import { isoCountries } from "./countries.js";
import type { CorridorRecord, CorridorsDataset } from "./corridors.types.js";
import { relationsDataset } from "./curated.js";
import type { AgreementRecord, RelationsDataset, SourceRecord, StageRecord } from "./dataset.types.js";

/**
 * Synthetic data for benchmarks, beside the real dataset: deterministic for a seed, every id
 * starting "syn-", every source published by SYNTHETIC_PUBLISHER, and removable in one command.
 * At scale 1: about 2,000 agreements with 10 clauses, 2–6 parties and 2–4 stages per party each,
 * and 20 corridors of 30 nodes and 40 segments each. Scale 10 multiplies it.
 */
export const SYNTHETIC_PREFIX = "syn-";
export const SYNTHETIC_PUBLISHER = "Synthetic data (relations-graph benchmark)";

/** mulberry32: small, fast and deterministic. */
function rng(seed: number) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (lo: number, hi: number) => lo + Math.floor(next() * (hi - lo + 1)),
    pick: <T>(xs: readonly T[]) => xs[Math.floor(next() * xs.length)],
    sample: <T>(xs: readonly T[], n: number) => {
      const copy = [...xs];
      for (let i = copy.length - 1; i > 0; i--) {
        const j = Math.floor(next() * (i + 1));
        [copy[i], copy[j]] = [copy[j], copy[i]];
      }
      return copy.slice(0, n);
    },
  };
}

const pad = (n: number, w = 5) => String(n).padStart(w, "0");
const day = (r: ReturnType<typeof rng>, fromYear: number, toYear: number) =>
  `${r.int(fromYear, toYear)}-${String(r.int(1, 12)).padStart(2, "0")}-${String(r.int(1, 28)).padStart(2, "0")}`;
const plusDays = (date: string, days: number) => new Date(Date.parse(`${date}T00:00:00Z`) + days * 86400000).toISOString().slice(0, 10);

export function syntheticDataset(scale: number, seed = 1): { relations: RelationsDataset; corridors: CorridorsDataset } {
  const r = rng(seed);
  const countries = isoCountries().map((c) => c.code);
  const topics = relationsDataset.topics.map((t) => t.code);
  const sources: SourceRecord[] = Array.from({ length: Math.max(10, Math.round(200 * scale)) }, (_, i) => ({
    id: `${SYNTHETIC_PREFIX}source-${pad(i)}`,
    title: `Synthetic report ${i}`,
    publisher: SYNTHETIC_PUBLISHER,
    publishedOn: day(r, 1995, 2025),
    excerpt: "Generated for benchmarks; not a real source.",
  }));
  const kinds = ["TREATY", "AGREEMENT", "MEMORANDUM", "PROTOCOL", "PROGRAMME", "DECLARATION"] as const;
  const words = ["energy", "trade", "transport", "security", "science", "culture", "finance", "agriculture", "health", "water", "customs", "tourism"];
  const agreements: AgreementRecord[] = [];
  const n = Math.max(1, Math.round(2000 * scale));
  for (let i = 0; i < n; i++) {
    const id = `${SYNTHETIC_PREFIX}agreement-${pad(i, 6)}`;
    const signedOn = day(r, 1990, 2025);
    const parties = r.sample(countries, r.int(2, 6)).sort();
    const src = () => r.pick(sources).id;
    const inForce = r.next() < 0.7;
    const enteredIntoForceOn = inForce ? plusDays(signedOn, r.int(30, 700)) : undefined;
    agreements.push({
      id,
      title: `Synthetic ${r.pick(kinds).toLowerCase()} on ${r.pick(words)} and ${r.pick(words)} no. ${i}`,
      alternativeTitles: [],
      kind: r.pick(kinds),
      signedOn,
      enteredIntoForceOn,
      termYears: r.next() < 0.5 ? r.int(5, 30) : undefined,
      renewalKind: r.pick(["AUTOMATIC", "BY_AGREEMENT", "NONE"] as const),
      topics: r.sample(topics, r.int(1, 4)).sort(),
      sources: [src()],
      claims: [{ field: "signedOn", value: signedOn, source: src(), preferred: true }],
      parties: parties.map((country) => {
        const stages: StageRecord[] = [];
        let date = signedOn;
        const count = r.int(2, 4);
        for (let s = 0; s < count; s++) {
          date = plusDays(date, r.int(5, 120));
          stages.push({
            id: `${id}-${country.toLowerCase()}-stage-${s}`,
            body: ["Lower house", "Upper house", "Constitutional review", "Head of state"][s] ?? "Other",
            kind: (["LOWER_HOUSE", "UPPER_HOUSE", "CONSTITUTIONAL_REVIEW", "HEAD_OF_STATE"] as const)[s] ?? "OTHER",
            date: enteredIntoForceOn && date > enteredIntoForceOn ? enteredIntoForceOn : date,
            outcome: "APPROVED",
            completesRatification: s === count - 1,
            votesFor: s === 0 ? r.int(100, 400) : undefined,
            sources: [src()],
            claims: [],
          });
        }
        return { country, stages };
      }),
      clauses: Array.from({ length: 10 }, (_, c) => ({
        id: `${id}-art-${c + 1}`,
        number: String(c + 1),
        summary: `The parties cooperate on ${r.pick(words)} and ${r.pick(words)} (synthetic article ${c + 1}).`,
        obligation: r.pick(["COMMITMENT", "COOPERATION", "CONSULTATION", "DECLARATION"] as const),
        topics: r.sample(topics, r.int(1, 2)).sort(),
        verified: false,
        sources: [src()],
      })),
    });
  }

  const corridors: CorridorRecord[] = [];
  const nCorridors = Math.max(1, Math.round(20 * scale));
  for (let c = 0; c < nCorridors; c++) {
    const id = `${SYNTHETIC_PREFIX}corridor-${pad(c, 3)}`;
    const members = r.sample(countries, r.int(3, 8)).sort();
    const nodes = Array.from({ length: 30 }, (_, k) => ({
      id: `${SYNTHETIC_PREFIX}c${pad(c, 3)}-node-${pad(k, 2)}`,
      name: `Synthetic node ${c}.${k}`,
      kind: r.pick(["PORT", "RAIL_HUB", "BORDER_CROSSING", "CITY", "DRY_PORT"] as const),
      country: r.pick(members),
      latitude: Math.round((r.next() * 120 - 50) * 1e4) / 1e4,
      longitude: Math.round((r.next() * 300 - 150) * 1e4) / 1e4,
      coordinatesSource: r.pick(sources).id,
      sources: [],
    }));
    // A chain through every node, then random chords: connected, with alternatives.
    const edges = new Set<string>();
    const segments = [];
    for (let k = 0; k < 40; k++) {
      let a = k < 29 ? k : r.int(0, 29);
      let b = k < 29 ? k + 1 : r.int(0, 29);
      if (a === b) b = (a + 2) % 30;
      if (a > b) [a, b] = [b, a];
      const mode = r.pick(["RAIL", "ROAD", "SEA"] as const);
      const sid = `${nodes[a].id}--${nodes[b].id}--${mode.toLowerCase()}`;
      if (edges.has(sid)) continue;
      edges.add(sid);
      segments.push({
        id: sid,
        from: nodes[a].id,
        to: nodes[b].id,
        mode,
        status: r.next() < 0.85 ? ("OPERATIONAL" as const) : ("UNDER_CONSTRUCTION" as const),
        lengthKm: r.next() < 0.5 ? r.int(20, 900) : undefined,
        sources: [r.pick(sources).id],
        claims: [],
      });
    }
    corridors.push({
      id,
      name: `Synthetic corridor ${c}`,
      sources: [r.pick(sources).id],
      claims: [],
      members: members.map((country, k) => ({ country, role: k === 0 ? ("FOUNDER" as const) : ("MEMBER" as const), sources: [], claims: [] })),
      nodes,
      segments,
      routes: [{ id: `${id}-main`, name: "Main line", segments: segments.slice(0, 29).map((s) => s.id) }],
    });
  }
  return {
    relations: { sources, topics: relationsDataset.topics, people: [], agreements, statements: [] },
    corridors: { corridors },
  };
}

/** What a synthetic dataset holds, for the command line. */
export function describeSynthetic(data: ReturnType<typeof syntheticDataset>): string {
  return `${data.relations.agreements.length} agreements, ${data.corridors.corridors.length} corridors`;
}

/** Deletes every synthetic record from both subgraphs (dependent rows go with them by foreign key). */
export async function removeSynthetic({ relations, corridors }: { relations: DataSource; corridors: DataSource }): Promise<void> {
  const like = `${SYNTHETIC_PREFIX}%`;
  await corridors.transaction(async (m) => {
    for (const t of ["claim", "source_ref", "audit_entry"]) await m.query(`DELETE FROM corridors.${t} WHERE record_id LIKE $1`, [like]);
    await m.query(`DELETE FROM corridors.trade_corridor WHERE id LIKE $1`, [like]);
    await m.query(`DELETE FROM corridors.corridor_node WHERE id LIKE $1`, [like]);
  });
  await relations.transaction(async (m) => {
    await m.query(`DELETE FROM relations.claim WHERE record_id LIKE $1`, [like]);
    await m.query(`DELETE FROM relations.agreement WHERE id LIKE $1`, [like]);
    await m.query(`DELETE FROM relations.source WHERE id LIKE $1`, [like]);
  });
}
