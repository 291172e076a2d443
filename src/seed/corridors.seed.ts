import type { DataSource, EntityManager } from "typeorm";
import { parsePartialDate } from "../lib/dates.js";
import { CorridorClaim, SourceRef } from "../subgraphs/corridors/claim/claim.entity.js";
import { CorridorMember, TradeCorridor } from "../subgraphs/corridors/corridor/corridor.entity.js";
import { CorridorNode } from "../subgraphs/corridors/node/node.entity.js";
import { CorridorRoute, CorridorSegment, RouteSegment } from "../subgraphs/corridors/segment/segment.entity.js";
import type { ClaimRecord } from "./dataset.types.js";
import type { CorridorsDataset } from "./corridors.types.js";
import { corridorsDataset, relationsDataset } from "./curated.js";
import { upsert } from "./upsert.js";
import { deleteWhereIn, isEmpty } from "../db/entity-columns.js";
import { isoCountries } from "./countries.js";
import { checkClaims } from "./validate.js";
import { seedPorts, wpiPorts } from "./ports.js";
import { readSeaRoutes, routeColumns, type LonLat } from "./sea-routes.js";

export function isCorridorsEmpty(ds: DataSource): Promise<boolean> {
  return isEmpty(ds.manager, TradeCorridor);
}

/** The fields of a node record that every corridor listing it must give alike (all but `sources`). */
const NODE_FIELDS = ["name", "kind", "country", "latitude", "longitude", "coordinatesSource", "port"] as const;

/**
 * Checks the corridors dataset before anything is written. Source ids must exist in the relations
 * dataset (the relations subgraph owns sources); a test also checks they resolve through the graph.
 * Several corridors may list the same node (identical but for its sources), and a route may use a
 * segment another corridor defines, in the file or (`storedSegments`) already in the database.
 */
export function validateCorridorsDataset(
  d: CorridorsDataset,
  sourceIds: Set<string>,
  agreementIds: Set<string>,
  countryCodes: Set<string>,
  storedSegments: Set<string> = new Set(),
): string[] {
  const problems: string[] = [];
  const portIds = new Set(wpiPorts().map((p) => p.id));
  const src = (where: string, id: string) => sourceIds.has(id) || problems.push(`${where}: unknown source "${id}"`);
  const claims = (where: string, record: object, list: ClaimRecord[]) => problems.push(...checkClaims(where, record, list, sourceIds));
  // Segments and routes have one owner: the corridor that defines them.
  const segmentOwner = new Map<string, string>();
  const routeOwner = new Map<string, string>();
  const nodeFirst = new Map<string, { corridor: string; node: CorridorsDataset["corridors"][number]["nodes"][number] }>();
  for (const c of d.corridors) {
    for (const s of c.segments) {
      const owner = segmentOwner.get(s.id);
      if (owner && owner !== c.id) problems.push(`segment ${s.id}: defined by both corridor ${owner} and corridor ${c.id} (a route of one may use the other's)`);
      else segmentOwner.set(s.id, c.id);
    }
    for (const r of c.routes) {
      const owner = routeOwner.get(r.id);
      if (owner && owner !== c.id) problems.push(`route ${r.id}: defined by both corridor ${owner} and corridor ${c.id}`);
      else routeOwner.set(r.id, c.id);
    }
  }
  for (const c of d.corridors) {
    const nodes = new Set(c.nodes.map((n) => n.id));
    if (c.foundingAgreement && !agreementIds.has(c.foundingAgreement)) problems.push(`corridor ${c.id}: unknown founding agreement "${c.foundingAgreement}"`);
    c.sources.forEach((s) => src(`corridor ${c.id}`, s));
    claims(`corridor ${c.id}`, c, c.claims);
    for (const m of c.members) {
      if (!countryCodes.has(m.country)) problems.push(`member ${m.country}: unknown country`);
      if (m.since) {
        try {
          parsePartialDate(m.since);
        } catch {
          problems.push(`member ${m.country}.since: "${m.since}" is not a date`);
        }
      }
      m.sources.forEach((s) => src(`member ${m.country}`, s));
      claims(`member ${m.country}`, m, m.claims);
    }
    for (const n of c.nodes) {
      const first = nodeFirst.get(n.id);
      if (first) {
        // A shared node: stored once, so every corridor must describe it alike (its sources are merged).
        for (const f of NODE_FIELDS) {
          if (first.node[f] !== n[f]) {
            problems.push(`node ${n.id}.${f}: corridor ${first.corridor} gives ${JSON.stringify(first.node[f]) ?? "none"}, corridor ${c.id} ${JSON.stringify(n[f]) ?? "none"}`);
          }
        }
      } else {
        nodeFirst.set(n.id, { corridor: c.id, node: n });
      }
      if (!countryCodes.has(n.country)) problems.push(`node ${n.id}: unknown country "${n.country}"`);
      if (n.port !== undefined && !portIds.has(n.port)) problems.push(`node ${n.id}: unknown World Port Index number "${n.port}"`);
      if (Math.abs(n.latitude) > 90 || Math.abs(n.longitude) > 180) problems.push(`node ${n.id}: coordinates out of range`);
      src(`node ${n.id} coordinates`, n.coordinatesSource);
      n.sources.forEach((s) => src(`node ${n.id}`, s));
    }
    for (const s of c.segments) {
      // The corridor that defines a segment lists both its nodes.
      for (const end of [s.from, s.to]) if (!nodes.has(end)) problems.push(`segment ${s.id}: unknown node "${end}" (corridor ${c.id} does not list it)`);
      if (s.sources.length === 0) problems.push(`segment ${s.id}: names no source`);
      if (s.lengthKm !== undefined && !(s.lengthKm > 0)) problems.push(`segment ${s.id}: lengthKm must be positive`);
      s.sources.forEach((x) => src(`segment ${s.id}`, x));
      claims(`segment ${s.id}`, s, s.claims);
    }
    for (const r of c.routes) {
      for (const id of r.segments) if (!segmentOwner.has(id) && !storedSegments.has(id)) problems.push(`route ${r.id}: unknown segment "${id}"`);
    }
  }
  return problems;
}

