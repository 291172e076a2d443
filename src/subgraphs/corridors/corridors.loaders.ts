import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import { byKey, claimsLoader, groupedBy, linkIds } from "../../db/loaders.js";
import { CorridorClaim } from "./claim/claim.entity.js";
import { CorridorMember, TradeCorridor } from "./corridor/corridor.entity.js";
import { CorridorNode } from "./node/node.entity.js";
import { CorridorRoute, CorridorSegment } from "./segment/segment.entity.js";

const S = "corridors";

/** Every per-request DataLoader of the corridors subgraph. Made fresh for each request. */
export function createCorridorsLoaders(ds: DataSource) {
  return {
    corridorById: byKey(ds, TradeCorridor, "id"),
    corridorsByAgreement: groupedBy(ds, TradeCorridor, "foundingAgreementId", { id: "ASC" }),
    membersByCorridor: groupedBy(ds, CorridorMember, "corridorId", { countryCode: "ASC" }),
    corridorIdsByMember: linkIds(
      ds,
      `SELECT country_code AS parent_key, corridor_id AS child_key FROM ${S}.corridor_member WHERE country_code = ANY($1) ORDER BY corridor_id`,
    ),
    nodeById: byKey(ds, CorridorNode, "id"),
    nodesByCountry: groupedBy(ds, CorridorNode, "countryCode", { id: "ASC" }),
    /** Nodes a corridor's segments touch. */
    nodeIdsByCorridor: linkIds(
      ds,
      `SELECT DISTINCT corridor_id AS parent_key, node_id AS child_key FROM (
         SELECT corridor_id, from_node_id AS node_id FROM ${S}.corridor_segment UNION ALL SELECT corridor_id, to_node_id FROM ${S}.corridor_segment
       ) n WHERE corridor_id = ANY($1) ORDER BY 1, 2`,
    ),
    segmentById: byKey(ds, CorridorSegment, "id"),
    segmentsByCorridor: groupedBy(ds, CorridorSegment, "corridorId", { id: "ASC" }),
    routesByCorridor: groupedBy(ds, CorridorRoute, "corridorId", { id: "ASC" }),
    routeSegmentIds: linkIds(ds, `SELECT route_id AS parent_key, segment_id AS child_key FROM ${S}.route_segment WHERE route_id = ANY($1) ORDER BY route_id, seq`),
    /** Source ids backing a record, keyed "<GraphQL type>:<id>". */
    sourceIds: new DataLoader<string, string[]>(async (keys) => {
      const rows: { k: string; source_id: string }[] = await ds.query(
        `SELECT record_type || ':' || record_id AS k, source_id FROM ${S}.source_ref
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

export type CorridorsLoaders = ReturnType<typeof createCorridorsLoaders>;
