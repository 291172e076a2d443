// Decorators run as the subgraph modules load: the metadata polyfill first, whoever imports the registry.
import "reflect-metadata";
import type { ListSizes } from "../graphql/limits.js";
import type { Subgraph } from "./define.js";
import { corridorsSubgraph } from "./corridors/index.js";
import { relationsSubgraph } from "./relations/index.js";

/**
 * Every subgraph, one line each (see src/subgraphs/define.ts). Their order is the order of start-up,
 * of schema:print and composition, and of the dataset file's parts on import (a part may cite
 * records of the parts before it).
 */
export const SUBGRAPH_MODULES = [
  relationsSubgraph,
  corridorsSubgraph,
] as const;

export type SubgraphName = (typeof SUBGRAPH_MODULES)[number]["name"];

/** The subgraphs' names, in the registry's order. */
export const SUBGRAPH_NAMES: SubgraphName[] = SUBGRAPH_MODULES.map((m) => m.name);

/** Every subgraph's ListSizes, for the cost the gateway and each subgraph put on an operation. */
export const LIST_SIZES: ListSizes = Object.assign({}, ...SUBGRAPH_MODULES.map((m): ListSizes => m.listSizes ?? {}));

/** Whether a string (a command, a flag's value) names a subgraph. */
export function isSubgraphName(name: string): name is SubgraphName {
  return SUBGRAPH_NAMES.some((n) => n === name);
}

/** One value per subgraph, keyed by its name: its settings, URL, DataSource... */
export function bySubgraph<V>(value: (m: Subgraph, name: SubgraphName) => V): Record<SubgraphName, V> {
  // Object.fromEntries cannot know that the keys are every SubgraphName: they are, from the list above.
  return Object.fromEntries(SUBGRAPH_MODULES.map((m) => [m.name, value(m, m.name)])) as Record<SubgraphName, V>;
}

/** A subgraph's module, as the root and the tools handle every module. */
export function subgraphModule(name: SubgraphName): Subgraph {
  const found: Subgraph | undefined = SUBGRAPH_MODULES.find((m) => m.name === name);
  if (!found) throw new Error(`No subgraph "${name}" in src/subgraphs/registry.ts`);
  return found;
}
