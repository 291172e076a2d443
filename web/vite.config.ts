import { fileURLToPath } from "node:url";
import react from "@vitejs/plugin-react";
import { defineConfig } from "vite";

// The explorer (index.html) and GraphiQL (graphiql.html), built into dist/web, which the gateway serves at / and
// /graphiql (src/web/web.ts). Everything is bundled: the page loads nothing from the internet.
const root = fileURLToPath(new URL(".", import.meta.url));

export default defineConfig({
  root,
  base: "/",
  plugins: [react()],
  // Monaco's workers (GraphiQL's editor) split into chunks, which classic workers cannot load.
  worker: { format: "es" },
  build: {
    outDir: fileURLToPath(new URL("../dist/web", import.meta.url)),
    emptyOutDir: true,
    // Monaco alone is several MB; the explorer page does not load it.
    chunkSizeWarningLimit: 5000,
    rolldownOptions: {
      // GraphiQL's modules start with React Compiler directives ("use no memo") that bundling drops, harmlessly.
      onwarn(warning, warn) {
        if (warning.code !== "MODULE_LEVEL_DIRECTIVE") warn(warning);
      },
      input: {
        explorer: fileURLToPath(new URL("index.html", import.meta.url)),
        graphiql: fileURLToPath(new URL("graphiql.html", import.meta.url)),
      },
    },
  },
  server: {
    // `npx vite --config web/vite.config.ts` for development: the API comes from a running gateway.
    proxy: { "/graphql": process.env.GATEWAY_URL ?? "http://127.0.0.1:4000" },
    fs: { allow: [fileURLToPath(new URL("..", import.meta.url))] },
  },
});
