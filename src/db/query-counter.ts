import type { Logger, QueryRunner } from "typeorm";
import type { Logger as Pino } from "pino";

/**
 * TypeORM logger that counts every statement sent to the database. Tests and the benchmark read
 * the count to prove that statements per request do not grow with the rows returned.
 */
export class CountingLogger implements Logger {
  statements = 0;
  /** The last few statements with their parameters (tests EXPLAIN them). */
  readonly recent: { query: string; parameters: unknown[] }[] = [];

  constructor(private readonly pino?: Pino) {}

  logQuery(query: string, parameters?: unknown[], _runner?: QueryRunner): void {
    this.statements++;
    this.recent.push({ query, parameters: parameters ?? [] });
    if (this.recent.length > 20) this.recent.shift();
    this.pino?.trace({ query, parameters }, "sql");
  }
  logQueryError(error: string | Error, query: string, parameters?: unknown[]): void {
    this.pino?.warn({ err: error, query, parameters }, "sql failed");
  }
  logQuerySlow(time: number, query: string): void {
    this.pino?.warn({ time, query }, "slow sql");
  }
  logSchemaBuild(message: string): void {
    this.pino?.debug(message);
  }
  logMigration(message: string): void {
    this.pino?.info(message);
  }
  log(level: "log" | "info" | "warn", message: unknown): void {
    if (level === "warn") this.pino?.warn(String(message));
    else this.pino?.debug(String(message));
  }
}
