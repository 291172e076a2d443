import { registerEnumType } from "type-graphql";

/** What kind of party a Country record is. */
export enum PartyKind {
  STATE = "STATE",
  UNLISTED_STATE = "UNLISTED_STATE",
  FORMER_STATE = "FORMER_STATE",
  ORGANIZATION = "ORGANIZATION",
  SUBNATIONAL = "SUBNATIONAL",
}
registerEnumType(PartyKind, {
  name: "PartyKind",
  description: "What kind of party a Country record is (docs/api.md, \"Party keys\").",
  valuesConfig: {
    STATE: { description: "A current state or territory of ISO 3166-1." },
    UNLISTED_STATE: { description: "A current state that ISO 3166-1 does not list: Kosovo, under the user-assigned code XK that the EU and most data sets use." },
    FORMER_STATE: { description: "A state that no longer exists (ISO 3166-3 where it has a code): Yugoslavia, Czechoslovakia, the GDR, …" },
    ORGANIZATION: { description: "An international organisation that is a party in its own right (the EU, the IAEA, …)." },
    SUBNATIONAL: { description: "A part of a state that concluded an agreement itself (a German Land)." },
  },
});
