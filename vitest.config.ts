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

// Each test file gets its own copy of the seeded database (tests/support/database.ts).
const perFile = { setupFiles: ["reflect-metadata", "tests/support/per-file.ts"], testTimeout: 60_000, hookTimeout: 120_000 };

/** The real program, built with tsc into dist/ and started from there: one at a time, after the rest. */
const SERIAL = ["tests/cli/cli.test.ts", "tests/faults/sigterm.test.ts"];

export default defineConfig({
  ...shared,
  test: {
    globalSetup: ["tests/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    // Files do not share a database, so they may run side by side. On 2 cores, embedded, the whole run took
    // 333 s with 2 workers and 586 s with 1 (vitest run, load 4-5 from other work on the machine).
    maxWorkers: 2,
    projects: [
      {
        ...shared,
        test: { name: "default", include: ["tests/**/*.test.ts"], exclude: SERIAL, ...perFile },
      },
      {
        // Both build dist/ with tsc: two at once could start a half-written program.
        ...shared,
        test: { name: "serial", include: SERIAL, fileParallelism: false, ...perFile },
      },
      {
        // The date-sensitive tests again, in a time zone east of UTC where a JS Date would shift dates.
        ...shared,
        test: {
          name: "tz-tehran",
          include: ["tests/relations/status.test.ts", "tests/relations/facts.test.ts"],
          ...perFile,
          env: { TZ: "Asia/Tehran" },
        },
      },
    ],
  },
});
