import { Agreement, AgreementTitle } from "./agreement/agreement.entity.js";
import { AuditEntry } from "./audit/audit.entity.js";
import { Claim } from "./claim/claim.entity.js";
import { Clause } from "./clause/clause.entity.js";
import { Country } from "./country/country.entity.js";
import { Office, Person, PersonName } from "./person/person.entity.js";
import { AgreementParty, RatificationStage } from "./ratification/ratification.entity.js";
import { Source } from "./source/source.entity.js";
import { Statement } from "./statement/statement.entity.js";
import { Topic } from "./topic/topic.entity.js";

/** Every TypeORM entity of the relations subgraph (PostgreSQL schema "relations"). */
export const relationsEntities = [
  Country,
  Source,
  Topic,
  Agreement,
  AgreementTitle,
  AgreementParty,
  RatificationStage,
  Clause,
  Person,
  PersonName,
  Office,
  Statement,
  Claim,
  AuditEntry,
];

export const RELATIONS_SCHEMA = "relations";
