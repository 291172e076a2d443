import { operation } from "./api.js";

/** Enum values as the schema defines them. */
export type AgreementStatus = "NOT_YET_SIGNED" | "SIGNED" | "IN_FORCE" | "EXPIRED" | "TERMINATED" | "UNKNOWN";
export type RatificationStatus = "NOT_STARTED" | "IN_PROGRESS" | "COMPLETED" | "REJECTED" | "UNKNOWN";
export type DatePrecision = "DAY" | "MONTH" | "YEAR";
export type StageOutcome = "APPROVED" | "REJECTED" | "PENDING";
export type TransportMode = "RAIL" | "ROAD" | "SEA" | "INLAND_WATERWAY";
export type SegmentStatus = "OPERATIONAL" | "UNDER_CONSTRUCTION" | "PLANNED";

/** Dates are RFC 3339 full-dates ("2025-04-21"), kept as strings. */
export type DateString = string;

const SOURCE = `id title publisher url archiveUrl publishedOn excerpt`;
const CLAIM = `id field value preferred note source { ${SOURCE} }`;

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string | null;
  archiveUrl: string | null;
  publishedOn: DateString | null;
  excerpt: string | null;
}
export interface Claim {
  id: string;
  field: string;
  value: string;
  preferred: boolean;
  note: string | null;
  source: Source;
}
export interface CountryRef {
  code: string;
  name: string;
}

// ── Countries ────────────────────────────────────────────────────────────────

export interface CountriesData {
  countries: { nodes: CountryRef[]; pageInfo: { hasNextPage: boolean; endCursor: string | null } };
}
export const Countries = operation<CountriesData, { after: string | null }>(/* GraphQL */ `
  query ExplorerCountries($after: String) {
    countries(first: 100, after: $after) { nodes { code name } pageInfo { hasNextPage endCursor } }
  }
`);

// ── A relation: its agreements on a timeline, with the status on a date ─────

export interface RelationAgreement {
  id: string;
  title: string;
  shortTitle: string | null;
  kind: string;
  signedOn: DateString | null;
  enteredIntoForceOn: DateString | null;
  expiresOn: DateString | null;
  status: AgreementStatus;
}
export interface RelationData {
  bilateralRelation: {
    id: string;
    level: string | null;
    countries: CountryRef[];
    agreements: RelationAgreement[];
  } | null;
}
export const Relation = operation<RelationData, { between: string[]; asOf: DateString }>(/* GraphQL */ `
  query ExplorerRelation($between: [String!]!, $asOf: Date) {
    bilateralRelation(between: $between) {
      id
      level
      countries { code name }
      agreements { id title shortTitle kind signedOn enteredIntoForceOn expiresOn status(asOf: $asOf) }
    }
  }
`);

// ── One agreement: ratification rows, clauses, sources and claims ────────────

export interface Stage {
  id: string;
  body: string;
  kind: string;
  date: DateString | null;
  datePrecision: DatePrecision | null;
  notAfter: DateString | null;
  outcome: StageOutcome;
  votesFor: number | null;
  votesAgainst: number | null;
  votesAbstaining: number | null;
  note: string | null;
  sources: Source[];
  claims: Claim[];
}
export interface Party {
  id: string;
  country: CountryRef;
  signatory: { id: string; name: string } | null;
  ratification: { id: string; status: RatificationStatus; completedOn: DateString | null; stages: Stage[] };
}
export interface Topic {
  code: string;
  name: string;
}
export interface ClauseItem {
  id: string;
  number: string | null;
  title: string | null;
  summary: string;
  verified: boolean;
  topics: Topic[];
  sources: Source[];
}
export interface AgreementData {
  agreement: {
    id: string;
    title: string;
    shortTitle: string | null;
    signedOn: DateString | null;
    signedAt: string | null;
    enteredIntoForceOn: DateString | null;
    status: AgreementStatus;
    sources: Source[];
    claims: Claim[];
    topics: Topic[];
    parties: Party[];
    clauses: ClauseItem[];
  } | null;
}
export const AgreementDetail = operation<AgreementData, { id: string; asOf: DateString }>(/* GraphQL */ `
  query ExplorerAgreement($id: ID!, $asOf: Date) {
    agreement(id: $id) {
      id title shortTitle signedOn signedAt enteredIntoForceOn
      status(asOf: $asOf)
      sources { ${SOURCE} }
      claims { ${CLAIM} }
      topics { code name }
      parties {
        id
        country { code name }
        signatory { id name }
        ratification {
          id
          status(asOf: $asOf)
          completedOn
          stages {
            id body kind date datePrecision notAfter outcome votesFor votesAgainst votesAbstaining note
            sources { ${SOURCE} }
            claims { ${CLAIM} }
          }
        }
      }
      clauses { id number title summary verified topics { code name } sources { ${SOURCE} } }
    }
  }
`);

// ── Corridors: the map and the path between two nodes ───────────────────────

export interface MapNode {
  id: string;
  name: string;
  kind: string;
  latitude: number | null;
  longitude: number | null;
  country: CountryRef | null;
}
export interface MapSegment {
  id: string;
  mode: TransportMode;
  status: SegmentStatus;
  lengthKm: number | null;
  lengthIsEstimate: boolean;
  from: MapNode;
  to: MapNode;
}
export interface CorridorsData {
  corridors: { id: string; name: string; acronym: string | null }[];
}
export const CorridorList = operation<CorridorsData>(/* GraphQL */ `
  query ExplorerCorridors { corridors { id name acronym } }
`);

const NODE = `id name kind latitude longitude country { code name }`;
export interface CorridorMapData {
  corridor: { id: string; name: string; acronym: string | null; lengthKm: number | null; segments: MapSegment[] } | null;
}
export const CorridorMap = operation<CorridorMapData, { id: string }>(/* GraphQL */ `
  query ExplorerCorridorMap($id: ID!) {
    corridor(id: $id) {
      id name acronym lengthKm
      segments { id mode status lengthKm lengthIsEstimate from { ${NODE} } to { ${NODE} } }
    }
  }
`);

export interface PathData {
  corridorPath: {
    lengthKm: number;
    lengthIsEstimate: boolean;
    modes: TransportMode[];
    from: { id: string; name: string };
    to: { id: string; name: string };
    segments: { id: string }[];
  } | null;
}
export const CorridorPathQuery = operation<PathData, { from: string; to: string; statuses: SegmentStatus[] }>(/* GraphQL */ `
  query ExplorerCorridorPath($from: String!, $to: String!, $statuses: [SegmentStatus!]) {
    corridorPath(from: $from, to: $to, statuses: $statuses) {
      lengthKm lengthIsEstimate modes
      from { id name }
      to { id name }
      segments { id }
    }
  }
`);

/** Every operation the explorer sends; tests/web/operations.test.ts validates each against the API schema. */
export const allOperations = { Countries, Relation, AgreementDetail, CorridorList, CorridorMap, CorridorPathQuery };
