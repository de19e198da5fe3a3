import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["tests/**/*.test.ts"],
    globalSetup: ["tests/setup/global-setup.ts"],
    // Each file starts its own server on its own database; forks keep their memory apart.
    pool: "forks",
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
