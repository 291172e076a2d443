import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { Claim } from "./claim.entity.js";

/** Key of a record's claims: its GraphQL type name and id. */
export interface ClaimOwner {
  type: string;
  id: string;
}

export function createClaimLoaders(ds: DataSource) {
  return {
    claimsByRecord: new DataLoader<ClaimOwner, Claim[], string>(
      async (owners) => {
        const rows = await ds
          .getRepository(Claim)
          .createQueryBuilder("c")
          .where("(c.record_type, c.record_id) IN (SELECT * FROM unnest(:types::varchar[], :ids::varchar[]))", {
            types: owners.map((o) => o.type),
            ids: owners.map((o) => o.id),
          })
          .orderBy("c.field")
          .addOrderBy("c.preferred", "DESC")
          .addOrderBy("c.id")
          .getMany();
        const groups = new Map<string, Claim[]>(owners.map((o) => [`${o.type}:${o.id}`, []]));
        for (const c of rows) groups.get(`${c.recordType}:${c.recordId}`)?.push(c);
        return owners.map((o) => groups.get(`${o.type}:${o.id}`)!);
      },
      { cacheKeyFn: (o) => `${o.type}:${o.id}` },
    ),
  };
}
