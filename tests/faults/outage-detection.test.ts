import { GraphQLError } from "graphql";
import { QueryFailedError } from "typeorm";
import { describe, expect, it } from "vitest";
import { isDatabaseOutage } from "../../src/db/outage.js";

/** What counts as "the database is unavailable" (SERVICE_UNAVAILABLE), through the wrappers errors arrive in. */
const pgError = (message: string, code?: string) => Object.assign(new Error(message), code ? { code } : {});

describe("isDatabaseOutage", () => {
  it("recognises pg's and pg-pool's outage errors, coded and uncoded", () => {
    for (const e of [
      pgError("connect ECONNREFUSED 127.0.0.1:5432", "ECONNREFUSED"),
      pgError("read ECONNRESET", "ECONNRESET"),
      pgError("Connection terminated unexpectedly"),
      pgError("Connection terminated due to connection timeout"),
      pgError("timeout exceeded when trying to connect"),
      pgError("Query read timeout"),
      pgError("Client has encountered a connection error and is not queryable"),
      pgError("canceling statement due to statement timeout", "57014"),
      pgError("terminating connection due to administrator command", "57P01"),
      pgError("the database system is starting up", "57P03"),
      pgError("connection failure", "08006"),
      pgError("sorry, too many clients already", "53300"),
    ]) {
      expect(isDatabaseOutage(e), e.message).toBe(true);
    }
  });

  it("sees through TypeORM, graphql-js, Apollo and cause wrappers", () => {
    const cut = pgError("Connection terminated unexpectedly");
    const typeorm = new QueryFailedError("SELECT 1", [], cut);
    expect(isDatabaseOutage(typeorm)).toBe(true);
    expect(isDatabaseOutage(new GraphQLError("wrapped", { originalError: typeorm }))).toBe(true);
    expect(isDatabaseOutage(new GraphQLError("Context creation failed: x", { originalError: new Error("auth", { cause: cut }) }))).toBe(true);
  });

  it("does not mistake bad queries or bad input for an outage", () => {
    for (const e of [
      pgError('duplicate key value violates unique constraint "topic_pkey"', "23505"),
      pgError('syntax error at or near "FROM"', "42601"),
      pgError('relation "x" does not exist', "42P01"),
      new QueryFailedError("SELECT 1", [], pgError("invalid input syntax for type integer", "22P02")),
      new GraphQLError('Invalid argument "code"', { extensions: { code: "BAD_USER_INPUT" } }),
      new Error("Internal"),
      null,
      undefined,
      "Connection terminated",
    ]) {
      expect(isDatabaseOutage(e), String(e)).toBe(false);
    }
  });

  it("stops on cyclic cause chains", () => {
    const a: any = new Error("a");
    const b: any = new Error("b", { cause: a });
    a.cause = b;
    expect(isDatabaseOutage(a)).toBe(false);
  });
});
