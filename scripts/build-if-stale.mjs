// `npm start` runs this before the server: it rebuilds (npm run build) only when a source of the
// build is newer than the last build, so a later start skips the ~20 s build. The stamp records
// the newest input's mtime and the Node version; dist/ is git-ignored.
import { execSync } from "node:child_process";
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join } from "node:path";

const root = new URL("..", import.meta.url).pathname;
const inputs = ["src", "migrations", "bench", "web", "tsconfig.json", "package.json", "package-lock.json", "schema/supergraph.graphql"];
const skip = new Set(["node_modules", "dist", ".data"]);

function newest(path) {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let max = st.mtimeMs;
  for (const name of readdirSync(path)) if (!skip.has(name)) max = Math.max(max, newest(join(path, name)));
  return max;
}

const stampFile = join(root, "dist", ".build-stamp.json");
const want = { inputs: Math.round(inputs.reduce((m, p) => Math.max(m, newest(join(root, p))), 0)), node: process.version };
const have = existsSync(stampFile) ? JSON.parse(readFileSync(stampFile, "utf8")) : null;
if (have && have.inputs === want.inputs && have.node === want.node && existsSync(join(root, "dist", "src", "main.js")) && existsSync(join(root, "dist", "web"))) {
  console.log("build is up to date (dist/.build-stamp.json); skipping npm run build");
} else {
  execSync("npm run build", { cwd: root, stdio: "inherit" });
  writeFileSync(stampFile, `${JSON.stringify(want)}\n`);
}
