// The classifier of the second stage is a logistic regression over candidate features: it keeps
// every rule hit and the looser candidates whose probability reaches the model's threshold, as hits the detector
// masks span by span.
import { describe, expect, it } from "vitest";
import { normalise } from "../../../src/domain/contacts/detection/normalise.ts";
import { candidatesOf } from "../../../src/domain/contacts/second-stage/candidates.ts";
import { classifierStage, keptHits, probability, type ContactModel } from "../../../src/domain/contacts/second-stage/classifier.ts";

/** A model that believes only in digit runs. */
const digitsOnly: ContactModel = { bias: -5, threshold: 0.5, weights: { "g:digits:PHONE:1": 10 } };

describe("the second-stage classifier", () => {
  it("scores sigmoid(bias + the weights of the candidate's features), unknown features weighing 0", () => {
    expect(probability(digitsOnly, { features: ["g:digits:PHONE:1", "never-seen"] })).toBeCloseTo(1 / (1 + Math.exp(-5)), 10);
    expect(probability(digitsOnly, { features: ["never-seen"] })).toBeCloseTo(1 / (1 + Math.exp(5)), 10);
  });

  it("adds the message's shared weight to every candidate", () => {
    expect(probability(digitsOnly, { features: [] }, 5)).toBeCloseTo(0.5, 10);
  });

  it("keeps the candidates at or above the threshold and drops the rest", () => {
    const norm = normalise("text Dana on 512 555 0143");
    const kept = classifierStage(digitsOnly).select(norm, [], []);
    expect(kept).toEqual([{ kind: "PHONE", start: 13, end: 25, detail: true }]);
    expect(classifierStage({ ...digitsOnly, threshold: 0.9999 }).select(norm, [], [])).toEqual([]);
  });

  it("never drops a rule hit, however low the model scores it: the stage only adds", () => {
    const norm = normalise("part 0280158117");
    const rule = { kind: "PHONE" as const, start: 5, end: 15, detail: true };
    expect(candidatesOf(norm, [rule]).candidates[0]!.generator).toBe("rule");
    expect(classifierStage({ bias: -5, threshold: 0.5, weights: {} }).select(norm, [rule], [])).toEqual([{ kind: "PHONE", start: 5, end: 15, detail: true }]);
  });

  it("lets a looser candidate over a kept rule detail widen the mask, under that detail's kind", () => {
    const email = { kind: "EMAIL" as const, start: 5, end: 20, detail: true, generator: "rule" as const };
    const token = { kind: "SOCIAL_HANDLE" as const, start: 5, end: 24, detail: true, generator: "token" as const };
    const digits = { kind: "PHONE" as const, start: 30, end: 42, detail: true, generator: "digits" as const };
    const TEXT = "mail rick@mail.co.uk/abc, or: 512 555 0143";
    expect(keptHits([email, token, digits], TEXT)).toEqual([
      { kind: "EMAIL", start: 5, end: 20, detail: true },
      { kind: "EMAIL", start: 5, end: 24, detail: true },
      { kind: "PHONE", start: 30, end: 42, detail: true },
    ]);
    // A phrase the rules found (a request, no detail) gives no kind to a detail beside it.
    const request = { kind: "OFF_PLATFORM_REQUEST" as const, start: 0, end: 42, detail: false, generator: "rule" as const };
    expect(keptHits([request, digits], TEXT)[1]).toMatchObject({ kind: "PHONE" });
  });
});
