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
import { keysetQuery } from "../../db/keyset.js";
import { agreementStatusFacts } from "./agreement/agreement.queries.js";
import { searchCount, searchHits } from "./search/search.queries.js";
import { allTopics } from "./topic/topic.queries.js";

/**
 * The relations subgraph's services: one set per process, built by the composition root. Each
 * gets the queries it runs itself; per-request loaders reach it as an argument of each call.
 */
export function createRelationsServices(ds: DataSource, hooks: WriteHooks = {}) {
  const pages = keysetQuery(ds);
  const countries = new CountryService(pages);
  const agreements = new AgreementService({ statusFacts: (q) => agreementStatusFacts(ds, q) }, countries);
  const writes = new WriteService(ds, AuditEntry, hooks);
  return {
    dataSource: ds,
    writes,
    records: new RecordWrites(writes),
    claimWrites: new ClaimWrites(writes, Claim, { Agreement, RatificationStage }, Source),
    stageWrites: new RatificationStageWrites(writes, countries),

    countries,
    agreements,
    clauses: new ClauseService(),
    people: new PersonService(pages),
    sources: new SourceService(pages),
    topics: new TopicService({ allTopics: () => allTopics(ds) }),
    claims: new ClaimService(),
    relations: new RelationService(countries, agreements),
    search: new SearchService({ hits: (text, window, withTotal) => searchHits(ds, text, window, withTotal), count: (text) => searchCount(ds, text) }),
  };
}

export type RelationsServices = ReturnType<typeof createRelationsServices>;
