import { createRequire } from "node:module";
import { availableParallelism } from "node:os";
import { configDefaults, defineConfig } from "vitest/config";

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // type-graphql and graphql-shield load graphql's CommonJS build; tests must use the same
    // instance, or graphql's `instanceof` checks see two realms.
    alias: [{ find: /^graphql$/, replacement: require.resolve("graphql") }],
  },
  test: {
    include: ["tests/**/*.test.ts", "src/**/*.spec.ts"],
    // The fault suite (vitest.faults.config.ts, `npm run test:faults`) restarts servers: not part of `npm test`.
    exclude: [...configDefaults.exclude, "tests/faults/**"],
    globalSetup: ["tests/setup/global-setup.ts"],
    // Each file starts its own server on its own database; forks keep their memory apart.
    pool: "forks",
    // A worker keeps its loaded modules from one file to the next: importing the server afresh
    // for every file cost about 2 s of CPU per file (no test mocks modules or stubs globals).
    isolate: false,
    // Vitest's default on 2 cores is one worker, but a file spends much of its time waiting on
    // sockets, timers and child processes: two workers keep both cores busy.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    testTimeout: 30_000,
    hookTimeout: 120_000,
  },
});
