import type { DataSource } from "typeorm";
import { AgreementService } from "./agreement/agreement.service.js";
import { ClaimService } from "./claim/claim.service.js";
import { ClauseService } from "./clause/clause.service.js";
import { CountryService } from "./country/country.service.js";
import { PersonService } from "./person/person.service.js";
import { RelationService } from "./relation/relation.service.js";
import { SearchService } from "./search/search.service.js";
import { SourceService } from "./source/source.service.js";
import { TopicService } from "./topic/topic.service.js";
import { WriteService, type WriteHooks } from "../../db/write-service.js";
import { AuditEntry } from "./audit/audit.entity.js";
import { RecordWrites } from "../../db/record-writes.js";
import { ClaimWrites } from "../../db/claim-writes.js";
import { Agreement } from "./agreement/agreement.entity.js";
import { Claim } from "./claim/claim.entity.js";
import { RatificationStage } from "./ratification/ratification.entity.js";
import { Source } from "./source/source.entity.js";
import { RatificationStageWrites } from "./ratification/ratification.writes.js";
import type { Authentication } from "../../auth/auth.service.js";

/** The relations subgraph's services: one set per process, built by the composition root. */
export function createRelationsServices(ds: DataSource, hooks: WriteHooks = {}) {
  const countries = new CountryService(ds);
  const agreements = new AgreementService(ds, countries);
  const writes = new WriteService(ds, AuditEntry, hooks);
  return {
    dataSource: ds,
    writes,
    records: new RecordWrites(writes),
    claimWrites: new ClaimWrites(writes, Claim, { Agreement, RatificationStage }, Source),
    stageWrites: new RatificationStageWrites(writes, countries),

    countries,
    agreements,
    clauses: new ClauseService(ds),
    people: new PersonService(ds),
    sources: new SourceService(ds),
    topics: new TopicService(ds),
    claims: new ClaimService(),
    relations: new RelationService(countries, agreements),
    search: new SearchService(ds),
  };
}

export type RelationsServices = ReturnType<typeof createRelationsServices>;

/** What every relations resolver receives as its context. */
export interface RelationsContext {
  requestId: string;
  /** Who is calling (an anonymous reader, a key, or an invalid key). */
  auth: Authentication;
  services: RelationsServices;
  loaders: import("./relations.loaders.js").RelationsLoaders;
}
