import type { DependentSpec, EntityLinkSpec } from "../../../db/record-writes.js";
import { CorridorClaim, SourceRef } from "./claim.entity.js";

/** How the corridors subgraph's records keep their sources and claims, for their RecordSpecs. */

/** A record's sourceIds, kept in source_ref rows of its type. */
export const sourceLinks = (type: string): EntityLinkSpec => ({ field: "sourceIds", entity: SourceRef, parent: "recordId", child: "sourceId", fixed: { property: "recordType", value: type } });

/** A record's claims, deleted with it on cascade. */
export const claimsOf = (type: string): DependentSpec => ({ entity: CorridorClaim, property: "recordId", what: "claim(s)", onCascade: "delete", where: { recordType: type } });

/** A record's source links, deleted with it on cascade. */
export const sourceRefsOf = (type: string): DependentSpec => ({ entity: SourceRef, property: "recordId", what: "source link(s)", onCascade: "delete", where: { recordType: type } });
