import { inject } from "vitest";
import pino from "pino";
import { createRelationsApp, type RelationsApp } from "../../src/root.js";

export interface TestApp {
  app: RelationsApp;
  /** Runs an operation through the real server pipeline; returns data and errors. */
  run<T = any>(query: string, variables?: Record<string, unknown>): Promise<{ data?: T; errors?: any[] }>;
  /** Runs an operation and returns how many SQL statements it sent. */
  countStatements(query: string, variables?: Record<string, unknown>): Promise<number>;
  close(): Promise<void>;
}

/** The relations app as the composition root builds it, on the run's test database. */
export async function startTestApp(): Promise<TestApp> {
  const app = await createRelationsApp({
    url: inject("dbUrl"),
    poolMax: inject("embedded") ? 1 : 4,
    log: pino({ level: "silent" }),
    exposeInternals: true,
  });
  await app.server.start();
  const run = async (query: string, variables?: Record<string, unknown>) => {
    const res = await app.server.executeOperation({ query, variables }, { contextValue: app.context() });
    if (res.body.kind !== "single") throw new Error("unexpected incremental response");
    return res.body.singleResult as { data?: any; errors?: any[] };
  };
  return {
    app,
    run,
    async countStatements(query, variables) {
      const before = app.sql.statements;
      const res = await run(query, variables);
      if (res.errors) throw new Error(JSON.stringify(res.errors));
      return app.sql.statements - before;
    },
    close: () => app.stop(),
  };
}
