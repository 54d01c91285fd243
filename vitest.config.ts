import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    // Whole-site builds and browser checks take seconds each; two cores run two files at once.
    testTimeout: 120_000,
    hookTimeout: 180_000,
    pool: "forks",
  },
});
