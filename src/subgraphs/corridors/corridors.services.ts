import type { DataSource } from "typeorm";
import { CorridorService } from "./corridor/corridor.service.js";
import { segmentEdges } from "./path/path.queries.js";
import { PathService } from "./path/path.service.js";
import { SegmentService } from "./segment/segment.service.js";
import { allCorridors } from "./corridor/corridor.queries.js";
import { CorridorClaim } from "./claim/claim.entity.js";
import { CorridorMember, TradeCorridor } from "./corridor/corridor.entity.js";
import { CorridorSegment } from "./segment/segment.entity.js";
import { WriteService, type WriteHooks } from "../../db/write-service.js";
import { RecordWrites } from "../../db/record-writes.js";
import { ClaimWrites } from "../../db/claim-writes.js";
import { AuditEntry } from "./audit/audit.entity.js";
import { PortService } from "./port/port.service.js";
import { keysetQuery } from "../../db/keyset.js";

/**
 * The corridors subgraph's services: one set per process, built by the composition root. Each
 * gets the queries it runs itself; per-request loaders reach it as an argument of each call.
 */
export function createCorridorsServices(ds: DataSource, hooks: WriteHooks = {}) {
  const writes = new WriteService(ds, AuditEntry, hooks);
  return {
    dataSource: ds,
    writes,
    records: new RecordWrites(writes),
    // Sources live in the relations subgraph: their ids are checked there (gateway test), not here.
    claimWrites: new ClaimWrites(writes, CorridorClaim, { TradeCorridor, CorridorMember, CorridorSegment }, null),
    corridors: new CorridorService({ allCorridors: () => allCorridors(ds) }),
    segments: new SegmentService(),
    ports: new PortService(keysetQuery(ds)),
    paths: new PathService({ segmentEdges: (modes, statuses, corridors) => segmentEdges(ds, modes, statuses, corridors) }),
  };
}

export type CorridorsServices = ReturnType<typeof createCorridorsServices>;
