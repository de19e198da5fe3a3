// What the trained second stage learns from (round 41): the read corpus and the read half of the blind
// reviews, each writer a fold of its own, and never a text that judges it (the unseen reviews, holdout,
// the unseen splits or a kept-aside entry).
import { describe, expect, it } from "vitest";
import { ASIDE_SHARE, keepAside, loadSplit, trainingEntries } from "../../../scripts/eval-contacts.ts";
import { messagesOf, reviews } from "../../../scripts/eval-reviews.ts";
import { stageTrainingEntries } from "../../../scripts/train-contacts.ts";

describe("the trained stage's training data", () => {
  const trained = stageTrainingEntries();
  const seen = new Set(trained.map(({ entry }) => entry.messages.join("\n")));

  it("holds every read review, one writer per file, with its label and secrets", () => {
    const read = reviews("read");
    expect(read.length).toBeGreaterThanOrEqual(12);
    for (const { file, items } of read) {
      const own = trained.filter((t) => t.writer === file);
      expect(own).toHaveLength(items.length);
      expect(own.map((t) => [t.entry.contact, t.entry.secrets])).toEqual(items.map((i) => [i.contact, i.secrets]));
    }
  });

  it("holds the read corpus as before (trainingEntries), each split its own writer", () => {
    const corpus = trainingEntries();
    expect(trained.slice(0, corpus.length).map((t) => [t.writer, t.entry])).toEqual(corpus.map((c) => [c.split, c.entry]));
  });

  // Counted, not listed: a failure must not print a text nobody may read.
  it("holds no unseen review, no holdout entry and no kept-aside entry", () => {
    const unseen = reviews("unseen").flatMap(({ items }) => items.map((item) => messagesOf(item).join("\n")));
    expect(unseen.length).toBeGreaterThan(0);
    expect(unseen.filter((t) => seen.has(t)).length).toBe(0);
    const holdout = loadSplit("holdout").map((e) => e.messages.join("\n"));
    expect(holdout.filter((t) => seen.has(t)).length).toBe(0);
    const aside = keepAside(
      loadSplit("fresh28").map((entry) => ({ entry })),
      ASIDE_SHARE,
    ).aside.map(({ entry }) => entry.messages.join("\n"));
    expect(aside.length).toBeGreaterThan(0);
    expect(aside.filter((t) => seen.has(t)).length).toBe(0);
  });
});
