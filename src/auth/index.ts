import type { MigrationInterface } from "typeorm";
import { AuthInit1795930745643 } from "../../migrations/auth/1795930745643-AuthInit.js";
import { ApiKey } from "./api-key.entity.js";

/** The auth module: API keys in their own PostgreSQL schema, shared by both subgraphs. */
export const authModule = {
  schema: "auth",
  entities: [ApiKey],
  migrations: [AuthInit1795930745643] as (new () => MigrationInterface)[],
};
