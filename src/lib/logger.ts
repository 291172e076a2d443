import pino, { type Logger } from "pino";

/** Structured JSON logs (pino) at the configured level. */
export function createLogger(level: string, name = "relations-graph"): Logger {
  return pino({ name, level });
}
export type { Logger };
