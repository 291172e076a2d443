import type { Authentication } from "../../auth/auth.service.js";
import type { RelationsServices } from "./relations.services.js";

/**
 * Every per-request DataLoader of the relations subgraph, by name. Each feature adds its own
 * loaders here from its index.ts (`declare module "../relations.context.js"`), so this file imports
 * no feature and no resolver; index.ts checks that it equals the loaders its features build.
 */
export interface RelationsLoaders {}

/** What every relations resolver receives as its context. */
export interface RelationsContext {
  requestId: string;
  /** Who is calling (an anonymous reader, a key, or an invalid key). */
  auth: Authentication;
  services: RelationsServices;
  loaders: RelationsLoaders;
}
