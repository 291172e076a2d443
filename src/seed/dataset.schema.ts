import { z } from "zod";
import { FULL_DATE_RULE, isFullDate, isPartialDate } from "../lib/dates.js";
import { PARTY_KEY } from "../lib/party-code.js";
import { DATASET_SLUG, LANGUAGE_TAG } from "../lib/slug.js";

/**
 * The dataset format of import, export and the seed, as one zod schema: it validates imports
 * (every problem with its path) and is printed as JSON Schema to schema/dataset.schema.json.
 * The TypeScript types in dataset.types.ts and corridors.types.ts are inferred from it.
 */
const slug = (max: number) => z.string().min(1).max(max).regex(DATASET_SLUG, "must be a lowercase slug");
/** A date, or its month or year, that stands for a valid date (isFullDate: a real day, 0001–9999), as the write path requires. */
const partialDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, "must be YYYY, YYYY-MM or YYYY-MM-DD")
  .refine((v) => !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(v) || isPartialDate(v), `must be a real date, month or year (a date is ${FULL_DATE_RULE})`)
  .describe("A date, or only its month or year: the precision follows from the form.");
const fullDate = z
  .string()
  .regex(/^\d{4}-\d{2}-\d{2}$/, "must be YYYY-MM-DD")
  .refine((v) => !/^\d{4}-\d{2}-\d{2}$/.test(v) || isFullDate(v), `must be ${FULL_DATE_RULE}`);
const alpha2 = z.string().regex(/^[A-Z]{2}$/, "must be an upper-case ISO 3166-1 alpha-2 code");
/** A party's key: a current state's alpha-2 code, or the key of a former state, organisation or sub-national entity (docs/api.md, "Party keys"). */
const partyCode = z
  .string()
  .regex(new RegExp(`^${PARTY_KEY}$`), "must be an alpha-2 code, a four-letter key or ORG-<acronym>");
const certainty = z.enum(["EXACT", "UNCERTAIN", "APPROXIMATE"]).describe("How sure the source is of the date beside it (default EXACT).");
const text = (max: number) => z.string().min(1).max(max);
const votes = z.number().int().min(0).max(100000);

const localized = (max: number) => z.object({ language: z.string().regex(LANGUAGE_TAG).max(35), text: text(max) });
export const LocalizedTextSchema = localized(500);

export const ClaimRecordSchema = z.object({
  field: z.string().min(1).max(64),
  value: z.string().max(2000),
  source: slug(160),
  preferred: z.boolean(),
  note: text(2000).optional(),
});

export const SourceRecordSchema = z.object({
  id: slug(160),
  title: text(500),
  publisher: text(200),
  url: z.url().max(2000).optional(),
  archiveUrl: z.url().max(2000).optional(),
  language: z.string().max(35).optional(),
  publishedOn: fullDate.optional(),
  accessedOn: fullDate.optional(),
  excerpt: z.string().max(5000).optional(),
});

export const TopicRecordSchema = z.object({ code: slug(64), name: text(200) });

export const OfficeRecordSchema = z.object({
  id: slug(200),
  title: text(300),
  country: alpha2.optional(),
  from: partialDate.optional(),
  to: partialDate.optional(),
  sources: z.array(slug(160)),
});

export const PersonRecordSchema = z.object({
  id: slug(120),
  name: text(300),
  alternativeNames: z.array(localized(300)),
  offices: z.array(OfficeRecordSchema),
});

export const StageRecordSchema = z.object({
  id: slug(200),
  body: text(300),
  kind: z.enum(["LOWER_HOUSE", "UPPER_HOUSE", "LEGISLATURE", "CONSTITUTIONAL_REVIEW", "HEAD_OF_STATE", "INSTRUMENT_EXCHANGE", "OTHER"]),
  date: partialDate.optional(),
  notAfter: fullDate.optional(),
  dateCertainty: certainty.optional(),
  outcome: z.enum(["APPROVED", "REJECTED", "PENDING"]),
  completesRatification: z.boolean().optional(),
  votesFor: votes.optional(),
  votesAgainst: votes.optional(),
  votesAbstaining: votes.optional(),
  votesPresent: votes.optional(),
  note: z.string().max(5000).optional(),
  sources: z.array(slug(160)).min(1),
  claims: z.array(ClaimRecordSchema),
});

export const PartyRecordSchema = z.object({
  country: partyCode,
  signatory: slug(120).optional(),
  signedOn: partialDate.optional(),
  signedOnCertainty: certainty.optional(),
  enteredIntoForceOn: partialDate.optional(),
  enteredIntoForceCertainty: certainty.optional(),
  endedOn: partialDate.optional(),
  endedOnCertainty: certainty.optional(),
  notes: z.string().max(10000).optional(),
  stages: z.array(StageRecordSchema),
  claims: z.array(ClaimRecordSchema).optional(),
});

export const ClauseRecordSchema = z.object({
  id: slug(200),
  number: z.string().max(40).optional(),
  title: z.string().max(300).optional(),
  summary: text(5000),
  obligation: z.enum(["COMMITMENT", "PROHIBITION", "CONSULTATION", "COOPERATION", "DECLARATION", "OTHER"]).optional(),
  topics: z.array(slug(64)),
  verified: z.boolean(),
  sources: z.array(slug(160)).min(1),
});

