/**
 * Node (V8) flags every API process runs with, spelled out where a process starts: package.json's
 * `start`, `start:prod` and bench scripts, the Dockerfile's CMD, `scripts/ci-production.ts` and
 * `tests/setup/spawn-api.ts` (`tests/server/engine-flags.test.ts` checks they agree and that this
 * Node accepts them).
 *
 * `--no-regexp-tier-up`: compile each regular expression to machine code at its first use, instead
 * of interpreting it first and compiling it when it runs again. V8 optimises regexp code only until
 * a process has generated 1 MB of it and holds 16 MB of executable memory (bench/README, contact
 * detection round 29), and the contact detector's expressions pass both; with tier-up the budget
 * went to whichever expressions tiered up first. Measured on the detection bench's 2,000-character
 * messages, one detector per process (bench/README, round 32): mean CPU 11.3 to 12.6 ms a message
 * without the flag, 7.7 to 8.5 ms with it. A command-line flag because NODE_OPTIONS refuses V8 flags
 * and setting it at run time (`v8.setFlagsFromString`) after expressions had compiled crashed the
 * process.
 */
export const NODE_ENGINE_FLAGS: readonly string[] = ["--no-regexp-tier-up"];
