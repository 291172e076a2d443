import type { ObjectLiteral } from "typeorm";
import type { JsonRows } from "../../../db/json-select.js";
import type { KeysetQuery } from "../../../db/keyset.js";
import type { Params } from "../../../db/params.js";
import type { Loader } from "../../../db/loaders.js";
import { userInputError } from "../../../graphql/errors.js";
import { keysetList } from "../../../graphql/keyset-list.js";
import type { ConnectionShape, PageArgs } from "../../../graphql/pagination.js";
import { COUNTRY_CODE_RULE, countryArgument } from "../../../lib/countries.js";
import type { Port } from "./port.entity.js";
import { portListSpec } from "./port.queries.js";

/** The loaders port look-ups use. */
export interface PortLookups {
  portById: Loader<string, Port | null>;
  portByUnlocode: Loader<string, Port | null>;
}

/** "IR BND", "irbnd" -> "IRBND"; null when it is not a UN/LOCODE (two letters, then three letters or digits 2–9). */
export function normaliseUnlocode(value: string): string | null {
  const code = value.replace(/\s+/g, "").toUpperCase();
  return /^[A-Z]{2}[A-Z2-9]{3}$/.test(code) ? code : null;
}

/** Ports of the World Port Index: by WPI number or UN/LOCODE, and by country. */
export class PortService {
  constructor(private readonly pages: KeysetQuery) {}

  /** Exactly one of `id` and `unlocode`; a malformed UN/LOCODE is BAD_USER_INPUT. */
  one(loaders: PortLookups, args: { id?: string | null; unlocode?: string | null }): Promise<Port | null> {
    const given = [args.id, args.unlocode].filter((v) => v !== undefined && v !== null).length;
    if (given !== 1) throw userInputError(args.id != null ? "id" : "unlocode", "give exactly one of id and unlocode");
    if (args.id != null) return loaders.portById.load(args.id);
    const code = normaliseUnlocode(args.unlocode!);
    if (!code) throw userInputError("unlocode", `must be a UN/LOCODE such as "IRBND" or "IR BND"; got ${JSON.stringify(args.unlocode!.slice(0, 100))}`);
    return loaders.portByUnlocode.load(code);
  }

  page(loaders: PortLookups, args: { country?: string | null } & PageArgs): Promise<ConnectionShape<Port>>;
  /** The page's ports as JSON objects of a planned selection (src/graphql/planned-execution.ts). */
  page(loaders: PortLookups, args: { country?: string | null } & PageArgs, nodes: JsonRows): Promise<ConnectionShape<ObjectLiteral>>;
  page(loaders: PortLookups, args: { country?: string | null } & PageArgs, nodes?: JsonRows): Promise<ConnectionShape<Port | ObjectLiteral>> {
    const country = args.country == null ? null : countryArgument(args.country);
    if (args.country != null && !country) throw userInputError("country", `must be ${COUNTRY_CODE_RULE}; got ${JSON.stringify(args.country.slice(0, 100))}`);
    const spec = (p: Params) => portListSpec(p, country);
    return keysetList(this.pages, "ports:name", args, spec, nodes ?? ((ids) => loaders.portById.loadMany(ids)));
  }
}
