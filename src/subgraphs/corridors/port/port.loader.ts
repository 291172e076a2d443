import DataLoader from "dataloader";
import { In, type DataSource } from "typeorm";
import { byKey } from "../../../db/loaders.js";
import { Port } from "./port.entity.js";

/** The WPI number as a number, for ordering ("48520" before "48845"). */
const wpiNumber = (p: Port) => Number(p.id);

export function createPortLoaders(ds: DataSource) {
  return {
    portById: byKey(ds, Port, "id"),
    /**
     * Ports by normalised UN/LOCODE ("IRBND"), one statement per batch. A few codes name two ports
     * in the index; the one with the lowest WPI number answers.
     */
    portByUnlocode: new DataLoader<string, Port | null>(async (codes) => {
      const rows = await ds.getRepository(Port).find({ where: { unlocode: In([...codes]) } });
      rows.sort((a, b) => wpiNumber(a) - wpiNumber(b));
      const map = new Map<string, Port>();
      for (const r of rows) if (r.unlocode && !map.has(r.unlocode)) map.set(r.unlocode, r);
      return codes.map((c) => map.get(c) ?? null);
    }),
  };
}

export type PortLoaders = ReturnType<typeof createPortLoaders>;
