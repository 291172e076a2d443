import type { z } from "zod";
import type { CorridorsDataset } from "./corridors.types.js";
import type { CorridorsDatasetSchema, RelationsDatasetSchema } from "./dataset.schema.js";
import type { RelationsDataset } from "./dataset.types.js";

// Compile-time proof that the zod schema and the hand-written dataset types describe the same shape.
type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;
export const relationsShapesAgree: Same<z.infer<typeof RelationsDatasetSchema>, RelationsDataset> = true;
export const corridorsShapesAgree: Same<z.infer<typeof CorridorsDatasetSchema>, CorridorsDataset> = true;
