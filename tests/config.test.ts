import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../src/config.js";

describe("config", () => {
  it("has working defaults with an empty environment", () => {
    const c = loadConfig({});
    expect(c).toMatchObject({ PORT: 4000, RELATIONS_PORT: 4001, CORRIDORS_PORT: 4002, PGLITE_PORT: 0 });
    expect(c.databaseUrls).toEqual({ relations: undefined, corridors: undefined, auth: undefined });
  });

  it("falls back from each subgraph's database URL to DATABASE_URL", () => {
    const c = loadConfig({ DATABASE_URL: "postgres://a/db", CORRIDORS_DATABASE_URL: "postgres://b/db" });
    expect(c.databaseUrls).toEqual({ relations: "postgres://a/db", corridors: "postgres://b/db", auth: "postgres://a/db" });
  });

  it("stops with a message naming every wrong variable", () => {
    let error: unknown;
    try {
      loadConfig({ PORT: "http", PGLITE_PORT: "5432", DATABASE_URL: "mysql://x", LOG_LEVEL: "loud" });
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const message = (error as Error).message;
    for (const name of ["PORT", "PGLITE_PORT", "DATABASE_URL", "LOG_LEVEL"]) expect(message).toContain(name);
    expect(message).toMatch(/5432/);
  });
});
