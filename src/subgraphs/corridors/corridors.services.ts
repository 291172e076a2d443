import type { DataSource } from "typeorm";
import { CorridorService } from "./corridor/corridor.service.js";
import type { CorridorsLoaders } from "./corridors.loaders.js";
import { PathService } from "./path/path.service.js";
import { SegmentService } from "./segment/segment.service.js";
import { TradeCorridor } from "./corridor/corridor.entity.js";

/** The corridors subgraph's services: one set per process, built by the composition root. */
export function createCorridorsServices(ds: DataSource) {
  return {
    corridors: new CorridorService(),
    segments: new SegmentService(),
    paths: new PathService(ds),
    allCorridors: () => ds.getRepository(TradeCorridor).find({ order: { id: "ASC" } }),
  };
}

export type CorridorsServices = ReturnType<typeof createCorridorsServices>;

/** What every corridors resolver receives as its context. */
export interface CorridorsContext {
  requestId: string;
  services: CorridorsServices;
  loaders: CorridorsLoaders;
}
