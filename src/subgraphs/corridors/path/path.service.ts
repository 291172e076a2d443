import type { Loader } from "../../../db/loaders.js";
import { userInputError } from "../../../graphql/errors.js";
import { countryArgument } from "../../../lib/countries.js";
import { SegmentStatus, TransportMode } from "../corridor/corridor.enums.js";
import type { TradeCorridor } from "../corridor/corridor.entity.js";
import type { SegmentEdgeRow } from "./path.queries.js";
import { shortestPath, type CorridorPathResult, type PathEndpoint } from "./path.search.js";

/** The query a path search runs (path.queries.ts). */
export interface PathQueries {
  segmentEdges(modes: TransportMode[], statuses: SegmentStatus[], corridors: string[] | null): Promise<SegmentEdgeRow[]>;
}

/** The loaders a path search uses: the `corridors` argument's ids are checked against them. */
export interface PathLookups {
  corridorById: Loader<string, TradeCorridor | null>;
}

/** A path found, with the corridors its segments belong to in order of first use along it. */
export interface CorridorPathFound extends CorridorPathResult {
  corridorIds: string[];
}

const NODE_ID = /^[a-z0-9][a-z0-9-]{0,119}$/;

/**
 * Shortest paths over corridor segments: Dijkstra (path.search.ts) over one query's worth of edges
 * (the segments that pass the mode, status and corridor filters).
 */
export class PathService {
  constructor(private readonly queries: PathQueries) {}

  async shortest(
    args: {
      from: string;
      to: string;
      modes?: TransportMode[] | null;
      statuses?: SegmentStatus[] | null;
      corridors?: string[] | null;
      avoidCountries?: string[] | null;
    },
    loaders?: PathLookups,
  ): Promise<CorridorPathFound | null> {
    const from = this.endpoint(args.from, "from");
    const to = this.endpoint(args.to, "to");
    const corridors = args.corridors ?? null;
    const avoid = new Set((args.avoidCountries ?? []).map((code) => this.country(code, "avoidCountries")));
    if (corridors) {
      if (!loaders) throw new Error("PathService.shortest: a corridors filter needs the request's loaders");
      const found = await loaders.corridorById.loadMany(corridors);
      const unknown = corridors.filter((_, i) => !found[i] || found[i] instanceof Error);
      if (unknown.length) {
        throw userInputError("corridors", `unknown corridor${unknown.length === 1 ? "" : "s"} ${unknown.map((id) => JSON.stringify(id)).join(", ")}`);
      }
    }
    if (!from || !to) return null;
    const statuses = args.statuses ?? [SegmentStatus.OPERATIONAL];
    const modes = args.modes ?? Object.values(TransportMode);
    const edges = await this.queries.segmentEdges(modes, statuses, corridors ? [...new Set(corridors)] : null);
    // A segment with an end in an avoided country is left out, so no path enters one.
    const rows = avoid.size ? edges.filter((r) => !avoid.has(r.a_cc) && !avoid.has(r.b_cc)) : edges;
    const path = shortestPath(rows, from, to);
    if (!path) return null;
    const byId = new Map(rows.map((r) => [r.id, r]));
    const corridorsOf = (r: SegmentEdgeRow | undefined) => (r?.owner ? [r.owner, ...(r.others ?? [])] : []);
    return { ...path, corridorIds: [...new Set(path.segmentIds.flatMap((id) => corridorsOf(byId.get(id))))] };
  }

  /** An ISO country code, alpha-2 or alpha-3, as alpha-2; a well-formed code of no country stays as given (it matches nothing). */
  private country(value: string, argument: string): string {
    const country = countryArgument(value);
    if (!country) throw userInputError(argument, `must be ISO 3166-1 country codes such as "RU" or "RUS"; got ${JSON.stringify(value)}`);
    return country.code ?? value.trim().toUpperCase();
  }

  /** A node id, or a country code in either ISO form (then every node in that country). */
  private endpoint(value: string, argument: string): PathEndpoint | null {
    const country = countryArgument(value);
    if (country) return country.code ? { kind: "country", value: country.code } : null;
    const v = value.trim();
    if (NODE_ID.test(v)) return { kind: "node", value: v };
    throw userInputError(argument, `must be a corridor node id such as "ir-astara" or an ISO country code such as "IR"; got ${JSON.stringify(value)}`);
  }
}
