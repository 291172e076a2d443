import { parseArgs } from "node:util";
import { ConfigError } from "../config.js";
import type { FlagSpec, FlagValues } from "../subgraphs/define.js";

/**
 * One command of the command line. The table of them (src/cli/commands.ts) drives dispatch, the
 * usage that `--help` prints, and the refusal of an unknown command or flag.
 */
export interface Command {
  /** What is typed after `node dist/src/main.js`: "import", or "keys create" for an action of a command. */
  name: string;
  description: string;
  /** Positional arguments: how the usage writes them ("FILE", "[FILE]"), and how many are allowed. */
  args?: { usage: string; min: number; max: number };
  flags?: Record<string, FlagSpec>;
  run(input: { args: string[]; flags: FlagValues }): Promise<void>;
}

/** Asked for the usage: `help`, `--help` or `-h`, alone or after a command. */
export function wantsHelp(argv: string[]): boolean {
  return argv[0] === "help" || argv.includes("--help") || argv.includes("-h");
}

/** Every command with its arguments, flags and what it does. */
export function usage(commands: Command[], program = "node dist/src/main.js"): string {
  const lines = [`Usage: ${program} [COMMAND] [FLAGS]   (no command: all; npm start runs it)`, "", "Commands:"];
  for (const c of commands) {
    lines.push(`  ${[c.name, c.args?.usage].filter(Boolean).join(" ")}`, `      ${c.description}`);
    for (const [name, f] of Object.entries(c.flags ?? {})) {
      const flag = f.type === "string" ? `--${name} ${f.value ?? "VALUE"}` : `--${name}`;
      const fallback = f.type === "string" && f.default !== undefined ? ` (default: ${f.default})` : "";
      lines.push(`      ${flag.padEnd(22)} ${f.description}${fallback}`);
    }
  }
  lines.push("", "  help, --help, -h", "      print this");
  return lines.join("\n");
}

/** The command `argv` names ("keys create" before "keys"), and what follows it; "all" when empty. */
export function findCommand(commands: Command[], argv: string[]): { command: Command; rest: string[] } {
  const words = argv.length ? argv : ["all"];
  const byName = new Map(commands.map((c) => [c.name, c]));
  const two = words.length >= 2 ? byName.get(`${words[0]} ${words[1]}`) : undefined;
  if (two) return { command: two, rest: words.slice(2) };
  const one = byName.get(words[0]);
  if (one) return { command: one, rest: words.slice(1) };
  const named = words.length >= 2 && commands.some((c) => c.name.startsWith(`${words[0]} `)) ? `${words[0]} ${words[1]}` : words[0];
  throw new ConfigError(`Unknown command "${named}".\n\n${usage(commands)}`);
}

/** A command's flags and arguments (util.parseArgs, strict): an unknown flag or a wrong count is refused with the usage. */
export function parseCommand(command: Command, rest: string[], commands: Command[]): { args: string[]; flags: FlagValues } {
  const options = Object.fromEntries(Object.entries(command.flags ?? {}).map(([name, f]) => [name, { type: f.type, default: f.default }]));
  let parsed;
  try {
    parsed = parseArgs({ args: rest, options, strict: true, allowPositionals: true });
  } catch (err) {
    if (err instanceof TypeError) throw new ConfigError(`${command.name}: ${err.message}\n\n${usage(commands)}`);
    throw err;
  }
  const args = parsed.positionals;
  const { min, max } = command.args ?? { min: 0, max: 0 };
  if (args.length < min || args.length > max) {
    const expected = command.args ? `${command.name} ${command.args.usage}` : `${command.name} takes no arguments`;
    throw new ConfigError(`${command.name}: unexpected arguments "${rest.join(" ")}" (${expected}).\n\n${usage(commands)}`);
  }
  return { args, flags: parsed.values };
}
