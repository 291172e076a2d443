import type { KeysetWindow } from "../../../db/keyset.js";
import { present, type Loader } from "../../../db/loaders.js";
import { userInputError } from "../../../graphql/errors.js";
import { encodeCursor, pageFlags, pageWindow, withTotalCount, type PageArgs } from "../../../graphql/pagination.js";
import type { Agreement } from "../agreement/agreement.entity.js";
import type { Clause } from "../clause/clause.entity.js";
import type { Country } from "../country/country.entity.js";
import type { Person } from "../person/person.entity.js";
import type { Statement } from "../statement/statement.entity.js";
import type { HitKind, SearchCursor, SearchHitRow } from "./search.queries.js";
import type { SearchConnection, SearchEdge } from "./search.types.js";

/** The statements a search runs (search.queries.ts). */
export interface SearchQueries {
  /**
   * The window's hits in rank order, and whether more lie beyond them in the direction it was read;
   * with `withTotal`, also the number of all hits, counted in the same statement (null when the
   * window is empty: the statement then returns no row to carry it).
   */
  hits(text: string, window: KeysetWindow<SearchCursor>, withTotal: boolean): Promise<{ rows: SearchHitRow[]; more: boolean; total: number | null }>;
  /** The total number of hits, from the indexes alone without ranking (a statement of its own). */
  count(text: string): Promise<number>;
}

/** The loaders that turn hits into records. */
export interface SearchLoaders {
  agreementById: Loader<string, Agreement | null>;
  clauseById: Loader<string, Clause | null>;
  personById: Loader<string, Person | null>;
  statementById: Loader<string, Statement | null>;
  countryByCode: Loader<string, Country | null>;
}

/** Ranked full-text search over agreements (titles in every language), clauses, people, statements and countries. */
export class SearchService {
  constructor(private readonly queries: SearchQueries) {}

  /**
   * One page of hits. `withTotal` (totalCount is selected) counts all hits in the statement that
   * ranks them, which enumerates them all anyway; measured at scale 10 with "energy" (35,453 hits),
   * 52 ms for both instead of 40 + 21 ms in two statements (#14). An empty page, which has no row to
   * carry the count, counts from the indexes. Without it, totalCount (if read) is counted apart.
   */
  async search(loaders: SearchLoaders, args: { text: string } & PageArgs, o: { withTotal?: boolean } = {}): Promise<SearchConnection> {
    const text = args.text.trim();
    if (!text) throw userInputError("text", "must contain at least one word");
    if (text.length > 200) throw userInputError("text", `must be at most 200 characters; got ${text.length}`);
    const tag = "search";
    const window = pageWindow<SearchCursor>(tag, args, 3);
    if (window.after && typeof window.after[0] !== "number") throw userInputError("after", "is not a cursor of this search");
    if (window.before && typeof window.before[0] !== "number") throw userInputError("before", "is not a cursor of this search");

    const { rows, more, total } = await this.queries.hits(text, window, o.withTotal ?? false);
    const nodes = await this.load(loaders, rows);
    const edges: SearchEdge[] = [];
    rows.forEach((r, i) => {
      if (nodes[i]) edges.push({ cursor: encodeCursor(tag, [r.score, r.kind, r.id]), score: r.score, snippet: r.snippet, node: nodes[i] as SearchEdge["node"] });
    });
    const pageInfo = {
      ...pageFlags(window, more),
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges[edges.length - 1]?.cursor ?? null,
    };
    // Counted with the page, or else from the indexes without ranking, and only if the client asks for totalCount.
    return withTotalCount({ edges, pageInfo }, total ?? (() => this.queries.count(text)));
  }

  private async load(loaders: SearchLoaders, rows: { kind: HitKind; id: string }[]): Promise<(object | null)[]> {
    const ids = (k: HitKind) => rows.filter((r) => r.kind === k).map((r) => r.id);
    const [agreements, clauses, people, statements, countries] = await Promise.all([
      loaders.agreementById.loadMany(ids("Agreement")),
      loaders.clauseById.loadMany(ids("Clause")),
      loaders.personById.loadMany(ids("Person")),
      loaders.statementById.loadMany(ids("Statement")),
      loaders.countryByCode.loadMany(ids("Country")),
    ]);
    const byKey = new Map<string, object>();
    for (const [kind, list, key] of [
      ["Agreement", agreements, "id"],
      ["Clause", clauses, "id"],
      ["Person", people, "id"],
      ["Statement", statements, "id"],
      ["Country", countries, "code"],
    ] as const) {
      for (const item of present(list as (object | null | Error)[])) byKey.set(`${kind}:${(item as Record<string, string>)[key]}`, item);
    }
    return rows.map((r) => byKey.get(`${r.kind}:${r.id}`) ?? null);
  }
}
