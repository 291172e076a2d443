import type { DataSource } from "typeorm";
import { TradeCorridor } from "./corridor.entity.js";

/** Every corridor, by id: a short list. */
export function allCorridors(ds: DataSource): Promise<TradeCorridor[]> {
  return ds.getRepository(TradeCorridor).find({ order: { id: "ASC" } });
}
