import {
  ExplorerAgreementDocument,
  ExplorerCorridorMapDocument,
  ExplorerCorridorPathDocument,
  ExplorerCountriesDocument,
  ExplorerRelationDocument,
  type ClaimFieldsFragment,
  type ClauseItemFragment,
  type CountryOptionFragment,
  type ExplorerAgreementQuery,
  type ExplorerCorridorMapQuery,
  type ExplorerCorridorPathQuery,
  type ExplorerCountriesQuery,
  type ExplorerRelationQuery,
  type MapMemberFragment,
  type MapNodeFragment,
  type MapSegmentFragment,
  type PartyFieldsFragment,
  type RelationAgreementFragment,
  type SourceFieldsFragment,
  type StageFieldsFragment,
  type TopicFieldsFragment,
} from "./gql/graphql.js";

/**
 * The explorer's GraphQL operations. They are written in web/src/graphql/*.graphql (one query per file, the
 * fragments they share in fragments.graphql); graphql-codegen's client preset (web/codegen.ts, `npm run codegen`)
 * generates their typed documents into web/src/gql/ from the API schema of schema/supergraph.graphql, and
 * tests/web/operations.test.ts fails when that code is out of date.
 */
export type { AgreementStatus, DatePrecision, PartyKind, RatificationStatus, SegmentStatus, StageOutcome, TransportMode } from "./gql/graphql.js";

export const Countries = ExplorerCountriesDocument;
export const Relation = ExplorerRelationDocument;
export const AgreementDetail = ExplorerAgreementDocument;
export const CorridorMap = ExplorerCorridorMapDocument;
export const CorridorPathQuery = ExplorerCorridorPathDocument;

/** Every operation the explorer sends. */
export const allOperations = { Countries, Relation, AgreementDetail, CorridorMap, CorridorPathQuery };

// The results, and the parts the components pass around: each part is a fragment of web/src/graphql/fragments.graphql.
export type CountriesData = ExplorerCountriesQuery;
export type RelationData = ExplorerRelationQuery;
export type AgreementData = ExplorerAgreementQuery;
export type CorridorMapData = ExplorerCorridorMapQuery;
export type PathData = ExplorerCorridorPathQuery;
export type CountryRef = CountryOptionFragment;
export type RelationAgreement = RelationAgreementFragment;
export type Party = PartyFieldsFragment;
export type Stage = StageFieldsFragment;
export type Claim = ClaimFieldsFragment;
export type Source = SourceFieldsFragment;
export type Topic = TopicFieldsFragment;
export type ClauseItem = ClauseItemFragment;
export type MapSegment = MapSegmentFragment;
export type MapNode = MapNodeFragment;
export type MapMember = MapMemberFragment;
export type MapCorridor = ExplorerCorridorMapQuery["corridors"][number];
export type PathResult = NonNullable<ExplorerCorridorPathQuery["corridorPath"]>;
