import { operation } from "./api.js";
import type {
  AgreementDetailData,
  AgreementDetailVariables,
  CorridorListData,
  CorridorListVariables,
  CorridorMapData,
  CorridorMapVariables,
  CorridorPathData,
  CorridorPathVariables,
  CountriesData,
  CountriesVariables,
  RelationData,
  RelationVariables,
} from "./operations.generated.js";

/**
 * The explorer's GraphQL operations. Their result and variable types are generated from the composed API schema
 * into operations.generated.ts (web/typegen.ts); tests/web/operations.test.ts fails when that file is out of date.
 */
export type { AgreementStatus, DatePrecision, PartyKind, RatificationStatus, SegmentStatus, StageOutcome, TransportMode } from "./operations.generated.js";
export type { AgreementDetailData, CorridorMapData, CorridorPathData, CountriesData, RelationData };

const SOURCE = `id title publisher url archiveUrl publishedOn excerpt`;
const CLAIM = `id field value preferred note source { ${SOURCE} }`;
const NODE = `id name kind latitude longitude country { code name }`;

export const documents = {
  Countries: /* GraphQL */ `
    query ExplorerCountries($after: String) {
      countries(first: 100, after: $after, filter: { kinds: [STATE, UNLISTED_STATE, FORMER_STATE, ORGANIZATION, SUBNATIONAL] }) {
        nodes { code name kind existedFrom existedTo }
        pageInfo { hasNextPage endCursor }
      }
    }
  `,
  Relation: /* GraphQL */ `
    query ExplorerRelation($between: [String!]!, $asOf: Date, $bilateralOnly: Boolean) {
      bilateralRelation(between: $between) {
        id
        level
        countries { code name kind }
        bilateral: agreements(bilateralOnly: true, first: 500) { id }
        shared: agreements(first: 500) { id }
        agreements(bilateralOnly: $bilateralOnly, first: 500) {
          id title shortTitle kind ambit signedOn enteredIntoForceOn endedOn expiresOn status(asOf: $asOf)
        }
      }
    }
  `,
  AgreementDetail: /* GraphQL */ `
    query ExplorerAgreement($id: ID!, $asOf: Date) {
      agreement(id: $id) {
        id title shortTitle kind ambit treatyId textUrl notes signedOn signedAt enteredIntoForceOn endedOn
        status(asOf: $asOf)
        parent { id title }
        sources { ${SOURCE} }
        claims { ${CLAIM} }
        topics { code name }
        parties {
          id signedOn enteredIntoForceOn endedOn
          status(asOf: $asOf)
          country { code name kind }
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
  `,
  CorridorList: /* GraphQL */ `
    query ExplorerCorridors { corridors { id name acronym } }
  `,
  CorridorMap: /* GraphQL */ `
    query ExplorerCorridorMap($id: ID!) {
      corridor(id: $id) {
        id name acronym lengthKm
        segments { id mode status lengthKm lengthIsEstimate from { ${NODE} } to { ${NODE} } }
      }
    }
  `,
  CorridorPath: /* GraphQL */ `
    query ExplorerCorridorPath($from: String!, $to: String!, $statuses: [SegmentStatus!]) {
      corridorPath(from: $from, to: $to, statuses: $statuses) {
        lengthKm lengthIsEstimate modes
        from { id name }
        to { id name }
        segments { id }
      }
    }
  `,
};

export const Countries = operation<CountriesData, CountriesVariables>(documents.Countries);
export const Relation = operation<RelationData, RelationVariables>(documents.Relation);
export const AgreementDetail = operation<AgreementDetailData, AgreementDetailVariables>(documents.AgreementDetail);
export const CorridorList = operation<CorridorListData, CorridorListVariables>(documents.CorridorList);
export const CorridorMap = operation<CorridorMapData, CorridorMapVariables>(documents.CorridorMap);
export const CorridorPathQuery = operation<CorridorPathData, CorridorPathVariables>(documents.CorridorPath);

/** Every operation the explorer sends. */
export const allOperations = { Countries, Relation, AgreementDetail, CorridorList, CorridorMap, CorridorPathQuery };

// Names for the parts the components pass around, cut from the generated result types.
type Agreement = NonNullable<AgreementDetailData["agreement"]>;
export type AgreementData = AgreementDetailData;
export type RelationAgreement = NonNullable<RelationData["bilateralRelation"]>["agreements"][number];
export type CountryRef = CountriesData["countries"]["nodes"][number];
export type Party = Agreement["parties"][number];
export type Stage = Party["ratification"]["stages"][number];
export type Claim = Agreement["claims"][number];
export type Source = Agreement["sources"][number];
export type Topic = Agreement["topics"][number];
export type ClauseItem = Agreement["clauses"][number];
export type MapSegment = NonNullable<CorridorMapData["corridor"]>["segments"][number];
export type MapNode = MapSegment["from"];
export type PathData = CorridorPathData;
