// Round 52 (det52a): a store or road named as where the car's trouble began ("the light came on at the Shell on the N1 near
// Sandton, I filled up there", "it cut out outside the Tesco on Mill Road and died there") is a story, not a spot to meet
// (phrases.ts troubleToldAt); and the tow booked to meet the customer ("a booking request for the tow to meet you there
// tomorrow at 8") is the platform's own (TOW_DRIVER_MEETS). A meeting set there, a job offered there, or cash brought still
// flags. Sentences written for this branch. Probed with the application's options (rules + trained stage).
import { describe, expect, it } from "vitest";
import { flaggedBy } from "./detector-helpers.ts";

describe("a store named as where the trouble began", () => {
  it.each([
    ["the light came on at the Caltex on the M4 near Parramatta, I filled up there, dodgy fuel maybe?"],
    ["it cut out outside the Tesco on Mill Road and died there, had to push it"],
    ["the rattle started near the Asda on Kings Road last Tuesday"],
    ["the car broke down at the Engen on the N2 on Friday, it's there now"],
    ["you'll get a booking request through the platform for the tow to meet you there tomorrow at 8"],
  ])("%j stays innocent", (text) => {
    expect(flaggedBy(text)).toBe(false);
  });

  it.each([
    ["meet me at the Shell on the N1 tomorrow at 8, I'll do it there for cash"],
    ["the light came on at the Shell on the N1, come there tomorrow at 8 and I'll sort it cheap"],
    ["forget the tow, just meet me at the Engen on the N2 at 6 and bring cash"],
  ])("%j is still caught", (text) => {
    expect(flaggedBy(text)).toBe(true);
  });
});
