import { SHARED_DOCS } from "../../graphql/shared-docs.js";
import { defineSubgraph } from "../define.js";
import { relationsCommands } from "./commands.js";
import { relationsData } from "./dataset.js";
import { agreementReference, AgreementResolver } from "./agreement/agreement.resolver.js";
import { ClaimMutationResolver, ClaimResolver } from "./claim/claim.resolver.js";
import { clauseReference, ClauseResolver } from "./clause/clause.resolver.js";
import { countryReference, CountryResolver } from "./country/country.resolver.js";
import { relationsEntities, RELATIONS_SCHEMA } from "./entities.js";
import { relationsMigrations } from "./migrations.js";
import { OfficeResolver, personReference, PersonResolver } from "./person/person.resolver.js";
import {
  AgreementPartyResolver,
  RatificationResolver,
  RatificationStageMutationResolver,
  RatificationStageResolver,
} from "./ratification/ratification.resolver.js";
import { BilateralRelationResolver, relationReference, TimelineEventResolver } from "./relation/relation.resolver.js";
import { createRelationsLoaders } from "./relations.loaders.js";
import { createRelationsServices, type RelationsContext } from "./relations.services.js";
import { SearchResolver } from "./search/search.resolver.js";
import { sourceReference, SourceMutationResolver, SourceResolver } from "./source/source.resolver.js";
import { AuditResolver } from "./audit/audit.resolver.js";
import { statementReference, StatementResolver } from "./statement/statement.resolver.js";
import { topicReference, TopicResolver } from "./topic/topic.resolver.js";
import { TopicMutationResolver } from "./topic/topic.mutations.js";
import { PersonMutationResolver } from "./person/person.mutations.js";
import { StatementMutationResolver } from "./statement/statement.mutations.js";
import { AgreementMutationResolver } from "./agreement/agreement.mutations.js";
import { ClauseMutationResolver } from "./clause/clause.mutations.js";

/** The relations subgraph: everything the composition root and the tools need of it. */
export const relationsSubgraph = defineSubgraph({
  name: "relations",
  port: 4001,
  databaseSchema: RELATIONS_SCHEMA,
  entities: relationsEntities,
  migrations: relationsMigrations,
  // Both subgraphs describe Query identically, so composition has one description to keep.
  queryDescription: SHARED_DOCS.Query,
  resolvers: [
    CountryResolver,
    AgreementResolver,
    AgreementPartyResolver,
    RatificationResolver,
    RatificationStageResolver,
    RatificationStageMutationResolver,
    ClauseResolver,
    TopicResolver,
    TopicMutationResolver,
    PersonMutationResolver,
    StatementMutationResolver,
    AgreementMutationResolver,
    ClauseMutationResolver,
    PersonResolver,
    OfficeResolver,
    StatementResolver,
    SourceResolver,
    SourceMutationResolver,
    AuditResolver,
    ClaimResolver,
    ClaimMutationResolver,
    BilateralRelationResolver,
    TimelineEventResolver,
    SearchResolver,
  ],
  references: {
    ...countryReference,
    ...agreementReference,
    ...clauseReference,
    ...topicReference,
    ...personReference,
    ...statementReference,
    ...sourceReference,
    ...relationReference,
  },
  createServices: createRelationsServices,
  createLoaders: createRelationsLoaders,
  createContext: (base, services, loaders): RelationsContext => ({ ...base, services, loaders }),
  dataset: relationsData,
  commands: relationsCommands,
});
