import type { DataSource } from "typeorm";
import { byKey } from "../../../db/loaders.js";
import { Topic } from "./topic.entity.js";

export function createTopicLoaders(ds: DataSource) {
  return { topicByCode: byKey(ds, Topic, "code") };
}

export type TopicLoaders = ReturnType<typeof createTopicLoaders>;
