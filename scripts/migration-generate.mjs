// `npm run migration:generate -- <subgraph> <Name>`: TypeORM's migration:generate for one subgraph
// (src/subgraphs/data-source.cli.ts), written to migrations/<subgraph>/<timestamp>-<Name>.ts.
// Run after `npm run build`, with DATABASE_URL set to a scratch PostgreSQL database.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const [subgraph, name, ...rest] = process.argv.slice(2);
if (!subgraph || !name || !existsSync(`migrations/${subgraph}`)) {
  console.error("Usage: npm run migration:generate -- <subgraph> <Name>   (a subgraph with a folder in migrations/)");
  process.exit(1);
}
const typeorm = spawnSync("npx", ["typeorm", "migration:generate", "-d", "dist/src/subgraphs/data-source.cli.js", `migrations/${subgraph}/${name}`, ...rest], {
  stdio: "inherit",
  env: { ...process.env, SUBGRAPH: subgraph },
});
process.exit(typeorm.status ?? 1);
