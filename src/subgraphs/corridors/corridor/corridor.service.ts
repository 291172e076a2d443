import { parseRelationId } from "../../../lib/party-code.js";
import { present, type Loader } from "../../../db/loaders.js";
import { userInputError } from "../../../graphql/errors.js";
import { COUNTRY_CODE_RULE, countryArgument } from "../../../lib/countries.js";
import type { TradeCorridor } from "./corridor.entity.js";

/** The loaders corridor look-ups use. */
export interface CorridorLookups {
  corridorById: Loader<string, TradeCorridor | null>;
  corridorIdsByMember: Loader<string, string[]>;
}

/** Corridors: by id, by member country, shared by a pair of countries. */
export class CorridorService {
  constructor(private readonly queries: { allCorridors(): Promise<TradeCorridor[]> }) {}

  /** Validates a country argument in either ISO form; unknown but well-formed codes give null. */
  countryCode(value: string, argument: string): string | null {
    const country = countryArgument(value);
    if (!country) throw userInputError(argument, `must be ${COUNTRY_CODE_RULE}; got ${JSON.stringify(value)}`);
    return country.code;
  }

  /** Every corridor, or those the country is a member of. */
  async list(loaders: CorridorLookups, country: string | null | undefined): Promise<TradeCorridor[]> {
    if (country === undefined || country === null) return this.queries.allCorridors();
    const code = this.countryCode(country, "country");
    return code ? this.ofCountry(loaders, code) : [];
  }

  async ofCountry(loaders: CorridorLookups, code: string): Promise<TradeCorridor[]> {
    return present(await loaders.corridorById.loadMany(await loaders.corridorIdsByMember.load(code)));
  }

  /** Corridors both countries of a relation ("IR-RU") are members of. */
  async shared(loaders: CorridorLookups, relationId: string): Promise<TradeCorridor[]> {
    const m = parseRelationId(relationId);
    if (!m) return [];
    const [a, b] = await loaders.corridorIdsByMember.loadMany([m[0], m[1]]);
    if (a instanceof Error || b instanceof Error) return [];
    return present(await loaders.corridorById.loadMany(a.filter((id) => b.includes(id))));
  }
}
