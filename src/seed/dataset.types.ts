/**
 * The shape of the seed dataset files under src/seed/data/.
 *
 * Dates are strings: "2025-04-21" (DAY), "2025-04" (MONTH) or "2025" (YEAR).
 * The loader stores the first day of the period and its precision.
 * Every id is a stable, lowercase slug (people "vladimir-putin", sources "tehran-times-2025-04-21-putin-ratifies").
 */
export type PartialDate = string;

export type DatePrecision = "DAY" | "MONTH" | "YEAR";
export type AgreementKind = "TREATY" | "AGREEMENT" | "MEMORANDUM" | "PROTOCOL" | "PROGRAMME" | "DECLARATION" | "OTHER";
export type StageKind =
  | "LOWER_HOUSE"
  | "UPPER_HOUSE"
  | "LEGISLATURE"
  | "CONSTITUTIONAL_REVIEW"
  | "HEAD_OF_STATE"
  | "INSTRUMENT_EXCHANGE"
  | "OTHER";
export type StageOutcome = "APPROVED" | "REJECTED" | "PENDING";
export type ObligationKind = "COMMITMENT" | "PROHIBITION" | "CONSULTATION" | "COOPERATION" | "DECLARATION" | "OTHER";
/** How the agreement's term is renewed; drives Agreement.status after expiresOn. */
export type RenewalKind = "AUTOMATIC" | "BY_AGREEMENT" | "NONE";

export interface LocalizedText {
  /** BCP 47 tag: "en", "fa", "ru". */
  language: string;
  text: string;
}

export interface SourceRecord {
  id: string;
  title: string;
  publisher: string;
  url?: string;
  archiveUrl?: string;
  language?: string;
  publishedOn?: string; // full date only
  accessedOn?: string; // full date only
  excerpt?: string;
}

export interface TopicRecord {
  code: string;
  name: string;
}

/**
 * One source's word on one field of one record. `field` is the GraphQL field name on the
 * record's type (Agreement: "signedOn", "renewal", "enteredIntoForceOn"...; RatificationStage:
 * "date", "votesFor"...). `value` is the value as that source gives it, as text.
 * Exactly one claim per (record, field) is preferred, and its value equals the record's value.
 */
export interface ClaimRecord {
  field: string;
  value: string;
  source: string;
  preferred: boolean;
  note?: string;
}

export interface OfficeRecord {
  id: string;
  title: string;
  country?: string; // ISO alpha-2
  from?: PartialDate;
  to?: PartialDate;
  sources: string[];
}

export interface PersonRecord {
  id: string;
  name: string;
  alternativeNames: LocalizedText[];
  offices: OfficeRecord[];
}

export interface StageRecord {
  id: string;
  body: string;
  kind: StageKind;
  /** Omitted when unknown. */
  date?: PartialDate;
  /** When the date is unknown but the stage is known to have happened no later than this full date. */
  notAfter?: string;
  outcome: StageOutcome;
  /** True on the stage that completes this party's domestic ratification (e.g. the head of state signs the law). */
  completesRatification?: boolean;
  votesFor?: number;
  votesAgainst?: number;
  votesAbstaining?: number;
  /** Members present, where a source gives it. */
  votesPresent?: number;
  note?: string;
  sources: string[];
  claims: ClaimRecord[];
}

export interface PartyRecord {
  country: string; // ISO alpha-2
  signatory?: string; // person id
  stages: StageRecord[];
}

export interface ClauseRecord {
  id: string;
  number?: string;
  title?: string;
  summary: string;
  obligation?: ObligationKind;
  topics: string[];
  /** False when the article number or wording could not be confirmed from a source. */
  verified: boolean;
  sources: string[];
}

export interface AgreementRecord {
  id: string;
  title: string;
  shortTitle?: string;
  alternativeTitles: LocalizedText[];
  kind: AgreementKind;
  relationshipLevel?: string;
  signedOn?: PartialDate;
  signedAt?: string;
  enteredIntoForceOn?: PartialDate;
  /** Free text, e.g. "30 days after the last written notification that domestic procedures are complete". */
  entryIntoForceRule?: string;
  termYears?: number;
  /** Free text as the preferred source words it. */
  renewal?: string;
  renewalKind?: RenewalKind;
  renewalPeriodYears?: number;
  terminatedOn?: PartialDate;
  articleCount?: number;
  supersedes?: string; // agreement id
  topics: string[];
  sources: string[];
  claims: ClaimRecord[];
  parties: PartyRecord[];
  clauses: ClauseRecord[];
}

export interface StatementRecord {
  id: string;
  speaker: string; // person id
  date?: string; // full date
  quote: string;
  context?: string;
  source: string;
  /** The agreement the statement is about, if any; puts it on that agreement's timeline. */
  agreement?: string;
}

export interface RelationsDataset {
  sources: SourceRecord[];
  topics: TopicRecord[];
  people: PersonRecord[];
  agreements: AgreementRecord[];
  statements: StatementRecord[];
}
