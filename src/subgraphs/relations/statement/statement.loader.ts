import type { DataSource } from "typeorm";
import { byKey, groupedBy } from "../../../db/loaders.js";
import { Statement } from "./statement.entity.js";

export function createStatementLoaders(ds: DataSource) {
  const order = { date: { direction: "ASC", nulls: "LAST" }, id: "ASC" } as const;
  return {
    statementById: byKey(ds, Statement, "id"),
    statementsBySpeaker: groupedBy(ds, Statement, "speakerId", order),
    statementsByAgreement: groupedBy(ds, Statement, "agreementId", order),
  };
}

export type StatementLoaders = ReturnType<typeof createStatementLoaders>;
