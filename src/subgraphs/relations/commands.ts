import type { FlagValues, SubgraphCommand } from "../define.js";
import { importManyTreaties, summarize } from "../../seed/manytreaties/import.js";

const text = (v: FlagValues[string]): string | undefined => (typeof v === "string" ? v : undefined);

/** The relations subgraph's own commands. */
export const relationsCommands: SubgraphCommand[] = [
  {
    name: "import:manytreaties",
    description: "import the manytreaties GGO export (default: the vendored files in data/manytreaties); prints a summary and writes a JSON report",
    flags: {
      agreements: { type: "string", value: "FILE", description: "the agreements file (ggo-agreements.csv.gz format)" },
      parties: { type: "string", value: "FILE", description: "the parties file (ggo-parties.csv.gz format)" },
      prune: { type: "boolean", default: false, description: "delete GGO agreements the files no longer hold" },
      report: { type: "string", value: "FILE", default: "manytreaties-report.json", description: "where to write the report" },
    },
    async run(ds, flags) {
      const reportFile = text(flags.report);
      const { report } = await importManyTreaties(ds, { agreementsFile: text(flags.agreements), partiesFile: text(flags.parties), prune: flags.prune === true, reportFile });
      console.log(summarize(report));
      console.log(`Report: ${reportFile}`);
    },
  },
];
