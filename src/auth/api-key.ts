/** An API key's form: `rg_<prefix>_<secret>`. The prefix is the key's public id; the secret is only ever hashed. */
const KEY = /^rg_([A-Za-z0-9]{12})_([A-Za-z0-9_-]{43})$/;

/** What an Authorization header holds, read without the database. */
export type BearerHeader = { kind: "none" } | { kind: "malformed"; reason: string } | { kind: "key"; key: string; prefix: string };

/**
 * Reads `Authorization: Bearer <key>` the one way both the key check (AuthService) and the per-key
 * rate limit do: the scheme in any case, surrounding and separating spaces ignored. So `bearer`,
 * `BEARER` and extra spaces name the same key, and count as the same key.
 */
export function readBearer(header: string | undefined): BearerHeader {
  if (!header) return { kind: "none" };
  const m = /^Bearer\s+(\S+)$/i.exec(header.trim());
  if (!m) return { kind: "malformed", reason: "the Authorization header must be `Bearer <key>`" };
  const parts = KEY.exec(m[1]);
  if (!parts) return { kind: "malformed", reason: "the key is malformed" };
  return { kind: "key", key: m[1], prefix: parts[1] };
}
