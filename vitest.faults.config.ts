import { configDefaults, defineConfig } from "vitest/config";
import base from "./vitest.config.ts";

/**
 * `npm run test:faults`: restarts of PostgreSQL and Redis (our own throwaway servers), SIGKILL of
 * the API, races and hostile input. Slower than the unit suite and not part of `npm test`.
 * (Spread, not mergeConfig: that would concatenate the include and exclude lists.)
 */
export default defineConfig({
  ...base,
  test: {
    ...base.test,
    include: ["tests/faults/**/*.test.ts"],
    exclude: configDefaults.exclude,
    // One file at a time: the scenarios time restarts and watch memory on a shared 2-core machine.
    fileParallelism: false,
    // Each scenario in a fresh process, as before the unit suite began sharing workers between files.
    isolate: true,
    testTimeout: 120_000,
  },
});
