/**
 * Descriptions of the elements both subgraphs define (entity keys, stubs, the shareable Claim).
 * Composition warns when two subgraphs describe one element differently, so both use these.
 */
export const SHARED_DOCS = {
  Query:
    "Entry points into the graph of bilateral relations: countries, agreements and their ratification, clauses, people, statements, sources, search, and trade corridors.",
  Mutation:
    "Writes to the graph. Every mutation needs `Authorization: Bearer <key>` with an editor or admin key; each write is validated, atomic and audited.",
  Country:
    "A country or territory with an ISO 3166-1 code, from the world-countries data package; or, as a party to agreements, a former state, an international organisation or a sub-national entity (see `kind`).",
  "Country.code":
    'ISO 3166-1 alpha-2 code, upper case ("IR"). Parties that are not current states have other keys: a former state its four-letter ISO 3166-3 code ("CSHH"), an organisation "ORG-" and its acronym ("ORG-EU"), a sub-national entity a four-letter key (docs/api.md, "Party keys").',
  Agreement: "A treaty, agreement, memorandum or programme between countries.",
  "Agreement.id": 'Stable slug, e.g. "ir-ru-comprehensive-strategic-partnership-2025".',
  BilateralRelation: "A pair of countries, as one node: their shared agreements and their timeline.",
  "BilateralRelation.id": 'The two ISO alpha-2 codes (or party keys) sorted and joined by "-" ("IR-RU", "FR-ORG-EU").',
  TradeCorridor: "A trade corridor: member countries, nodes, segments and named routes.",
  CorridorNode: "A port, rail hub, border crossing or city on a corridor.",
  Port: "A seaport of the World Port Index (Pub. 150), US National Geospatial-Intelligence Agency. Unknown values are null.",
  CorridorSegment: "A link between two nodes by one mode of transport. Segments are undirected.",
  CorridorsAuditEntry: "One write to the corridors subgraph: who, when, which record, before and after.",
  Source: "Where a fact comes from: an article, a statement, an official text.",
  "Source.id": "Stable slug of the source.",
  Claim: "One source's word on one field of one record.",
  "Claim.id": "Stable id of the claim.",
  "Claim.version": "Increases by one with every update; send it back as expectedVersion.",
  "Claim.field": 'Name of the record\'s GraphQL field the claim is about ("signedOn").',
  "Claim.value": "The value as this source gives it, as text (dates as YYYY-MM-DD, or in the source's own notation where it says more, such as \"1897-05-15?\").",
  "Claim.source": "The source making the claim.",
  "Claim.preferred": "True for the claim the dataset uses as the field's value.",
  "Claim.note": "Why this claim is, or is not, preferred.",
  claimsField: "Every source's word on its fields, conflicting ones included.",
  claimsArg: "A field name of this type; all fields when omitted.",
} as const;
