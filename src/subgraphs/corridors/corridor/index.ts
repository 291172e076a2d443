import { defineFeature } from "../../feature.js";
import { TradeCorridor, CorridorMember } from "./corridor.entity.js";
import { createCorridorLoaders, type CorridorLoaders } from "./corridor.loader.js";
import { CorridorMutationResolver } from "./corridor.mutations.js";
import { TradeCorridorResolver, CorridorMemberResolver, corridorReference } from "./corridor.resolver.js";

declare module "../corridors.context.js" {
  interface CorridorsLoaders extends CorridorLoaders {}
}

/** Trade corridors and their member countries. */
export const corridor = defineFeature({
  name: "corridor",
  entities: [TradeCorridor, CorridorMember],
  loaders: createCorridorLoaders,
  resolvers: [TradeCorridorResolver, CorridorMemberResolver, CorridorMutationResolver],
  references: corridorReference,
  plans: {
    // As corridorIdsByMember reads them: by corridor id.
    "Country.corridors": { kind: "through", entity: TradeCorridor, table: "corridors.corridor_member", parentColumn: "country_code", childColumn: "corridor_id" },
  },
});
