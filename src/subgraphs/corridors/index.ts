import { SHARED_DOCS } from "../../graphql/shared-docs.js";
import type { NonEmptyArray } from "type-graphql";
import { corridorReference, CorridorMemberResolver, TradeCorridorResolver } from "./corridor/corridor.resolver.js";
import { createCorridorsLoaders } from "./corridors.loaders.js";
import { createCorridorsServices } from "./corridors.services.js";
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

/** Everything the composition root needs to assemble the corridors subgraph. */
export const corridorsSubgraph = {
  name: "corridors",
  schema: CORRIDORS_SCHEMA,
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
  ] as NonEmptyArray<Function>,
  orphanedTypes: [BilateralRelationRef],
  references: { ...corridorReference, ...nodeReference, ...segmentReference, ...refReferences },
  createServices: createCorridorsServices,
  createLoaders: (ds: import("typeorm").DataSource) => createCorridorsLoaders(ds),
};
