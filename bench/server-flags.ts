import { readFileSync } from "node:fs";

/** The Node flags `npm start` runs the server with (package.json), so bench and soak measure the server as users run it. */
export const SERVER_FLAGS: string[] = (/node ((?:--\S+ )*)dist\/src\/main\.js/.exec(JSON.parse(readFileSync("package.json", "utf8")).scripts.start)?.[1] ?? "")
  .trim()
  .split(" ")
  .filter(Boolean);
