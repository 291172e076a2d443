import { registerEnumType } from "type-graphql";

export enum AgreementKind {
  TREATY = "TREATY",
  AGREEMENT = "AGREEMENT",
  MEMORANDUM = "MEMORANDUM",
  PROTOCOL = "PROTOCOL",
  PROGRAMME = "PROGRAMME",
  DECLARATION = "DECLARATION",
  AMENDMENT = "AMENDMENT",
  RESOLUTION = "RESOLUTION",
  REGULATION = "REGULATION",
  REPORT = "REPORT",
  OTHER = "OTHER",
}
registerEnumType(AgreementKind, {
  name: "AgreementKind",
  description: "What kind of instrument an agreement is.",
  valuesConfig: {
    TREATY: { description: "A treaty, usually subject to ratification." },
    AGREEMENT: { description: "An intergovernmental agreement." },
    MEMORANDUM: { description: "A memorandum of understanding." },
    PROTOCOL: { description: "A protocol to another instrument." },
    PROGRAMME: { description: "A programme of cooperation." },
    DECLARATION: { description: "A joint declaration or statement." },
    AMENDMENT: { description: "An amendment to another instrument." },
    RESOLUTION: { description: "A resolution of the parties or of a body they set up." },
    REGULATION: { description: "A regulation adopted under another instrument." },
    REPORT: { description: "A report or record agreed by the parties (coded as such in the GGO data)." },
    OTHER: { description: "Any other instrument." },
  },
});

export enum AgreementStatus {
  NOT_YET_SIGNED = "NOT_YET_SIGNED",
  SIGNED = "SIGNED",
  IN_FORCE = "IN_FORCE",
  EXPIRED = "EXPIRED",
  TERMINATED = "TERMINATED",
  UNKNOWN = "UNKNOWN",
}
registerEnumType(AgreementStatus, {
  name: "AgreementStatus",
  description: "An agreement's legal status on a date, derived from its dated facts (see docs/api.md, \"Status rules\").",
  valuesConfig: {
    NOT_YET_SIGNED: { description: "The date is before signature." },
    SIGNED: { description: "Signed, and known not to be in force yet on that date." },
    IN_FORCE: { description: "In force on that date." },
    EXPIRED: { description: "Its term ended without renewal." },
    TERMINATED: { description: "Terminated or denounced by that date." },
    UNKNOWN: { description: "The facts needed to decide are missing; never a guess." },
  },
});

export enum AgreementOrder {
  SIGNED_ON_DESC = "SIGNED_ON_DESC",
  SIGNED_ON_ASC = "SIGNED_ON_ASC",
  TITLE_ASC = "TITLE_ASC",
}
registerEnumType(AgreementOrder, {
  name: "AgreementOrder",
  description: "Order of an agreement list. Ties are broken by id, so pages are stable.",
  valuesConfig: {
    SIGNED_ON_DESC: { description: "Newest signature first; unknown signature dates last." },
    SIGNED_ON_ASC: { description: "Oldest signature first; unknown signature dates last." },
    TITLE_ASC: { description: "By title, A to Z." },
  },
});

/** How an agreement's term is renewed. An addition to the contract, used by the status rules. */
export enum RenewalKind {
  AUTOMATIC = "AUTOMATIC",
  BY_AGREEMENT = "BY_AGREEMENT",
  NONE = "NONE",
}
registerEnumType(RenewalKind, {
  name: "RenewalKind",
  description: "How an agreement's term is renewed once it ends.",
  valuesConfig: {
    AUTOMATIC: { description: "Renewed automatically unless a party gives notice." },
    BY_AGREEMENT: { description: "Renewed only if the parties agree to." },
    NONE: { description: "Not renewable; it expires at the end of its term." },
  },
});
