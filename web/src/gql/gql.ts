/* eslint-disable */
import * as types from './graphql';



/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "query ExplorerAgreement($id: ID!, $asOf: Date) {\n  agreement(id: $id) {\n    id\n    title\n    shortTitle\n    kind\n    ambit\n    treatyId\n    textUrl\n    notes\n    signedOn\n    signedAt\n    enteredIntoForceOn\n    endedOn\n    status(asOf: $asOf)\n    parent {\n      id\n      title\n    }\n    sources {\n      ...SourceFields\n    }\n    claims {\n      ...ClaimFields\n    }\n    topics {\n      ...TopicFields\n    }\n    parties {\n      ...PartyFields\n    }\n    clauses {\n      ...ClauseItem\n    }\n  }\n}": typeof types.ExplorerAgreementDocument,
    "query ExplorerCorridorMap($id: ID!) {\n  corridor(id: $id) {\n    id\n    name\n    acronym\n    lengthKm\n    segments {\n      ...MapSegment\n    }\n  }\n}": typeof types.ExplorerCorridorMapDocument,
    "query ExplorerCorridorPath($from: String!, $to: String!, $statuses: [SegmentStatus!]) {\n  corridorPath(from: $from, to: $to, statuses: $statuses) {\n    id\n    lengthKm\n    lengthIsEstimate\n    modes\n    from {\n      id\n      name\n    }\n    to {\n      id\n      name\n    }\n    segments {\n      id\n    }\n  }\n}": typeof types.ExplorerCorridorPathDocument,
    "query ExplorerCorridors {\n  corridors {\n    id\n    name\n    acronym\n  }\n}": typeof types.ExplorerCorridorsDocument,
    "query ExplorerCountries($after: String) {\n  countries(\n    first: 100\n    after: $after\n    filter: {kinds: [STATE, UNLISTED_STATE, FORMER_STATE, ORGANIZATION, SUBNATIONAL]}\n  ) {\n    nodes {\n      ...CountryOption\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": typeof types.ExplorerCountriesDocument,
    "query ExplorerRelation($between: [String!]!, $asOf: Date, $bilateralOnly: Boolean) {\n  bilateralRelation(between: $between) {\n    id\n    level\n    countries {\n      id\n      code\n      name\n      kind\n    }\n    bilateral: agreements(bilateralOnly: true, first: 500) {\n      id\n    }\n    shared: agreements(first: 500) {\n      id\n    }\n    agreements(bilateralOnly: $bilateralOnly, first: 500) {\n      ...RelationAgreement\n    }\n  }\n}": typeof types.ExplorerRelationDocument,
    "fragment CountryOption on Country {\n  id\n  code\n  name\n  kind\n  existedFrom\n  existedTo\n}\n\nfragment RelationAgreement on Agreement {\n  id\n  title\n  shortTitle\n  kind\n  ambit\n  signedOn\n  enteredIntoForceOn\n  endedOn\n  expiresOn\n  status(asOf: $asOf)\n}\n\nfragment SourceFields on Source {\n  id\n  title\n  publisher\n  url\n  archiveUrl\n  publishedOn\n  excerpt\n}\n\nfragment ClaimFields on Claim {\n  id\n  field\n  value\n  preferred\n  note\n  source {\n    ...SourceFields\n  }\n}\n\nfragment TopicFields on Topic {\n  id\n  code\n  name\n}\n\nfragment StageFields on RatificationStage {\n  id\n  body\n  kind\n  date\n  datePrecision\n  notAfter\n  outcome\n  votesFor\n  votesAgainst\n  votesAbstaining\n  note\n  sources {\n    ...SourceFields\n  }\n  claims {\n    ...ClaimFields\n  }\n}\n\nfragment PartyFields on AgreementParty {\n  id\n  signedOn\n  enteredIntoForceOn\n  endedOn\n  status(asOf: $asOf)\n  country {\n    id\n    code\n    name\n    kind\n  }\n  signatory {\n    id\n    name\n  }\n  ratification {\n    id\n    status(asOf: $asOf)\n    completedOn\n    stages {\n      ...StageFields\n    }\n  }\n}\n\nfragment ClauseItem on Clause {\n  id\n  number\n  title\n  summary\n  verified\n  topics {\n    ...TopicFields\n  }\n  sources {\n    ...SourceFields\n  }\n}\n\nfragment MapNode on CorridorNode {\n  id\n  name\n  kind\n  latitude\n  longitude\n  country {\n    id\n    code\n    name\n  }\n}\n\nfragment MapSegment on CorridorSegment {\n  id\n  mode\n  status\n  lengthKm\n  lengthIsEstimate\n  from {\n    ...MapNode\n  }\n  to {\n    ...MapNode\n  }\n}": typeof types.CountryOptionFragmentDoc,
};
const documents: Documents = {
    "query ExplorerAgreement($id: ID!, $asOf: Date) {\n  agreement(id: $id) {\n    id\n    title\n    shortTitle\n    kind\n    ambit\n    treatyId\n    textUrl\n    notes\n    signedOn\n    signedAt\n    enteredIntoForceOn\n    endedOn\n    status(asOf: $asOf)\n    parent {\n      id\n      title\n    }\n    sources {\n      ...SourceFields\n    }\n    claims {\n      ...ClaimFields\n    }\n    topics {\n      ...TopicFields\n    }\n    parties {\n      ...PartyFields\n    }\n    clauses {\n      ...ClauseItem\n    }\n  }\n}": types.ExplorerAgreementDocument,
    "query ExplorerCorridorMap($id: ID!) {\n  corridor(id: $id) {\n    id\n    name\n    acronym\n    lengthKm\n    segments {\n      ...MapSegment\n    }\n  }\n}": types.ExplorerCorridorMapDocument,
    "query ExplorerCorridorPath($from: String!, $to: String!, $statuses: [SegmentStatus!]) {\n  corridorPath(from: $from, to: $to, statuses: $statuses) {\n    id\n    lengthKm\n    lengthIsEstimate\n    modes\n    from {\n      id\n      name\n    }\n    to {\n      id\n      name\n    }\n    segments {\n      id\n    }\n  }\n}": types.ExplorerCorridorPathDocument,
    "query ExplorerCorridors {\n  corridors {\n    id\n    name\n    acronym\n  }\n}": types.ExplorerCorridorsDocument,
    "query ExplorerCountries($after: String) {\n  countries(\n    first: 100\n    after: $after\n    filter: {kinds: [STATE, UNLISTED_STATE, FORMER_STATE, ORGANIZATION, SUBNATIONAL]}\n  ) {\n    nodes {\n      ...CountryOption\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}": types.ExplorerCountriesDocument,
    "query ExplorerRelation($between: [String!]!, $asOf: Date, $bilateralOnly: Boolean) {\n  bilateralRelation(between: $between) {\n    id\n    level\n    countries {\n      id\n      code\n      name\n      kind\n    }\n    bilateral: agreements(bilateralOnly: true, first: 500) {\n      id\n    }\n    shared: agreements(first: 500) {\n      id\n    }\n    agreements(bilateralOnly: $bilateralOnly, first: 500) {\n      ...RelationAgreement\n    }\n  }\n}": types.ExplorerRelationDocument,
    "fragment CountryOption on Country {\n  id\n  code\n  name\n  kind\n  existedFrom\n  existedTo\n}\n\nfragment RelationAgreement on Agreement {\n  id\n  title\n  shortTitle\n  kind\n  ambit\n  signedOn\n  enteredIntoForceOn\n  endedOn\n  expiresOn\n  status(asOf: $asOf)\n}\n\nfragment SourceFields on Source {\n  id\n  title\n  publisher\n  url\n  archiveUrl\n  publishedOn\n  excerpt\n}\n\nfragment ClaimFields on Claim {\n  id\n  field\n  value\n  preferred\n  note\n  source {\n    ...SourceFields\n  }\n}\n\nfragment TopicFields on Topic {\n  id\n  code\n  name\n}\n\nfragment StageFields on RatificationStage {\n  id\n  body\n  kind\n  date\n  datePrecision\n  notAfter\n  outcome\n  votesFor\n  votesAgainst\n  votesAbstaining\n  note\n  sources {\n    ...SourceFields\n  }\n  claims {\n    ...ClaimFields\n  }\n}\n\nfragment PartyFields on AgreementParty {\n  id\n  signedOn\n  enteredIntoForceOn\n  endedOn\n  status(asOf: $asOf)\n  country {\n    id\n    code\n    name\n    kind\n  }\n  signatory {\n    id\n    name\n  }\n  ratification {\n    id\n    status(asOf: $asOf)\n    completedOn\n    stages {\n      ...StageFields\n    }\n  }\n}\n\nfragment ClauseItem on Clause {\n  id\n  number\n  title\n  summary\n  verified\n  topics {\n    ...TopicFields\n  }\n  sources {\n    ...SourceFields\n  }\n}\n\nfragment MapNode on CorridorNode {\n  id\n  name\n  kind\n  latitude\n  longitude\n  country {\n    id\n    code\n    name\n  }\n}\n\nfragment MapSegment on CorridorSegment {\n  id\n  mode\n  status\n  lengthKm\n  lengthIsEstimate\n  from {\n    ...MapNode\n  }\n  to {\n    ...MapNode\n  }\n}": types.CountryOptionFragmentDoc,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerAgreement($id: ID!, $asOf: Date) {\n  agreement(id: $id) {\n    id\n    title\n    shortTitle\n    kind\n    ambit\n    treatyId\n    textUrl\n    notes\n    signedOn\n    signedAt\n    enteredIntoForceOn\n    endedOn\n    status(asOf: $asOf)\n    parent {\n      id\n      title\n    }\n    sources {\n      ...SourceFields\n    }\n    claims {\n      ...ClaimFields\n    }\n    topics {\n      ...TopicFields\n    }\n    parties {\n      ...PartyFields\n    }\n    clauses {\n      ...ClauseItem\n    }\n  }\n}"): typeof import('./graphql').ExplorerAgreementDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerCorridorMap($id: ID!) {\n  corridor(id: $id) {\n    id\n    name\n    acronym\n    lengthKm\n    segments {\n      ...MapSegment\n    }\n  }\n}"): typeof import('./graphql').ExplorerCorridorMapDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerCorridorPath($from: String!, $to: String!, $statuses: [SegmentStatus!]) {\n  corridorPath(from: $from, to: $to, statuses: $statuses) {\n    id\n    lengthKm\n    lengthIsEstimate\n    modes\n    from {\n      id\n      name\n    }\n    to {\n      id\n      name\n    }\n    segments {\n      id\n    }\n  }\n}"): typeof import('./graphql').ExplorerCorridorPathDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerCorridors {\n  corridors {\n    id\n    name\n    acronym\n  }\n}"): typeof import('./graphql').ExplorerCorridorsDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerCountries($after: String) {\n  countries(\n    first: 100\n    after: $after\n    filter: {kinds: [STATE, UNLISTED_STATE, FORMER_STATE, ORGANIZATION, SUBNATIONAL]}\n  ) {\n    nodes {\n      ...CountryOption\n    }\n    pageInfo {\n      hasNextPage\n      endCursor\n    }\n  }\n}"): typeof import('./graphql').ExplorerCountriesDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "query ExplorerRelation($between: [String!]!, $asOf: Date, $bilateralOnly: Boolean) {\n  bilateralRelation(between: $between) {\n    id\n    level\n    countries {\n      id\n      code\n      name\n      kind\n    }\n    bilateral: agreements(bilateralOnly: true, first: 500) {\n      id\n    }\n    shared: agreements(first: 500) {\n      id\n    }\n    agreements(bilateralOnly: $bilateralOnly, first: 500) {\n      ...RelationAgreement\n    }\n  }\n}"): typeof import('./graphql').ExplorerRelationDocument;
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "fragment CountryOption on Country {\n  id\n  code\n  name\n  kind\n  existedFrom\n  existedTo\n}\n\nfragment RelationAgreement on Agreement {\n  id\n  title\n  shortTitle\n  kind\n  ambit\n  signedOn\n  enteredIntoForceOn\n  endedOn\n  expiresOn\n  status(asOf: $asOf)\n}\n\nfragment SourceFields on Source {\n  id\n  title\n  publisher\n  url\n  archiveUrl\n  publishedOn\n  excerpt\n}\n\nfragment ClaimFields on Claim {\n  id\n  field\n  value\n  preferred\n  note\n  source {\n    ...SourceFields\n  }\n}\n\nfragment TopicFields on Topic {\n  id\n  code\n  name\n}\n\nfragment StageFields on RatificationStage {\n  id\n  body\n  kind\n  date\n  datePrecision\n  notAfter\n  outcome\n  votesFor\n  votesAgainst\n  votesAbstaining\n  note\n  sources {\n    ...SourceFields\n  }\n  claims {\n    ...ClaimFields\n  }\n}\n\nfragment PartyFields on AgreementParty {\n  id\n  signedOn\n  enteredIntoForceOn\n  endedOn\n  status(asOf: $asOf)\n  country {\n    id\n    code\n    name\n    kind\n  }\n  signatory {\n    id\n    name\n  }\n  ratification {\n    id\n    status(asOf: $asOf)\n    completedOn\n    stages {\n      ...StageFields\n    }\n  }\n}\n\nfragment ClauseItem on Clause {\n  id\n  number\n  title\n  summary\n  verified\n  topics {\n    ...TopicFields\n  }\n  sources {\n    ...SourceFields\n  }\n}\n\nfragment MapNode on CorridorNode {\n  id\n  name\n  kind\n  latitude\n  longitude\n  country {\n    id\n    code\n    name\n  }\n}\n\nfragment MapSegment on CorridorSegment {\n  id\n  mode\n  status\n  lengthKm\n  lengthIsEstimate\n  from {\n    ...MapNode\n  }\n  to {\n    ...MapNode\n  }\n}"): typeof import('./graphql').CountryOptionFragmentDoc;


export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}
