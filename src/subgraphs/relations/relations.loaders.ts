import type { DataSource } from "typeorm";
import { createAgreementLoaders } from "./agreement/agreement.loader.js";
import { createClaimLoaders } from "./claim/claim.loader.js";
import { createClauseLoaders } from "./clause/clause.loader.js";
import { createCountryLoaders } from "./country/country.loader.js";
import { createPersonLoaders } from "./person/person.loader.js";
import { createRatificationLoaders } from "./ratification/ratification.loader.js";
import { createSourceLoaders } from "./source/source.loader.js";
import { createStatementLoaders } from "./statement/statement.loader.js";
import { createTopicLoaders } from "./topic/topic.loader.js";

/**
 * Every per-request DataLoader of the relations subgraph. Made fresh for each request. Loaders
 * are built from the DataSource and each feature's queries alone, never from services: services
 * and resolvers use loaders, not the other way round.
 */
export function createRelationsLoaders(ds: DataSource) {
  return {
    ...createCountryLoaders(ds),
    ...createSourceLoaders(ds),
    ...createTopicLoaders(ds),
    ...createAgreementLoaders(ds),
    ...createRatificationLoaders(ds),
    ...createClauseLoaders(ds),
    ...createPersonLoaders(ds),
    ...createStatementLoaders(ds),
    ...createClaimLoaders(ds),
  };
}

export type RelationsLoaders = ReturnType<typeof createRelationsLoaders>;