export const AgreementRecordSchema = z.object({
  id: slug(160),
  title: text(600),
  shortTitle: z.string().max(200).optional(),
  alternativeTitles: z.array(localized(1000)),
  kind: z.enum(["TREATY", "AGREEMENT", "MEMORANDUM", "PROTOCOL", "PROGRAMME", "DECLARATION", "AMENDMENT", "RESOLUTION", "REGULATION", "REPORT", "OTHER"]),
  treatyId: z.string().min(1).max(120).optional().describe("The agreement's treatyID in the manytreaties GGO dataset, where it has one."),
  relationshipLevel: z.string().max(200).optional(),
  signedOn: partialDate.optional(),
  signedOnCertainty: certainty.optional(),
  signedOnUntil: fullDate.optional(),
  signedAt: z.string().max(300).optional(),
  enteredIntoForceOn: partialDate.optional(),
  enteredIntoForceCertainty: certainty.optional(),
  enteredIntoForceUntil: fullDate.optional(),
  endedOn: partialDate.optional(),
  endedOnCertainty: certainty.optional(),
  termEndsOn: partialDate.optional(),
  depository: z.string().max(2000).optional(),
  languages: z.array(text(100)).optional(),
  ambit: z.string().max(60).optional(),
  geography: z.string().max(200).optional(),
  textUrl: z.string().max(2000).optional(),
  notes: z.string().max(20000).optional(),
  parent: slug(160).optional(),
  entryIntoForceRule: z.string().max(2000).optional(),
  termYears: z.number().int().min(1).max(1000).optional(),
  renewal: z.string().max(2000).optional(),
  renewalKind: z.enum(["AUTOMATIC", "BY_AGREEMENT", "NONE"]).optional(),
  renewalPeriodYears: z.number().int().min(1).max(1000).optional(),
  terminatedOn: partialDate.optional(),
  articleCount: z.number().int().min(0).max(100000).optional(),
  supersedes: slug(160).optional(),
  topics: z.array(slug(64)),
  sources: z.array(slug(160)).min(1),
  claims: z.array(ClaimRecordSchema),
  parties: z.array(PartyRecordSchema),
  clauses: z.array(ClauseRecordSchema),
});

export const StatementRecordSchema = z.object({
  id: slug(200),
  speaker: slug(120),
  date: fullDate.optional(),
  quote: text(5000),
  context: z.string().max(5000).optional(),
  source: slug(160),
  agreement: slug(160).optional(),
});

export const RelationsDatasetSchema = z.object({
  sources: z.array(SourceRecordSchema),
  topics: z.array(TopicRecordSchema),
  people: z.array(PersonRecordSchema),
  agreements: z.array(AgreementRecordSchema),
  statements: z.array(StatementRecordSchema),
});

export const CorridorMemberRecordSchema = z.object({
  country: alpha2,
  role: z.enum(["FOUNDER", "MEMBER", "OBSERVER"]),
  since: partialDate.optional(),
  sources: z.array(slug(160)),
  claims: z.array(ClaimRecordSchema),
});

export const CorridorNodeRecordSchema = z.object({
  id: slug(120),
  name: text(300),
  kind: z.enum(["PORT", "RAIL_HUB", "BORDER_CROSSING", "CITY", "DRY_PORT", "OTHER"]),
  country: alpha2,
  latitude: z.number().min(-90).max(90),
  longitude: z.number().min(-180).max(180),
  coordinatesSource: slug(160),
  /** Its World Port Index number, for a seaport the index lists (src/seed/ports.ts). */
  port: z.string().regex(/^\d{1,10}(\.\d)?$/).optional(),
  sources: z.array(slug(160)),
});

export const CorridorSegmentRecordSchema = z.object({
  id: slug(260),
  from: slug(120),
  to: slug(120),
  mode: z.enum(["RAIL", "ROAD", "SEA", "INLAND_WATERWAY"]),
  status: z.enum(["OPERATIONAL", "UNDER_CONSTRUCTION", "PLANNED"]),
  lengthKm: z.number().positive().max(100000).optional(),
  sources: z.array(slug(160)).min(1),
  claims: z.array(ClaimRecordSchema),
  note: z.string().max(5000).optional(),
});

export const CorridorRouteRecordSchema = z.object({ id: slug(120), name: text(200), segments: z.array(slug(260)) });

export const CorridorRecordSchema = z.object({
  id: slug(80),
  name: text(300),
  acronym: z.string().max(40).optional(),
  description: z.string().max(5000).optional(),
  lengthKm: z.number().positive().max(100000).optional(),
  foundingAgreement: slug(160).optional(),
  sources: z.array(slug(160)),
  claims: z.array(ClaimRecordSchema),
  members: z.array(CorridorMemberRecordSchema),
  nodes: z.array(CorridorNodeRecordSchema),
  segments: z.array(CorridorSegmentRecordSchema),
  routes: z.array(CorridorRouteRecordSchema),
});

export const CorridorsDatasetSchema = z.object({ corridors: z.array(CorridorRecordSchema) });

/** A whole import or export file: each subgraph's part. */
export const DatasetSchema = z
  .object({
    format: z.literal("relations-graph/dataset@1").describe("Format name and version."),
    relations: RelationsDatasetSchema,
    corridors: CorridorsDatasetSchema,
  })
  .describe("relations-graph dataset: records keyed by stable ids, with their sources and claims.");

export type Dataset = z.infer<typeof DatasetSchema>;

/** The JSON Schema committed as schema/dataset.schema.json. */
export function datasetJsonSchema(): string {
  return `${JSON.stringify({ $id: "https://relations-graph.invalid/schema/dataset.schema.json", ...z.toJSONSchema(DatasetSchema) }, null, 2)}\n`;
}
