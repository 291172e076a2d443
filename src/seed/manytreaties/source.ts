import type { SourceRecord } from "../dataset.types.js";

/** The Source record every imported GGO fact names. */
export const GGO_SOURCE_ID = "manytreaties-ggo";

export function ggoSourceRecord(): SourceRecord {
  return {
    id: GGO_SOURCE_ID,
    title: "Global governance observations on international agreements (GGO), in manytreaties 1.0.0",
    publisher: "James Hollway and Jael Tan; R package manytreaties by James Hollway and Henrique Sposito (globalgov)",
    url: "https://github.com/globalgov/manytreaties",
    language: "en",
    publishedOn: "2025-10-05",
    excerpt:
      "Hollway, James, and Jael Tan. \"Global governance observations on international agreements\" (2025). " +
      "Hollway, James, and Henrique Sposito. manytreaties: Many International Agreements and Their Parties, R package 1.0.0 (2025), commit 4bf79f9. " +
      "Licence: Creative Commons Attribution 4.0 International (CC BY 4.0), https://creativecommons.org/licenses/by/4.0/. " +
      "Changed: the agreements (GGO) and parties datasets were exported to CSV (some columns left out, see data/manytreaties/README.md) and mapped onto this graph " +
      "(ids, party keys, dates read from the messydates notation, party-only treaties and inferred parties), as docs/api.md, \"The manytreaties GGO import\", describes.",
  };
}
