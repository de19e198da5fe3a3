// sideBurst reads a side's latest messages as one burst, and a drip of number pieces further back:
// which earlier messages it hands the detector, and what counts as a drip piece and its rhythm.
import { describe, expect, it } from "vitest";
import { DRIP_MAX_EARLIER, isDripPiece, keepsDripRhythm, recordedBurst, sideBurst, SPLIT_DETAIL_MAX_EARLIER, SPLIT_DETAIL_WINDOW_MS } from "./split-detail.ts";

const PRO = { id: "pro", role: "MECHANIC" };
const CUSTOMER = { id: "customer", role: "CUSTOMER" };
const START = Date.parse("2026-12-07T10:00:00Z");

/** A thread's messages, oldest first, `gapMs` apart: newest first (as the send reads them), and the time of the next send. */
function thread(lines: ReadonlyArray<[typeof PRO, string]>, gapMs = 5_000) {
  const rows = lines.map(([sender, body], i) => ({ id: String(i), senderId: sender.id, sender: { role: sender.role }, kind: "USER", createdAt: new Date(START + i * gapMs), body }));
  return { latestFirst: [...rows].reverse(), at: new Date(START + lines.length * gapMs) };
}

const bodies = (rows: ReadonlyArray<{ body: string }>) => rows.map((row) => row.body);
const by = (sender: typeof PRO, ...texts: string[]): Array<[typeof PRO, string]> => texts.map((text) => [sender, text]);

describe("isDripPiece", () => {
  it.each(["50", "5", "then 35", "and 01", "five oh", "oh one four two", "0 1 4", "ok 2", "5550"])("reads %j as a piece of a number", (text) => {
    expect(isDripPiece(text)).toBe(true);
  });
  it.each(["$40", "85k", "3pm", "85000", "yes", "...", "pads 65", "35 for fluid"])("reads %j as no piece", (text) => {
    expect(isDripPiece(text)).toBe(false);
  });
});

describe("keepsDripRhythm", () => {
  it.each([[["50", "35", "55", "01", "42"]], [["5", "0", "3", "5"]], [["five oh", "three five", "5"]], [["503", "555", "014", "2"]]])("holds for even cuts, the last maybe shorter: %j", (pieces) => {
    expect(keepsDripRhythm(pieces)).toBe(true);
  });
  it.each([[["65", "120", "89", "350"]], [["250", "480", "65", "35"]], [["5", "03", "55"]]])("fails for figures of any length: %j", (pieces) => {
    expect(keepsDripRhythm(pieces)).toBe(false);
  });
  it.each([[["503", "555", "01", "42"]], [["503", "284", "0142"]], [["971", "632", "0", "14", "2"]], [["020", "7946", "00", "18"]], [["5", "03", "284", "01", "42"]]])(
    "holds for a valid number cut at every break of its national format, its groups maybe cut further: %j",
    (pieces) => {
      expect(keepsDripRhythm(pieces)).toBe(true);
    },
  );
  it.each([
    [["5035", "55", "0142"]], // 503 555 0142 cut inside its area code and exchange, not between them
    [["555", "01", "42"]], // no valid number alone
    [["250", "480", "65", "35"]], // 250 480 6535 cut along its groups, but round prices
    [["289", "349", "89", "99"]], // 289 349 8999 cut along its groups, but prices just under round ones
  ])("fails for pieces off the number's groups or that read as listed figures: %j", (pieces) => {
    expect(keepsDripRhythm(pieces)).toBe(false);
  });
});

describe("sideBurst", () => {
  it("hands an ordinary message the side's two latest messages, passing over the other side's", () => {
    const { latestFirst, at } = thread([...by(PRO, "hi", "the pads", "are worn"), ...by(CUSTOMER, "ok"), ...by(PRO, "front ones")]);
    expect(bodies(sideBurst(latestFirst, PRO, at, "both sides"))).toEqual(["are worn", "front ones"]);
  });

  it("hands a drip piece the drip's DRIP_MAX_EARLIER latest pieces, past the other side's replies and the side's pauses", () => {
    const { latestFirst, at } = thread([...by(PRO, "9", "5", "0"), ...by(CUSTOMER, "?"), ...by(PRO, "3", "..."), ...by(CUSTOMER, "?"), ...by(PRO, "5", "5", "5", "0", "1", "4", "2")]);
    const burst = bodies(sideBurst(latestFirst, PRO, at, "7"));
    expect(burst).toHaveLength(DRIP_MAX_EARLIER);
    expect(burst).toEqual(["5", "0", "3", "5", "5", "5", "0", "1", "4", "2"]);
  });

  it("stops a drip at the side's last message that is no piece", () => {
    const { latestFirst, at } = thread(by(PRO, "50", "call me", "35", "55", "01"));
    expect(bodies(sideBurst(latestFirst, PRO, at, "42"))).toEqual(["35", "55", "01"]);
  });

  it("hands a drip cut along its number's groups the whole number, though its last pieces alone break the rhythm", () => {
    const { latestFirst, at } = thread(by(PRO, "hi", "503", "284", "01"));
    expect(bodies(sideBurst(latestFirst, PRO, at, "42"))).toEqual(["503", "284", "01"]);
  });

  it("reads figures that break the drip's rhythm no further back than a burst", () => {
    const { latestFirst, at } = thread(by(PRO, "65", "120", "89"));
    expect(bodies(sideBurst(latestFirst, PRO, at, "350"))).toHaveLength(SPLIT_DETAIL_MAX_EARLIER);
  });

  it("reads no further back than the window", () => {
    const { latestFirst, at } = thread(by(PRO, "50", "35", "55", "01"), SPLIT_DETAIL_WINDOW_MS / 2.5);
    expect(bodies(sideBurst(latestFirst, PRO, at, "42"))).toEqual(["55", "01"]);
  });

  it("reads the other side's messages into no burst", () => {
    const { latestFirst, at } = thread([...by(CUSTOMER, "50", "35", "55"), ...by(PRO, "01")]);
    expect(bodies(sideBurst(latestFirst, PRO, at, "42"))).toEqual(["01"]);
  });
});

describe("recordedBurst", () => {
  it("reads each recorded message with the earlier ones the chat reads: at most SPLIT_DETAIL_MAX_EARLIER", () => {
    expect(recordedBurst(["my number", "is 503", "555", "0142 thanks"])).toEqual([[], [0], [0, 1], [1, 2]]);
  });
  it("reads a drip's pieces as far back as the drip reaches", () => {
    expect(recordedBurst(["call", "50", "35", "55", "01", "42"]).at(-1)).toEqual([1, 2, 3, 4]);
  });
});
