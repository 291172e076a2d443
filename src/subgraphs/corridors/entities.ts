import { CorridorClaim, SourceRef } from "./claim/claim.entity.js";
import { CorridorMember, TradeCorridor } from "./corridor/corridor.entity.js";
import { CorridorNode } from "./node/node.entity.js";
import { AuditEntry } from "./audit/audit.entity.js";
import { CorridorRoute, CorridorSegment, RouteSegment } from "./segment/segment.entity.js";

/** Every TypeORM entity of the corridors subgraph (PostgreSQL schema "corridors"). */
export const corridorsEntities = [TradeCorridor, CorridorMember, CorridorNode, CorridorSegment, CorridorRoute, RouteSegment, CorridorClaim, SourceRef, AuditEntry];

export const CORRIDORS_SCHEMA = "corridors";
