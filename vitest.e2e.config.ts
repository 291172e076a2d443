import { defineConfig } from "vitest/config";

// `npm run test:e2e`: the explorer in headless Chromium against the real program. Kept out of `npm test`.
export default defineConfig({
  test: {
    name: "e2e",
    include: ["e2e/**/*.test.ts"],
    testTimeout: 120_000,
    hookTimeout: 400_000,
    fileParallelism: false,
  },
});
