// The second stage is trained on what the rules find with the options the corpus is measured with
// (eval-contacts' CORPUS_DETECTION_OPTIONS: the corpus's writers named the platform autodoctor.app
// or fixmyride-app.com), so a link to the corpus's platform is no rule hit to learn from.
import { describe, expect, it } from "vitest";
import type { CorpusEntry } from "../../../scripts/eval-contacts.ts";
import { examplesOf } from "../../../scripts/train-contacts.ts";

const entry = (text: string): CorpusEntry => ({ id: "t-1", category: "innocent_links", contact: true, kinds: [], messages: [text], secrets: [] });

describe("training reads the corpus with the corpus's options", () => {
  it("a link to the corpus's other platform name teaches nothing, another site's link does", () => {
    expect(examplesOf(entry("the refund rules are on fixmyride-app.com/help"), 0)).toEqual([]);
    expect(examplesOf(entry("the refund rules are on mikesgarage-app.com/help"), 0).length).toBeGreaterThan(0);
  });
});
