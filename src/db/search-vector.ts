import { Column } from "typeorm";

/**
 * The stored tsvector full-text search reads (src/subgraphs/relations/search/search.queries.ts):
 * `search_vector tsvector GENERATED ALWAYS AS (expression) STORED`, with a GIN index the entity
 * declares by name with @Index({ synchronize: false }) (migration RelationsStoredSearchVectors).
 * PostgreSQL computes it on every insert and update; it is never selected into an entity, written,
 * exported or audited (src/db/entity-columns.ts leaves generated columns out).
 */
export function SearchVectorColumn(expression: string): PropertyDecorator {
  return Column({ type: "tsvector", nullable: true, select: false, insert: false, update: false, generatedType: "STORED", asExpression: expression });
}
