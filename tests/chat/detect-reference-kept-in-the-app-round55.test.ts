// Round 55 (det55b): a reference's number in a phone's shape, even one of the fiction ranges, is no phone when its label is an
// insurer's "file number", a dealer's "RO number" (repair order), a "job card number" or Brazil's "nota fiscal", or when the sentence says the reference is kept in the app,
// printed out, uploaded or disputed (phone.ts: IDENTIFIER_BEFORE_NUMBER, REFERENCE_CONTEXT_WORDS; reference-labels.ts). Still a phone: the same numbers
// with a call asked for, a bare "file" sent somewhere, a cell named beside the app. Sentences written for this file.
import { describe, expect, it } from "vitest";
import { caughtBy, flaggedBy } from "./detector-helpers.ts";

describe("a reference's number said to live in the app, or labelled by an insurer's file or a repair order", () => {
  it.each([
    ["the receipt number 415 555 0126 is in the app, it's the charge I'm disputing"],
    ["insurer's file number is 503 555 0139, uploaded it in the app this morning"],
    ["the RO number was 0412 555 873 according to the old service book"],
    ["claim no. 212 555 0163 is already uploaded in the app"],
    ["the job card number is 2023-618-0442, the workshop wrote it on the sheet"],
    ["nota fiscal 000.731.204, série 2, da loja de peças"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each<[string, string]>([
    ["send the file to 0412 555 873 tonight", "0412 555 873"],
    ["the receipt is in the app, my cell is 415 555 0126", "415 555 0126"],
    ["file number 503 555 0139, call me on it", "503 555 0139"],
  ])("%j still hides %j", (text, number) => {
    expect(caughtBy(text, [number])).toBe(true);
  });
});
