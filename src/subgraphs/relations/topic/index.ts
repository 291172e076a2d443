import { defineFeature } from "../../feature.js";
import { Topic } from "./topic.entity.js";
import { createTopicLoaders, type TopicLoaders } from "./topic.loader.js";
import { TopicMutationResolver } from "./topic.mutations.js";
import { TopicResolver, topicReference } from "./topic.resolver.js";

declare module "../relations.context.js" {
  interface RelationsLoaders extends TopicLoaders {}
}

/** Topics agreements and clauses are about. */
export const topic = defineFeature({
  name: "topic",
  entities: [Topic],
  loaders: createTopicLoaders,
  resolvers: [TopicResolver, TopicMutationResolver],
  references: topicReference,
  plans: { "Topic.id": { kind: "value", sql: (topic) => `${topic}."code"` } },
});
