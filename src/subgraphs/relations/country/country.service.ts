import type { DataSource } from "typeorm";
import { userInputError } from "../../../graphql/errors.js";
import { keysetList } from "../../../graphql/keyset-list.js";
import type { ConnectionShape } from "../../../graphql/pagination.js";
import type { RelationsLoaders } from "../relations.loaders.js";
import type { Country } from "./country.entity.js";
import type { CountryFilter } from "./country.inputs.js";

const CODE = /^[A-Za-z]{2,3}$/;

/** Turns free text into a prefix tsquery ("iran isl" -> 'iran':* & 'isl':*), safe for any input. */
export function prefixTsQuery(text: string): string | null {
  const words = text.normalize("NFC").match(/[\p{L}\p{N}]+/gu) ?? [];
  return words.length ? words.slice(0, 10).map((w) => `'${w.toLowerCase()}':*`).join(" & ") : null;
}

/** Countries: code look-up in either ISO form, filtering and pages. */
export class CountryService {
  constructor(private readonly ds: DataSource) {}

  /**
   * Resolves an ISO 3166-1 alpha-2 or alpha-3 code in any case. A well-formed unknown code gives
   * null; a malformed one is a BAD_USER_INPUT naming `argument`.
   */
  async resolve(loaders: RelationsLoaders, input: string, argument: string): Promise<Country | null> {
    const code = input.trim();
    if (!CODE.test(code)) {
      throw userInputError(argument, `must be an ISO 3166-1 alpha-2 or alpha-3 country code such as "IR" or "IRN"; got ${JSON.stringify(input)}`);
    }
    const upper = code.toUpperCase();
    return upper.length === 2 ? loaders.countryByCode.load(upper) : loaders.countryByIso3.load(upper);
  }

  page(loaders: RelationsLoaders, args: { filter?: CountryFilter | null; first?: number | null; after?: string | null }): Promise<ConnectionShape<Country>> {
    const search = args.filter?.search;
    if (search && search.length > 200) throw userInputError("filter.search", "must be at most 200 characters");
    const q = search ? prefixTsQuery(search) : null;
    const region = args.filter?.region?.trim();
    return keysetList(
      this.ds,
      "countries:name",
      args,
      (p) => {
        const where: string[] = [];
        if (region) where.push(`(lower(c.region) = lower(${p.add(region)}) OR lower(c.subregion) = lower(${p.add(region)}))`);
        if (q) where.push(`to_tsvector('simple'::regconfig, c.name || ' ' || c.official_name) @@ to_tsquery('simple', ${p.add(q)})`);
        return { from: "relations.country c", idExpr: "c.code", sortKey: "c.name", sortCast: "text", dir: "ASC", where };
      },
      (ids) => loaders.countryByCode.loadMany(ids),
    );
  }
}
