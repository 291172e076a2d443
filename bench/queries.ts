/** Q5's selection, for any search text (the bench's search mix uses it with texts drawn from the data). */
export function searchQuery(text: string): string {
  return `{ search(text: ${JSON.stringify(text)}) { totalCount edges { score snippet node { __typename ... on Agreement { id } ... on Clause { id } } } } }`;
}

/** The canonical benchmark queries (issue: performance). Q6's cursor is filled in per run. */
export const QUERIES = {
  Q1: `{ country(code: "IR") { code name officialName region capital } }`,
  Q2: `{ agreements(first: 20) { nodes { id title signedOn parties { country { code name } ratification { stages { kind date outcome } } } topics { code name } } } }`,
  Q3: `{ bilateralRelation(between: ["IR", "RU"]) { id level agreements { id title status } timeline { date kind description } sharedCorridors { id name } } }`,
  Q4: `{ country(code: "IR") { corridors { id segments { id mode status lengthKm from { id name latitude longitude } to { id name latitude longitude } } } } }`,
  Q5: searchQuery("energy"),
  Q6: (cursor: string) => `{ agreements(first: 20, after: ${JSON.stringify(cursor)}) { nodes { id title signedOn } pageInfo { hasNextPage endCursor } } }`,
  // A path from a Chinese port to a North Sea port over the whole network, no corridor named: sea legs weighed by their
  // precomputed maritime routes, with their shapes. Null until the data holds both nodes; the answer checks hold for null too.
  Q7: `{ corridorPath(from: "cn-shanghai", to: "nl-rotterdam") { id lengthKm lengthIsEstimate modes from { id name } to { id name } segments { id mode lengthKm lengthBasis geometry } } }`,
} as const;

export type QueryName = "Q1" | "Q2" | "Q3" | "Q4" | "Q5" | "Q6" | "Q7";
