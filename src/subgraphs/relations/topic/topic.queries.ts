import type { DataSource } from "typeorm";
import { Topic } from "./topic.entity.js";

/** Every topic by code. */
export function allTopics(ds: DataSource): Promise<Topic[]> {
  return ds.getRepository(Topic).find({ order: { code: "ASC" } });
}
