/**
 * Keys of parties (Country records): a current state's ISO 3166-1 alpha-2 code ("IR"), a former
 * state's four-letter ISO 3166-3 code ("CSHH") or another four-letter key ("XPRU", "DEBY"), or an
 * organisation's "ORG-" and acronym ("ORG-EU"). docs/api.md, "Party keys".
 */
export const PARTY_KEY = "(?:[A-Z]{2}|[A-Z]{4}|ORG-[A-Z0-9]{2,12})";

const RELATION_ID = new RegExp(`^(${PARTY_KEY})-(${PARTY_KEY})$`);

/** "IR-RU" -> ["IR", "RU"]; "FR-ORG-EU" -> ["FR", "ORG-EU"]; null when malformed or not in sorted order. */
export function parseRelationId(id: string): [string, string] | null {
  const m = RELATION_ID.exec(id);
  return m && m[1] < m[2] ? [m[1], m[2]] : null;
}
