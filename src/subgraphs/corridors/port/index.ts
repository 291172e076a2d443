import { defineFeature } from "../../feature.js";
import type { CorridorsContext } from "../corridors.context.js";
import { Port } from "./port.entity.js";
import { createPortLoaders, type PortLoaders } from "./port.loader.js";
import { CorridorNodePortResolver, PortResolver, portReference } from "./port.resolver.js";

declare module "../corridors.context.js" {
  interface CorridorsLoaders extends PortLoaders {}
}

/** Seaports of the World Port Index (reference data, loaded from data/world-port-index/ at seed time). */
export const port = defineFeature({
  name: "port",
  entities: [Port],
  loaders: createPortLoaders,
  resolvers: [PortResolver, CorridorNodePortResolver],
  references: portReference,
  plans: {
    "Query.ports": { kind: "connection", node: Port, args: ["country", "first", "after", "last", "before"], page: (ctx: CorridorsContext, args, nodes) => ctx.services.ports.page(ctx.loaders, args, nodes) },
  },
});
