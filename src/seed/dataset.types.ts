import type { z } from "zod";
import type {
  AgreementRecordSchema,
  ClaimRecordSchema,
  ClauseRecordSchema,
  LocalizedTextSchema,
  OfficeRecordSchema,
  PartyRecordSchema,
  PersonRecordSchema,
  RelationsDatasetSchema,
  SourceRecordSchema,
  StageRecordSchema,
  StatementRecordSchema,
  TopicRecordSchema,
} from "./dataset.schema.js";

/**
 * The relations part of the dataset format, inferred from the zod schema in dataset.schema.ts
 * (the one place the format is written; it also prints schema/dataset.schema.json).
 */
export type PartialDate = string;
export type LocalizedText = z.infer<typeof LocalizedTextSchema>;
export type SourceRecord = z.infer<typeof SourceRecordSchema>;
export type TopicRecord = z.infer<typeof TopicRecordSchema>;
export type ClaimRecord = z.infer<typeof ClaimRecordSchema>;
export type OfficeRecord = z.infer<typeof OfficeRecordSchema>;
export type PersonRecord = z.infer<typeof PersonRecordSchema>;
export type StageRecord = z.infer<typeof StageRecordSchema>;
export type PartyRecord = z.infer<typeof PartyRecordSchema>;
export type ClauseRecord = z.infer<typeof ClauseRecordSchema>;
export type AgreementRecord = z.infer<typeof AgreementRecordSchema>;
export type StatementRecord = z.infer<typeof StatementRecordSchema>;
export type RelationsDataset = z.infer<typeof RelationsDatasetSchema>;
export type AgreementKind = AgreementRecord["kind"];
export type StageKind = StageRecord["kind"];
export type StageOutcome = StageRecord["outcome"];
export type ObligationKind = NonNullable<ClauseRecord["obligation"]>;
export type RenewalKind = NonNullable<AgreementRecord["renewalKind"]>;
export type DatePrecision = "DAY" | "MONTH" | "YEAR";
