import { userInputError } from "../../../graphql/errors.js";
import { COUNTRY_CODE, toAlpha2 } from "../../../lib/countries.js";
import { SegmentStatus, TransportMode } from "../corridor/corridor.enums.js";
import type { SegmentEdgeRow } from "./path.queries.js";
import { shortestPath, type CorridorPathResult, type PathEndpoint } from "./path.search.js";

/** The query a path search runs (path.queries.ts). */
export interface PathQueries {
  segmentEdges(modes: TransportMode[], statuses: SegmentStatus[]): Promise<SegmentEdgeRow[]>;
}

const NODE_ID = /^[a-z0-9][a-z0-9-]{0,119}$/;

/**
 * Shortest paths over corridor segments: Dijkstra (path.search.ts) over one query's worth of edges
 * (the segments that pass the mode and status filters).
 */
export class PathService {
  constructor(private readonly queries: PathQueries) {}

  async shortest(args: { from: string; to: string; modes?: TransportMode[] | null; statuses?: SegmentStatus[] | null }): Promise<CorridorPathResult | null> {
    const from = this.endpoint(args.from, "from");
    const to = this.endpoint(args.to, "to");
    if (!from || !to) return null;
    const statuses = args.statuses ?? [SegmentStatus.OPERATIONAL];
    const modes = args.modes ?? Object.values(TransportMode);
    return shortestPath(await this.queries.segmentEdges(modes, statuses), from, to);
  }

  /** A node id, or a country code in either ISO form (then every node in that country). */
  private endpoint(value: string, argument: string): PathEndpoint | null {
    const v = value.trim();
    if (COUNTRY_CODE.test(v)) {
      const code = toAlpha2(v);
      return code ? { kind: "country", value: code } : null;
    }
    if (NODE_ID.test(v)) return { kind: "node", value: v };
    throw userInputError(argument, `must be a corridor node id such as "ir-astara" or an ISO country code such as "IR"; got ${JSON.stringify(value)}`);
  }
}
