import type { ObjectLiteral } from "typeorm";
import type { JsonLookup, JsonRows } from "../../../db/json-select.js";
import type { KeysetQuery } from "../../../db/keyset.js";
import type { Params } from "../../../db/params.js";
import type { Loader } from "../../../db/loaders.js";
import { userInputError } from "../../../graphql/errors.js";
import { keysetList } from "../../../graphql/keyset-list.js";
import type { ConnectionShape, PageArgs } from "../../../graphql/pagination.js";
import type { Country } from "./country.entity.js";
import type { CountryFilter } from "./country.inputs.js";
import { PartyKind } from "./country.enums.js";
import { countryListSpec, prefixTsQuery } from "./country.queries.js";

/** Alpha-2, alpha-3 (current or former), a four-letter key (ISO 3166-3, sub-national) or ORG-<acronym>; any case. */
const CODE = /^(?:[A-Za-z]{2,4}|ORG-[A-Za-z0-9]{2,12})$/i;

/** The loaders a country look-up uses. */
export interface CountryLookups {
  countryByCode: Loader<string, Country | null>;
  countryByIso3: Loader<string, Country | null>;
}

/** Countries: code look-up in either ISO form, filtering and pages. */
export class CountryService {
  constructor(private readonly pages: KeysetQuery) {}

  /**
   * Resolves an ISO 3166-1 alpha-2 or alpha-3 code in any case. A well-formed unknown code gives
   * null; a malformed one is a BAD_USER_INPUT naming `argument`.
   */
  resolve(loaders: CountryLookups, input: string, argument: string): Promise<Country | null>;
  /** The country as a JSON object of a planned selection (src/graphql/planned-execution.ts). */
  resolve(loaders: CountryLookups, input: string, argument: string, rows: JsonLookup): Promise<ObjectLiteral | null>;
  async resolve(loaders: CountryLookups, input: string, argument: string, rows?: JsonLookup): Promise<Country | ObjectLiteral | null> {
    const code = input.trim();
    if (!CODE.test(code)) {
      throw userInputError(argument, `must be an ISO 3166-1 alpha-2 or alpha-3 country code such as "IR" or "IRN" (or a party key such as "CSHH" or "ORG-EU"); got ${JSON.stringify(input)}`);
    }
    if (!rows) return this.find(loaders, code);
    const upper = code.toUpperCase();
    return rows.by(upper.length === 3 ? "iso3" : "code", upper);
  }

  /** A country by any form `resolve` takes; null when unknown or when it is no such code (a router's representation). */
  find(loaders: CountryLookups, input: string): Promise<Country | null> {
    const upper = input.trim().toUpperCase();
    if (!CODE.test(upper)) return Promise.resolve(null);
    return upper.length === 3 ? loaders.countryByIso3.load(upper) : loaders.countryByCode.load(upper);
  }

  page(loaders: Pick<CountryLookups, "countryByCode">, args: { filter?: CountryFilter | null } & PageArgs): Promise<ConnectionShape<Country>>;
  /** The page's countries as JSON objects of a planned selection (src/graphql/planned-execution.ts). */
  page(loaders: Pick<CountryLookups, "countryByCode">, args: { filter?: CountryFilter | null } & PageArgs, nodes: JsonRows): Promise<ConnectionShape<ObjectLiteral>>;
  page(loaders: Pick<CountryLookups, "countryByCode">, args: { filter?: CountryFilter | null } & PageArgs, nodes?: JsonRows): Promise<ConnectionShape<Country | ObjectLiteral>> {
    const search = args.filter?.search;
    if (search && search.length > 200) throw userInputError("filter.search", "must be at most 200 characters");
    const tsquery = search ? prefixTsQuery(search) : null;
    const region = args.filter?.region?.trim();
    const kinds = args.filter?.kinds?.length ? args.filter.kinds : [PartyKind.STATE];
    const spec = (p: Params) => countryListSpec(p, { kinds, region, tsquery });
    return keysetList(this.pages, "countries:name", args, spec, nodes ?? ((ids) => loaders.countryByCode.loadMany(ids)));
  }
}
