import { createHash, randomBytes, randomUUID, timingSafeEqual } from "node:crypto";
import { IsNull, type DataSource } from "typeorm";
import { ApiKey, Role } from "./api-key.entity.js";
import { readBearer } from "./api-key.js";

/** Who is calling: a key's name and role, or nobody (an anonymous reader). */
export interface Principal {
  keyId: string;
  name: string;
  role: Role;
}

/** The outcome of reading an Authorization header. */
export type Authentication = { kind: "anonymous" } | { kind: "key"; principal: Principal } | { kind: "invalid"; reason: string };

const sha256 = (s: string) => createHash("sha256").update(s).digest();

/**
 * API keys in the `auth` schema, shared by both subgraphs. Keys look like `rg_<prefix>_<secret>`;
 * the row is found by prefix and the key's hash compared in constant time.
 */
export class AuthService {
  constructor(private readonly ds: DataSource) {}

  async create(name: string, role: Role): Promise<{ id: string; key: string }> {
    const trimmed = name.trim();
    if (!trimmed || trimmed.length > 200) throw new Error("--name must be 1 to 200 characters");
    if (!Object.values(Role).includes(role)) throw new Error(`--role must be one of ${Object.values(Role).join(", ")}`);
    const prefix = randomBytes(9).toString("base64url").replace(/[-_]/g, "x").slice(0, 12);
    const key = `rg_${prefix}_${randomBytes(32).toString("base64url")}`;
    const id = randomUUID();
    await this.ds.getRepository(ApiKey).insert({ id, name: trimmed, role, prefix, hash: sha256(key).toString("hex"), revokedAt: null });
    return { id, key };
  }

  list(): Promise<ApiKey[]> {
    return this.ds.getRepository(ApiKey).find({ order: { createdAt: "ASC" } });
  }

  /** Revokes a key by id or prefix; true when a live key was revoked. */
  async revoke(idOrPrefix: string): Promise<boolean> {
    const where = /^[0-9a-f-]{36}$/.test(idOrPrefix) ? { id: idOrPrefix, revokedAt: IsNull() } : { prefix: idOrPrefix, revokedAt: IsNull() };
    const res = await this.ds.getRepository(ApiKey).update(where, { revokedAt: new Date() });
    return (res.affected ?? 0) > 0;
  }

  /** Reads `Authorization: Bearer <key>`. No header is an anonymous reader; a bad or revoked key is invalid. */
  async authenticate(header: string | undefined): Promise<Authentication> {
    const bearer = readBearer(header);
    if (bearer.kind === "none") return { kind: "anonymous" };
    if (bearer.kind === "malformed") return { kind: "invalid", reason: bearer.reason };
    const row = await this.ds.getRepository(ApiKey).findOne({ where: { prefix: bearer.prefix } });
    const presented = sha256(bearer.key);
    // Compare against a dummy hash when no row matches, so timing does not reveal which prefixes exist.
    const stored = row ? Buffer.from(row.hash, "hex") : sha256("no such key");
    const equal = timingSafeEqual(presented, stored);
    if (!row || !equal) return { kind: "invalid", reason: "unknown API key" };
    if (row.revokedAt) return { kind: "invalid", reason: "this API key has been revoked" };
    return { kind: "key", principal: { keyId: row.id, name: row.name, role: row.role } };
  }
}
