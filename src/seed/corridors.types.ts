import type { z } from "zod";
import type {
  CorridorMemberRecordSchema,
  CorridorNodeRecordSchema,
  CorridorRecordSchema,
  CorridorRouteRecordSchema,
  CorridorSegmentRecordSchema,
  CorridorsDatasetSchema,
} from "./dataset.schema.js";

/** The corridors part of the dataset format, inferred from the zod schema in dataset.schema.ts. */
export type CorridorMemberRecord = z.infer<typeof CorridorMemberRecordSchema>;
export type CorridorNodeRecord = z.infer<typeof CorridorNodeRecordSchema>;
export type CorridorSegmentRecord = z.infer<typeof CorridorSegmentRecordSchema>;
export type CorridorRouteRecord = z.infer<typeof CorridorRouteRecordSchema>;
export type CorridorRecord = z.infer<typeof CorridorRecordSchema>;
export type CorridorsDataset = z.infer<typeof CorridorsDatasetSchema>;
export type MemberRole = CorridorMemberRecord["role"];
export type NodeKind = CorridorNodeRecord["kind"];
export type TransportMode = CorridorSegmentRecord["mode"];
export type SegmentStatus = CorridorSegmentRecord["status"];
