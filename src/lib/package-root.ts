import { existsSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

let root: string | undefined;

/**
 * The project's root: the nearest directory above this module holding package.json. The same from
 * src/ (vitest) and from dist/src/ (the built program), so vendored files under data/ are found either way.
 */
export function packageRoot(): string {
  if (root) return root;
  const here = fileURLToPath(import.meta.url);
  let dir = dirname(here);
  while (!existsSync(join(dir, "package.json"))) {
    const parent = dirname(dir);
    if (parent === dir) throw new Error(`No package.json above ${here}`);
    dir = parent;
  }
  return (root = dir);
}
