import { defineFeature } from "../../feature.js";
import { CorridorPathResolver } from "./path.resolver.js";

/** Path search over segments (no table of its own). */
export const path = defineFeature({
  name: "path",
  resolvers: [CorridorPathResolver],
});
