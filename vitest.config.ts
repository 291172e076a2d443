import { defineConfig } from "vitest/config";

const shared = {
  // vitest emits the decorator metadata type-graphql and TypeORM need through oxc (docs/decisions.md, "ESM, compiled with tsc").
  oxc: { decorator: { legacy: true, emitDecoratorMetadata: true } } as any,
  // One graphql instance (CommonJS) for type-graphql and Apollo.
  // Subpath imports (GraphQL Armor imports graphql/language/parser) must get the .js files too, not .mjs.
  resolve: {
    alias: [
      { find: /^graphql$/, replacement: "graphql/index.js" },
      { find: /^graphql\/(.*?)(\.js)?$/, replacement: "graphql/$1.js" },
    ],
  },
};

export default defineConfig({
  ...shared,
  test: {
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 60_000,
    // Files share one seeded database and some write to it (then undo): run them one at a time.
    fileParallelism: false,
    hookTimeout: 120_000,
    projects: [
      {
        ...shared,
        test: { name: "default", include: ["tests/**/*.test.ts"], setupFiles: ["reflect-metadata", "tests/support/per-file.ts"], testTimeout: 60_000, hookTimeout: 120_000 },
      },
      {
        // The date-sensitive tests again, in a time zone east of UTC where a JS Date would shift dates.
        ...shared,
        test: {
          name: "tz-tehran",
          include: ["tests/relations/status.test.ts", "tests/relations/facts.test.ts"],
          setupFiles: ["reflect-metadata", "tests/support/per-file.ts"],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          env: { TZ: "Asia/Tehran" },
        },
      },
    ],
  },
});
