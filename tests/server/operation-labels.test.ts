import { describe, expect, it } from "vitest";
import { OperationLabels } from "../../src/platform/server/metrics.ts";

/** The latency histogram's `operation` label: bounded however many names clients make up. */
describe("operation labels", () => {
  it("keep the names of shipped operations, the first few others, and fold the rest into 'other'", () => {
    const labels = new OperationLabels(["Me", "SessionList"], 2);
    expect(["First", "Second", "Third", "First", "Me", "SessionList", "Fourth"].map((name) => labels.of(name))).toEqual(["First", "Second", "other", "First", "Me", "SessionList", "other"]);
  });

  it("call an unnamed operation 'anonymous', without spending a slot on it", () => {
    const labels = new OperationLabels([], 1);
    expect([labels.of(undefined), labels.of(null), labels.of(""), labels.of("Named"), labels.of("Another")]).toEqual(["anonymous", "anonymous", "anonymous", "Named", "other"]);
  });
});
