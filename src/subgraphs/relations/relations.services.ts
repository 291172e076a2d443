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

/** The relations subgraph's services: one set per process, built by the composition root. */
export function createRelationsServices(ds: DataSource) {
  const countries = new CountryService(ds);
  const agreements = new AgreementService(ds, countries);
  return {
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
  services: RelationsServices;
  loaders: import("./relations.loaders.js").RelationsLoaders;
}
