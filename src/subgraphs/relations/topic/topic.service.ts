import type { DataSource } from "typeorm";
import { Topic } from "./topic.entity.js";

/** Topics: a short, fixed vocabulary. */
export class TopicService {
  constructor(private readonly ds: DataSource) {}

  all(): Promise<Topic[]> {
    return this.ds.getRepository(Topic).find({ order: { code: "ASC" } });
  }
}
