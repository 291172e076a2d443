import type { DataSource } from "typeorm";
import { claimsLoader } from "../../../db/loaders.js";
import { Claim } from "./claim.entity.js";

export function createClaimLoaders(ds: DataSource) {
  return { claimsByRecord: claimsLoader(ds, Claim) };
}

export type ClaimLoaders = ReturnType<typeof createClaimLoaders>;
