export { bumpGenerations, createResponseCache, RESPONSE_CACHE_DEFAULTS, roleOf, type ResponseCache, type ResponseCacheSettings } from "./response-cache.js";
export type { Generation } from "./generation.js";
