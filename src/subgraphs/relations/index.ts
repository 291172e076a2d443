import { SHARED_DOCS } from "../../graphql/shared-docs.js";
import { defineSubgraph } from "../define.js";
import { composeFeatures, type FeatureLoaders, type Interchangeable } from "../feature.js";
import { relationsCommands } from "./commands.js";
import { relationsData } from "./dataset.js";
// Before the features: it fixes the order of the printed schema.
import "./schema-order.js";
import { agreement } from "./agreement/index.js";
import { audit } from "./audit/index.js";
import { claim } from "./claim/index.js";
import { clause } from "./clause/index.js";
import { country } from "./country/index.js";
import { person } from "./person/index.js";
import { ratification } from "./ratification/index.js";
import { relation } from "./relation/index.js";
import { MAX_EVENTS, MAX_SHARED } from "./relation/relation.service.js";
import { search } from "./search/index.js";
import { source } from "./source/index.js";
import { statement } from "./statement/index.js";
import { topic } from "./topic/index.js";
import { identity } from "./identity/index.js";
import { relationsMigrations } from "./migrations.js";
import type { RelationsContext, RelationsLoaders } from "./relations.context.js";
import { createRelationsServices } from "./relations.services.js";

export const RELATIONS_SCHEMA = "relations";

/**
 * The relations subgraph's features, each once (see src/subgraphs/feature.ts). Its entities,
 * resolvers, references and loaders are derived from this list, in its order.
 */
export const relationsFeatures = [country, source, topic, agreement, ratification, clause, person, statement, claim, relation, search, audit, identity] as const;

const features = composeFeatures(relationsFeatures);

/** Every TypeORM entity of the relations subgraph. */
export const relationsEntities = features.entities;

/** Every per-request DataLoader of the relations subgraph, made fresh for each request. */
export const createRelationsLoaders = features.createLoaders;

// The loaders the features build are the loaders the resolvers' context holds, no more, no less.
const loadersMatch: Interchangeable<FeatureLoaders<typeof relationsFeatures>, RelationsLoaders> = true;
void loadersMatch;

/** The relations subgraph: everything the composition root and the tools need of it. */
export const relationsSubgraph = defineSubgraph({
  name: "relations",
  port: 4001,
  databaseSchema: RELATIONS_SCHEMA,
  entities: features.entities,
  migrations: relationsMigrations,
  // Both subgraphs describe Query identically, so composition has one description to keep.
  queryDescription: SHARED_DOCS.Query,
  // Without `first`, a relation holds every shared agreement and event up to these: IR–RU has 362 agreements.
  listSizes: { "BilateralRelation.agreements": MAX_SHARED, "BilateralRelation.timeline": MAX_EVENTS },
  resolvers: features.resolvers,
  references: features.references,
  orphanedTypes: features.orphanedTypes,
  plans: features.plans,
  createServices: createRelationsServices,
  createLoaders: (ds) => createRelationsLoaders(ds),
  createContext: (base, services, loaders): RelationsContext => ({ ...base, services, loaders }),
  dataset: relationsData,
  commands: relationsCommands,
});
