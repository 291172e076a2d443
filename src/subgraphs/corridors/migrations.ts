import type { MigrationInterface } from "typeorm";
import { CorridorsInit1795929325726 } from "../../../migrations/corridors/1795929325726-CorridorsInit.js";
import { CorridorsVersionsAndAudit1795932201864 } from "../../../migrations/corridors/1795932201864-CorridorsVersionsAndAudit.js";
import { AddPort1796426936328 } from "../../../migrations/corridors/1796426936328-AddPort.js";
import { SegmentSeaRoute1796434834548 } from "../../../migrations/corridors/1796434834548-SegmentSeaRoute.js";

/** Committed migrations of the corridors subgraph, in order. */
export const corridorsMigrations: (new () => MigrationInterface)[] = [CorridorsInit1795929325726, CorridorsVersionsAndAudit1795932201864, AddPort1796426936328, SegmentSeaRoute1796434834548];
