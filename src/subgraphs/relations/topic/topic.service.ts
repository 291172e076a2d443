import type { Topic } from "./topic.entity.js";

/** Topics: a short, fixed vocabulary. */
export class TopicService {
  constructor(private readonly queries: { allTopics(): Promise<Topic[]> }) {}

  all(): Promise<Topic[]> {
    return this.queries.allTopics();
  }
}
