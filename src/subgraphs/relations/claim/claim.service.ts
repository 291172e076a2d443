import type { GraphQLObjectType } from "graphql";
import { userInputError } from "../../../graphql/errors.js";
import type { RelationsLoaders } from "../relations.loaders.js";
import type { Claim } from "./claim.entity.js";

/** Claims: every source's word on a record's fields. */
export class ClaimService {
  /**
   * A record's claims, all or for one field. `field` must name a field of the record's GraphQL
   * type (`parentType`), so a typo is an error rather than a silent empty list.
   */
  async of(loaders: RelationsLoaders, parentType: GraphQLObjectType, recordId: string, field?: string | null): Promise<Claim[]> {
    if (field !== undefined && field !== null) {
      const fields = Object.keys(parentType.getFields()).filter((f) => f !== "claims" && !f.startsWith("_"));
      if (!fields.includes(field)) {
        throw userInputError("field", `must name a field of ${parentType.name}: one of ${fields.join(", ")}; got ${JSON.stringify(field)}`);
      }
    }
    const claims = await loaders.claimsByRecord.load({ type: parentType.name, id: recordId });
    return field ? claims.filter((c) => c.field === field) : claims;
  }
}
