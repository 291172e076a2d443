import { SHARED_DOCS } from "../../graphql/shared-docs.js";
import { defineSubgraph } from "../define.js";
import { corridorsData } from "./dataset.js";
// Before the features: it fixes the order of the printed schema.
import "./schema-order.js";
import { composeFeatures, type FeatureLoaders, type Interchangeable } from "../feature.js";
import { audit } from "./audit/index.js";
import { claim } from "./claim/index.js";
import { corridor } from "./corridor/index.js";
import type { CorridorsContext, CorridorsLoaders } from "./corridors.context.js";
import { createCorridorsServices } from "./corridors.services.js";
import { corridorsMigrations } from "./migrations.js";
import { identity } from "./identity/index.js";
import { node } from "./node/index.js";
import { path } from "./path/index.js";
import { port } from "./port/index.js";
import { refs } from "./refs/index.js";
import { segment } from "./segment/index.js";

export const CORRIDORS_SCHEMA = "corridors";

/**
 * The corridors subgraph's features, each once (see src/subgraphs/feature.ts). Its entities,
 * resolvers, references, orphaned types and loaders are derived from this list, in its order.
 */
export const corridorsFeatures = [corridor, node, segment, path, refs, claim, audit, identity, port] as const;

const features = composeFeatures(corridorsFeatures);

/** Every TypeORM entity of the corridors subgraph. */
export const corridorsEntities = features.entities;

/** Every per-request DataLoader of the corridors subgraph, made fresh for each request. */
export const createCorridorsLoaders = features.createLoaders;

// The loaders the features build are the loaders the resolvers' context holds, no more, no less.
const loadersMatch: Interchangeable<FeatureLoaders<typeof corridorsFeatures>, CorridorsLoaders> = true;
void loadersMatch;

/** The corridors subgraph: everything the composition root and the tools need of it. */
export const corridorsSubgraph = defineSubgraph({
  name: "corridors",
  port: 4002,
  databaseSchema: CORRIDORS_SCHEMA,
  entities: features.entities,
  migrations: corridorsMigrations,
  // Both subgraphs describe Query identically, so composition has one description to keep.
  queryDescription: SHARED_DOCS.Query,
  resolvers: features.resolvers,
  orphanedTypes: features.orphanedTypes,
  plans: features.plans,
  references: features.references,
  createServices: createCorridorsServices,
  createLoaders: (ds) => createCorridorsLoaders(ds),
  createContext: (base, services, loaders): CorridorsContext => ({ ...base, services, loaders }),
  dataset: corridorsData,
});
