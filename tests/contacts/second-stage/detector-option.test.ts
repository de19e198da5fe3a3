// The second stage is behind `DetectionOptions.secondStage`: without it the detector is the rules
// alone; with it, the stage's choice is what the detector reports and masks, mapped back to the
// characters the sender typed.
import { describe, expect, it } from "vitest";
import { DEFAULT_DETECTION_OPTIONS, detectContactDetails, type SecondStage } from "../../../src/domain/contacts/contact-detector.ts";
import { classifierStage, TRAINED_STAGE } from "../../../src/domain/contacts/second-stage/classifier.ts";

const digitsOnly: SecondStage = classifierStage({ bias: -5, threshold: 0.5, weights: { "g:digits:PHONE:1": 10 } });
const nothing: SecondStage = { select: () => [] };

describe("the detector's second-stage option", () => {
  it("is off by default: the rules alone decide", () => {
    expect(DEFAULT_DETECTION_OPTIONS.secondStage).toBeUndefined();
    expect(detectContactDetails("call me on 512 555 0143").kinds).toContain("PHONE");
  });

  it("replaces the rules' verdict when given", () => {
    const detection = detectContactDetails("call me on 512 555 0143", { ...DEFAULT_DETECTION_OPTIONS, secondStage: nothing });
    expect(detection).toEqual({ kinds: [], masked: "call me on 512 555 0143", spans: [] });
  });

  it("masks the kept candidates over the original characters, however they were typed", () => {
    const text = "ok. ５１２－５５５－０１４７. pls";
    const detection = detectContactDetails(text, { ...DEFAULT_DETECTION_OPTIONS, secondStage: digitsOnly });
    expect(detection.masked).toBe("ok. [hidden]. pls");
    expect(detection.kinds).toEqual(["PHONE"]);
  });

  it("with the committed model, masks a plain phone number and leaves repair chat alone", () => {
    const options = { ...DEFAULT_DETECTION_OPTIONS, secondStage: TRAINED_STAGE };
    expect(detectContactDetails("Mine is 512 555 0143", options).masked).toBe("[hidden]");
    expect(detectContactDetails("brakes squeal when cold, 2014 civic 187k miles", options).kinds).toEqual([]);
  });
});
