import type { Authentication } from "../../auth/auth.service.js";
import type { CorridorsServices } from "./corridors.services.js";

/**
 * Every per-request DataLoader of the corridors subgraph, by name. Each feature adds its own
 * loaders here from its index.ts (`declare module "../corridors.context.js"`), so this file imports
 * no feature and no resolver; index.ts checks that it equals the loaders its features build.
 */
export interface CorridorsLoaders {}

/** What every corridors resolver receives as its context. */
export interface CorridorsContext {
  requestId: string;
  /** Who is calling (an anonymous reader, a key, or an invalid key). */
  auth: Authentication;
  services: CorridorsServices;
  loaders: CorridorsLoaders;
}
