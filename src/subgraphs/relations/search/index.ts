import { defineFeature } from "../../feature.js";
import { SearchResolver } from "./search.resolver.js";

/** Full-text search across records (no table of their own). */
export const search = defineFeature({
  name: "search",
  resolvers: [SearchResolver],
});
