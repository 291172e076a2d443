import { registerEnumType } from "type-graphql";

export enum ObligationKind {
  COMMITMENT = "COMMITMENT",
  PROHIBITION = "PROHIBITION",
  CONSULTATION = "CONSULTATION",
  COOPERATION = "COOPERATION",
  DECLARATION = "DECLARATION",
  OTHER = "OTHER",
}
registerEnumType(ObligationKind, {
  name: "ObligationKind",
  description: "What a clause binds the parties to.",
  valuesConfig: {
    COMMITMENT: { description: "The parties undertake to do something." },
    PROHIBITION: { description: "The parties undertake not to do something." },
    CONSULTATION: { description: "The parties undertake to consult." },
    COOPERATION: { description: "The parties undertake to cooperate in an area." },
    DECLARATION: { description: "A statement of shared position, without a specific duty." },
    OTHER: { description: "Anything else." },
  },
});
