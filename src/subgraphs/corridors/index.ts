import { SHARED_DOCS } from "../../graphql/shared-docs.js";
import { defineSubgraph } from "../define.js";
import { corridorsData } from "./dataset.js";
import { corridorReference, CorridorMemberResolver, TradeCorridorResolver } from "./corridor/corridor.resolver.js";
import { createCorridorsLoaders } from "./corridors.loaders.js";
import { createCorridorsServices, type CorridorsContext } from "./corridors.services.js";
import { corridorsEntities, CORRIDORS_SCHEMA } from "./entities.js";
import { corridorsMigrations } from "./migrations.js";
import { CorridorNodeResolver, nodeReference } from "./node/node.resolver.js";
import { CorridorMutationResolver } from "./corridor/corridor.mutations.js";
import { CorridorNodeMutationResolver } from "./node/node.mutations.js";
import { CorridorSegmentMutationResolver } from "./segment/segment.mutations.js";
import { CorridorClaimMutationResolver } from "./claim/claim.mutations.js";
import { CorridorsAuditResolver } from "./audit/audit.resolver.js";
import { CorridorPathResolver } from "./path/path.resolver.js";
import { AgreementRefResolver, BilateralRelationRefResolver, CorridorClaimResolver, CountryRefResolver, refReferences } from "./refs/refs.resolver.js";
import { BilateralRelationRef } from "./refs/refs.types.js";
import { CorridorRouteResolver, CorridorSegmentResolver, segmentReference } from "./segment/segment.resolver.js";

/** The corridors subgraph: everything the composition root and the tools need of it. */
export const corridorsSubgraph = defineSubgraph({
  name: "corridors",
  port: 4002,
  databaseSchema: CORRIDORS_SCHEMA,
  entities: corridorsEntities,
  migrations: corridorsMigrations,
  // Both subgraphs describe Query identically, so composition has one description to keep.
  queryDescription: SHARED_DOCS.Query,
  resolvers: [
    TradeCorridorResolver,
    CorridorMemberResolver,
    CorridorNodeResolver,
    CorridorSegmentResolver,
    CorridorRouteResolver,
    CorridorPathResolver,
    CountryRefResolver,
    AgreementRefResolver,
    BilateralRelationRefResolver,
    CorridorClaimResolver,
    CorridorMutationResolver,
    CorridorNodeMutationResolver,
    CorridorSegmentMutationResolver,
    CorridorClaimMutationResolver,
    CorridorsAuditResolver,
  ],
  orphanedTypes: [BilateralRelationRef],
  references: { ...corridorReference, ...nodeReference, ...segmentReference, ...refReferences },
  createServices: createCorridorsServices,
  createLoaders: (ds) => createCorridorsLoaders(ds),
  createContext: (base, services, loaders): CorridorsContext => ({ ...base, services, loaders }),
  dataset: corridorsData,
});
