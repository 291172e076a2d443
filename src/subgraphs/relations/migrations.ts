import type { MigrationInterface } from "typeorm";
import { RelationsInit1795927986498 } from "../../../migrations/relations/1795927986498-RelationsInit.js";
import { RelationsSearchIndexes1795928000000 } from "../../../migrations/relations/1795928000000-RelationsSearchIndexes.js";
import { RelationsVersionsAndAudit1795930802377 } from "../../../migrations/relations/1795930802377-RelationsVersionsAndAudit.js";
import { RelationsClaimVersion1795932200432 } from "../../../migrations/relations/1795932200432-RelationsClaimVersion.js";
import { RelationsKeysetIndexes1795940000000 } from "../../../migrations/relations/1795940000000-RelationsKeysetIndexes.js";
import { RelationsRealData1796225765113 } from "../../../migrations/relations/1796225765113-RelationsRealData.js";
import { RelationsStoredSearchVectors1796411000000 } from "../../../migrations/relations/1796411000000-RelationsStoredSearchVectors.js";
import { RelationsSearchPostings1796560000000 } from "../../../migrations/relations/1796560000000-RelationsSearchPostings.js";

/** Committed migrations of the relations subgraph, in order. */
export const relationsMigrations: (new () => MigrationInterface)[] = [
  RelationsInit1795927986498,
  RelationsSearchIndexes1795928000000,
  RelationsVersionsAndAudit1795930802377,
  RelationsClaimVersion1795932200432,
  RelationsKeysetIndexes1795940000000,
  RelationsRealData1796225765113,
  RelationsStoredSearchVectors1796411000000,
  RelationsSearchPostings1796560000000,
];
