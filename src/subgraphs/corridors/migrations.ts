import type { MigrationInterface } from "typeorm";
import { CorridorsInit1795929325726 } from "../../../migrations/corridors/1795929325726-CorridorsInit.js";

/** Committed migrations of the corridors subgraph, in order. */
export const corridorsMigrations: (new () => MigrationInterface)[] = [CorridorsInit1795929325726];
