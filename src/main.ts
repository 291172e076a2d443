import "reflect-metadata";
import { COMMANDS } from "./cli/commands.js";
import { findCommand, parseCommand, usage, wantsHelp } from "./cli/command.js";
import { ConfigError } from "./config.js";

/**
 * CLI entry: `node dist/src/main.js [COMMAND] [FLAGS]`, `--help` for every command and its flags.
 * The commands are one table (src/cli/commands.ts); the program is assembled by src/root.ts.
 */
async function main(argv: string[]): Promise<void> {
  if (wantsHelp(argv)) {
    console.log(usage(COMMANDS));
    return;
  }
  const { command, rest } = findCommand(COMMANDS, argv);
  await command.run(parseCommand(command, rest, COMMANDS));
}

main(process.argv.slice(2)).catch((err) => {
  if (err instanceof ConfigError) console.error(err.message);
  else console.error(err);
  process.exit(1);
});