/** Loads the corridors dataset in one transaction; idempotent like the relations seed. */
export async function seedCorridors(
  ds: DataSource,
  dataset: CorridorsDataset = corridorsDataset,
  opts: { checked?: boolean; within?: EntityManager } = {},
): Promise<void> {
  if (!opts.checked) {
    // The shipped dataset cites the shipped relations dataset; an import checks against the file and the database instead.
    const problems = validateCorridorsDataset(
      dataset,
      new Set(relationsDataset.sources.map((s) => s.id)),
      new Set(relationsDataset.agreements.map((a) => a.id)),
      new Set(isoCountries().map((c) => c.code)),
    );
    if (problems.length) throw new Error(`The corridors dataset is invalid:\n  ${problems.join("\n  ")}`);
  }

  const transaction = (work: (m: EntityManager) => Promise<void>) => (opts.within ? work(opts.within) : ds.transaction(work));
  const seaRoutes = readSeaRoutes();
  await transaction(async (m) => {
    // Reference data, not in the dataset file: the World Port Index, before the nodes that link to it.
    await seedPorts(m);
    const corridors = dataset.corridors;
    // A node several corridors list is one row, with the union of their sources (they agree on the rest).
    const nodes = new Map<string, { node: CorridorsDataset["corridors"][number]["nodes"][number]; sources: Set<string> }>();
    for (const n of corridors.flatMap((c) => c.nodes)) {
      const known = nodes.get(n.id);
      if (known) n.sources.forEach((s) => known.sources.add(s));
      else nodes.set(n.id, { node: n, sources: new Set(n.sources) });
    }
    const members = corridors.flatMap((c) => c.members.map((mb) => ({ ...mb, corridorId: c.id, id: `${c.id}:${mb.country.toLowerCase()}` })));
    const segments = corridors.flatMap((c) => c.segments.map((s) => ({ ...s, corridorId: c.id })));
    const routes = corridors.flatMap((c) => c.routes.map((r) => ({ ...r, corridorId: c.id })));
    await upsert(m, TradeCorridor, corridors.map((c) => ({ id: c.id, name: c.name, acronym: c.acronym ?? null, description: c.description ?? null,
      lengthKm: c.lengthKm ?? null, foundingAgreementId: c.foundingAgreement ?? null }) as TradeCorridor), ["id"]);
    await upsert(m, CorridorNode, [...nodes.values()].map(({ node: n }) => ({ id: n.id, name: n.name, kind: n.kind, countryCode: n.country,
      latitude: n.latitude, longitude: n.longitude, portId: n.port ?? null, coordinatesSourceId: n.coordinatesSource }) as CorridorNode), ["id"]);
    await upsert(m, CorridorMember, members.map((mb) => {
      const since = mb.since ? parsePartialDate(mb.since) : null;
      return { id: mb.id, corridorId: mb.corridorId, countryCode: mb.country, role: mb.role, since: since?.date ?? null, sincePrecision: since?.precision ?? null } as CorridorMember;
    }), ["id"]);
    // Every segment before any route step: a route may use a segment a later corridor defines.
    // A SEA segment's precomputed maritime route, when it was computed for its nodes' coordinates (src/seed/sea-routes.ts).
    const at = (id: string): LonLat | null => {
      const n = nodes.get(id)?.node;
      return n ? [n.longitude, n.latitude] : null;
    };
    await upsert(m, CorridorSegment, segments.map((s) => {
      const route = routeColumns(seaRoutes, s.id, s.mode, at(s.from), at(s.to));
      return { id: s.id, corridorId: s.corridorId, fromNodeId: s.from, toNodeId: s.to, mode: s.mode, status: s.status, statedLengthKm: s.lengthKm ?? null,
        note: s.note ?? null, routeLengthKm: route.routeLengthKm, routeGeometry: route.routeGeometry && JSON.stringify(route.routeGeometry) } as unknown as CorridorSegment;
    }), ["id"]);
    await upsert(m, CorridorRoute, routes.map((r) => ({ id: r.id, corridorId: r.corridorId, name: r.name }) as CorridorRoute), ["id"]);
    const routeIds = routes.map((r) => r.id);
    if (routeIds.length) await deleteWhereIn(m, RouteSegment, ["routeId"], [routeIds]);
    await upsert(m, RouteSegment, routes.flatMap((r) => r.segments.map((segmentId, seq) => ({ routeId: r.id, seq, segmentId }) as RouteSegment)), ["routeId", "seq"]);

    const owners: { type: string; id: string; sources: string[]; claims: ClaimRecord[] }[] = [
      ...corridors.map((c) => ({ type: "TradeCorridor", id: c.id, sources: c.sources, claims: c.claims })),
      ...members.map((mb) => ({ type: "CorridorMember", id: mb.id, sources: mb.sources, claims: mb.claims })),
      ...[...nodes.values()].map(({ node: n, sources }) => ({ type: "CorridorNode", id: n.id, sources: [...sources, n.coordinatesSource], claims: [] })),
      ...segments.map((s) => ({ type: "CorridorSegment", id: s.id, sources: s.sources, claims: s.claims })),
    ];
    if (!owners.length) return;
    const types = owners.map((o) => o.type);
    const ids = owners.map((o) => o.id);
    await deleteWhereIn(m, CorridorClaim, ["recordType", "recordId"], [types, ids]);
    // A record's sources are the file's, except a node's: a node several corridors share keeps the sources stored for
    // it and gains the file's, so importing one corridor's file leaves what the other corridors cite for it.
    const replaced = owners.filter((o) => o.type !== "CorridorNode");
    await deleteWhereIn(m, SourceRef, ["recordType", "recordId"], [replaced.map((o) => o.type), replaced.map((o) => o.id)]);
    await upsert(m, SourceRef, owners.flatMap((o) => [...new Set(o.sources)].map((sourceId) => ({ recordType: o.type, recordId: o.id, sourceId }))),
      ["recordType", "recordId", "sourceId"]);
    await upsert(m, CorridorClaim, owners.flatMap((o) => o.claims.map((cl, i) => ({ id: `${o.type}:${o.id}:${cl.field}:${i}`, recordType: o.type,
      recordId: o.id, field: cl.field, value: cl.value, sourceId: cl.source, preferred: cl.preferred, note: cl.note ?? null }) as CorridorClaim)), ["id"]);
  });
}
