import type { GraphQLObjectType } from "graphql";
import type { ClaimOwner, Loader } from "../../../db/loaders.js";
import { assertClaimField, claimsAbout } from "../../../graphql/claims.js";
import type { Claim } from "./claim.entity.js";

/** Claims: every source's word on a record's fields. */
export class ClaimService {
  /** A record's claims, all or for one field of the record's GraphQL type (`parentType`). */
  async of(loaders: { claimsByRecord: Loader<ClaimOwner, Claim[]> }, parentType: GraphQLObjectType, recordId: string, field?: string | null): Promise<Claim[]> {
    assertClaimField(parentType, field);
    return claimsAbout(await loaders.claimsByRecord.load({ type: parentType.name, id: recordId }), field);
  }
}
