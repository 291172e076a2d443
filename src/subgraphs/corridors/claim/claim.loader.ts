import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { claimsLoader } from "../../../db/loaders.js";
import { CorridorClaim } from "./claim.entity.js";

export function createClaimLoaders(ds: DataSource) {
  return {
    /** Source ids backing a record, keyed "<GraphQL type>:<id>". */
    sourceIds: new DataLoader<string, string[]>(async (keys) => {
      const rows: { k: string; source_id: string }[] = await ds.query(
        `SELECT record_type || ':' || record_id AS k, source_id FROM corridors.source_ref
         WHERE (record_type, record_id) IN (SELECT split_part(k, ':', 1), substr(k, length(split_part(k, ':', 1)) + 2) FROM unnest($1::text[]) AS k)
         ORDER BY source_id`,
        [[...keys]],
      );
      const groups = new Map<string, string[]>(keys.map((k) => [k, []]));
      for (const r of rows) groups.get(r.k)?.push(r.source_id);
      return keys.map((k) => groups.get(k)!);
    }),
    claimsByRecord: claimsLoader(ds, CorridorClaim),
  };
}

export type ClaimLoaders = ReturnType<typeof createClaimLoaders>;
