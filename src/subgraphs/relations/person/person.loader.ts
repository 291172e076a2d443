import type { DataSource } from "typeorm";
import { byKey, groupedBy, linkIds } from "../../../db/loaders.js";
import { Office, Person, PersonName } from "./person.entity.js";

export function createPersonLoaders(ds: DataSource) {
  return {
    personById: byKey(ds, Person, "id"),
    namesByPerson: groupedBy(ds, PersonName, "personId", { language: "ASC", text: "ASC" }),
    officesByPerson: groupedBy(ds, Office, "personId", { from: { direction: "ASC", nulls: "LAST" }, id: "ASC" }),
    officeSourceIds: linkIds(
      ds,
      `SELECT office_id AS parent_key, source_id AS child_key FROM relations.office_source WHERE office_id = ANY($1) ORDER BY source_id`,
    ),
  };
}

export type PersonLoaders = ReturnType<typeof createPersonLoaders>;
