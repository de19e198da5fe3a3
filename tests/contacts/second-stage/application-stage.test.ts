// Round 20: the application runs the trained second stage after the rules unless the operator sets
// CONTACT_DETECTION_STAGE=rules; specs, scripts and DEFAULT_DETECTION_OPTIONS keep the rules alone.
import { describe, expect, it } from "vitest";
import { ConfigError, loadConfig } from "../../../src/app/config.ts";
import { DEFAULT_DETECTION_OPTIONS, detectContactDetails, detectionOptionsFor } from "../../../src/domain/contacts/contact-detector.ts";
import { TRAINED_STAGE } from "../../../src/domain/contacts/second-stage/classifier.ts";

describe("CONTACT_DETECTION_STAGE", () => {
  it("is trained unless set to rules", () => {
    expect(loadConfig({}).contactDetectionStage).toBe("trained");
    expect(loadConfig({ CONTACT_DETECTION_STAGE: "rules" }).contactDetectionStage).toBe("rules");
  });

  it("refuses any other value, naming the variable", () => {
    expect(() => loadConfig({ CONTACT_DETECTION_STAGE: "ml" })).toThrow(ConfigError);
    expect(() => loadConfig({ CONTACT_DETECTION_STAGE: "ml" })).toThrow(/CONTACT_DETECTION_STAGE/);
  });

  it("gives the detector the committed model with the platform's domains, or nothing", () => {
    expect(detectionOptionsFor(["wrenchhub.net"], "trained")).toMatchObject({ secondStage: TRAINED_STAGE });
    expect(detectionOptionsFor(["wrenchhub.net"], "rules").secondStage).toBeUndefined();
    expect(detectionOptionsFor(["wrenchhub.net"]).secondStage).toBeUndefined();
    expect(DEFAULT_DETECTION_OPTIONS.secondStage).toBeUndefined();
  });

  it("with the stage, a link to another platform's name is a stranger's link, and the operator's own domain stays readable", () => {
    const options = detectionOptionsFor(["wrenchhub.net"], "trained");
    expect(detectContactDetails("the rules are at autodoctor.app/policies", options).kinds).toEqual(["LINK"]);
    expect(detectContactDetails("the rules are at fixmyride-app.com/policies", options).kinds).toEqual(["LINK"]);
    expect(detectContactDetails("the rules are at wrenchhub.net/policies", options).kinds).toEqual([]);
  });
});
