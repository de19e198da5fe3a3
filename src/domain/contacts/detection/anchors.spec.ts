// A rule is tried only where the text has a word its matches can open with, read off its regular
// expression; where the expression does not say, the rule scans the text. Either way it finds what
// a scan finds.
import { describe, expect, it } from "vitest";
import { anchorOf, requiredTail } from "./anchors.ts";
import { runPatterns, type Pattern } from "./context.ts";
import type { Hit } from "./types.ts";

const words = (re: RegExp): { exact: string[]; prefixes: string[] } | null => {
  const anchor = anchorOf(re);
  return anchor && { exact: [...anchor.exact].sort(), prefixes: [...anchor.prefixes].sort() };
};

describe("the words a pattern's matches open with", () => {
  it("reads whole words where the expression ends them", () => {
    expect(words(/\b(?:call|ring)\s+me\b/gi)).toEqual({ exact: ["call", "ring"], prefixes: [] });
    expect(words(/\b(?:[oO][nN]|[iI][nN])\s+(?:the\s+)?yelp\b/g)).toEqual({ exact: ["in", "on"], prefixes: [] });
    expect(words(/\bwhat'?s\s+app/gi)).toEqual({ exact: ["what", "whats"], prefixes: [] });
  });

  it("keeps a word the expression may end inside of as a prefix", () => {
    expect(words(/\bgoogle(?:\s+maps)?/gi)).toEqual({ exact: [], prefixes: ["google"] });
    expect(words(/\bw+hats/g)).toEqual({ exact: [], prefixes: ["whats", "ww"] });
    expect(words(/\b(?:snap|sn[a4]p)chat\w*/gi)).toEqual({ exact: [], prefixes: ["sn4pchat", "snapchat"] });
  });

  it("reads a letter written as an escape as that letter", () => {
    expect(words(/\b[\u0063]all\b/g)).toEqual({ exact: ["call"], prefixes: [] });
    expect(words(/\b\x41b/gi)).toEqual({ exact: [], prefixes: ["ab"] });
  });

  it("reads a word opening on any of a few characters (a digit) as beginning with one of them", () => {
    expect(words(/\b\d+\s*%\s*off/g)).toEqual({ exact: [], prefixes: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"] });
    expect(words(/\b(?:one|two|\d)\s+blocks?/gi)).toEqual({ exact: ["one", "two"], prefixes: ["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"] });
  });

  it("lets a word end at a range that spans signs as well as letters or digits", () => {
    // "[9-A]" holds ":" to "@" between the digit and the letter: "x:" is a match opening on "x".
    expect(words(/\bx[9-A]/g)).toEqual({ exact: ["x"], prefixes: ["x9", "xa"] });
  });

  it("counts a lookbehind ending on something other than a letter or digit as the word's start", () => {
    expect(words(/(?<=\b(?:to|on)\s+(?:the\s+)?)(?:wa|tg)\b/g)).toEqual({ exact: ["tg", "wa"], prefixes: [] });
    expect(words(/(?<![\w.@])(?:ig|fb)\b/g)).toEqual({ exact: ["fb", "ig"], prefixes: [] });
    expect(words(/(?<=\d\s?)cash\b/g)).toBeNull();
  });

  it("reads a match that may also open on a character no ASCII text holds as its words, with that character as a test of the text", () => {
    const street = /(?<![\p{L}\p{N}])(?:[בל](?=[\u05D0-\u05EA]))?(?:strada|רחוב|пpocпeкt)\s+\d+/gu;
    expect(words(street)).toEqual({ exact: ["strada"], prefixes: [] });
    const outside = anchorOf(street)!.outside!;
    expect(["ברחוב 12", "пpocпeкt 9"].map((t) => outside.test(t))).toEqual([true, true]);
    expect(outside.test("strada 5, café, 😂")).toBe(false);
    // A character that may be ASCII ("\\p{L}", "ſ" folding to "s") still opens anywhere.
    expect(words(/\p{L}+straße/gu)).toBeNull();
    expect(words(/\u017fignal/giu)).toBeNull();
    expect(anchorOf(/\b(?:call|ring)\s+me\b/gi)!.outside).toBeNull();
  });

  it("reads words after a lookbehind that excludes letters only, when they open on a letter", () => {
    expect(words(/(?<![\p{L}])(?:purok|brgy\.?)\s+\d+/gu)).toEqual({ exact: ["brgy", "purok"], prefixes: [] });
    // A digit may stand before: a word opening on a digit could start inside "12345".
    expect(words(/(?<![\p{L}])(?:purok|\d+)\s+\d+/gu)).toBeNull();
  });

  it("reads a match opening on any capital after no letter or digit as opening on every capitalised word", () => {
    const business = anchorOf(/(?<![\w'’&.-])[A-Z][\w'’&-]*(?:[ \t]+[A-Z][\w'’&-]*)+/g)!;
    expect(business.capitalised).toBe(true);
    expect([...business.exact, ...business.prefixes]).toEqual([]);
    // "\\p{Lu}" also holds capitals of other scripts: a text holding one is scanned.
    const named = anchorOf(/(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/gu)!;
    expect(named.capitalised).toBe(true);
    expect(["Łukasz", "Émile"].map((t) => named.outside!.test(t))).toEqual([true, true]);
    expect(named.outside!.test("Dana Whitfield")).toBe(false);
    expect(named.gluedCapitals).toBe(false);
    // Only letters excluded before: a digit may stand before the capital ("5Main"), tried there too.
    const glued = anchorOf(/(?<![\p{L}])\p{Lu}\p{Ll}+/gu)!;
    expect([glued.capitalised, glued.gluedCapitals]).toEqual([true, true]);
    // Small letters too, or nothing excluded before: any word, or inside one.
    expect(anchorOf(/\b[A-Z]\w+/gi)).toBeNull();
    expect(anchorOf(/\p{Lu}\p{Ll}+/gu)).toBeNull();
  });

  it("reads a match opening at a `^` as opening at the text's start, or at every line's start under the m flag", () => {
    const greeting = anchorOf(/^\s*(?:hi|hello)\s+(?:i'?m|it'?s)\s+[A-Z]\w+/gim)!;
    expect([greeting.lineStarts, [...greeting.exact], [...greeting.prefixes]]).toEqual(["line", [], []]);
    expect(anchorOf(/^\s*[A-Z]{2,}\s+[A-Z]{2,}/g)!.lineStarts).toBe("text");
    // Its other alternatives keep their words; a `^` after a word only narrows where a match is.
    expect(words(/\bname\s*:\s*|^\s*(?:hi|yo)/gm)).toEqual({ exact: ["name"], prefixes: [] });
    expect(anchorOf(/\bname\s*:\s*|^\s*(?:hi|yo)/gm)!.lineStarts).toBe("line");
    expect(anchorOf(/\b(?:call|ring)\s+me\b/gi)!.lineStarts).toBe("");
  });

  it("reads a match opening on a sign (no letter, digit or space) as opening at every such sign", () => {
    const handle = anchorOf(/(?<![\w.])@\w+/g)!;
    expect([handle.signs, [...handle.exact], handle.outside]).toEqual(["@", [], null]);
    expect(anchorOf(/(?:^|[,.;:!?\n]\s*|\bso\s+)(?:come|pop)\s+round/gi)!.signs).toBe("\n!,.:;?");
    // A quote that may also be a curly one: a text holding one is scanned.
    const quoted = anchorOf(/['‘"“][a-z]{3,}['’"”]/g)!;
    expect(quoted.signs).toBe(`"'`);
    expect(["it’s “x”", "‘a’"].map((t) => quoted.outside!.test(t))).toEqual([true, true]);
    expect(quoted.outside!.test("café")).toBe(false);
  });

  it("gives up where a match may open on something else than a word, or inside one", () => {
    expect(words(/\s*@\w+/g)).toBeNull();
    expect(words(/[\w.-]+@\w+/g)).toBeNull();
    expect(words(/call\s+me/g)).toBeNull();
    expect(words(/\bcash\b|(?<=\d\s?)cash\b/gi)).toBeNull();
    expect(words(/\b\w+\s*%\s*off/g)).toBeNull();
    expect(words(/\b(a|b)\1/g)).toBeNull();
    expect(words(/\b(?<twice>ab)\k<twice>/g)).toBeNull();
  });

  it("reads what the next word opens on after a whole word, where every match reads on into it", () => {
    const next = (re: RegExp): Record<string, string> => Object.fromEntries(anchorOf(re)!.followedBy);
    expect(next(/\b(?:the\s+)?(?:usual\s+|big\s+)?(?:google|gee)\s*-?\s*mail/gi)).toEqual({ the: "bgu", usual: "g", big: "g", google: "m", gee: "m" });
    expect(next(/\b(?:on|in)\s+(?:the\s+)?(?:yelp|bbb)\b/gi)).toEqual({ on: "bty", in: "bty" });
    // A match that may end after the word, or read no letter or digit after it, leaves the next word free.
    expect(next(/\bcall\b(?:\s+me)?|\bring\s+me\b/gi)).toEqual({ ring: "m" });
    expect(next(/\bcall\s*\?/gi)).toEqual({});
    // A letter of another script read first is no ASCII word: the first ASCII letter or digit read after it is still the next word's first.
    expect(next(/\bcall\s+[é\d][a-z]/giu)).toEqual({ call: "0123456789" + "abcdefghijklmnopqrstuvwxyz" });
  });
});

/** What a scan of the whole text finds: each pattern whose gate passes, from the start, one character on after a rejected match. */
function scanned(patterns: readonly Pattern[], text: string): Hit[] {
  const hits: Hit[] = [];
  for (const p of patterns) {
    if (p.gate && !p.gate.test(text)) continue;
    const re = new RegExp(p.re.source, p.re.flags);
    for (let m = re.exec(text); m !== null; m = re.exec(text)) {
      if (p.accept && !p.accept(m, text)) {
        re.lastIndex = m.index + 1;
        continue;
      }
      hits.push({ kind: p.kind, start: m.index, end: m.index + m[0].length, detail: true });
    }
  }
  return hits;
}

describe("runPatterns on anchored patterns", () => {
  const patterns: Pattern[] = [
    { kind: "MESSAGING_APP", re: /\b(?:whats\s?app|wa)\b/gi },
    // A rejected match resumes one character on: "call me call me" then finds the second.
    { kind: "OFF_PLATFORM_REQUEST", re: /\bcall\s+me(?:\s+call\s+me)?/gi, accept: (m) => m[0].length < 10 },
    { kind: "SOCIAL_HANDLE", re: /\b(?:ig|insta\w*)\s+@?[a-z_]+/gi },
    { kind: "PHONE", re: /\bx[9-A]\d+/g },
  ];

  it("finds what a scan of the text finds", () => {
    for (const text of ["call me call me on WhatsApp", "INSTAGRAM @wrench_guy, wa or whats app", "recall me, wake up, callme", "nothing here at all", "x:55 or xA12"]) {
      const hits: Hit[] = [];
      runPatterns(patterns, text, hits);
      expect(hits, text).toEqual(scanned(patterns, text));
    }
  });

  it("passes a gate that opens on known words only where the text has a match of it", () => {
    const onGoogle = /\b(?:google|yelp)\s+(?:reviews?|page)\b/i;
    const gated: Pattern[] = [
      { kind: "OFF_PLATFORM_REQUEST", re: /\bleave\s+(?:a|us\s+a)\s+review\b/gi, gate: onGoogle },
      { kind: "OFF_PLATFORM_REQUEST", re: /\breview\s+us\b/gi, gate: onGoogle },
    ];
    for (const text of ["leave a review on our Google page, or review us", "leave a review, googled page, yelpreviews", "Yelp  Reviews: review us!"]) {
      const hits: Hit[] = [];
      runPatterns(gated, text, hits);
      expect(hits, text).toEqual(scanned(gated, text));
    }
  });

  it("scans a text holding a character outside ASCII a match may open on, and tries the words elsewhere", () => {
    const streets: Pattern[] = [{ kind: "ADDRESS", re: /(?<![\p{L}\p{N}])(?:[בל](?=[\u05D0-\u05EA]))?(?:strada|רחוב|пpocпeкt)\s+\d+/gu }];
    for (const text of ["strada 5 and ברחוב 12", "пpocпeкt 9, strada 7", "strada 5, café 😂", "nothing here"]) {
      const hits: Hit[] = [];
      runPatterns(streets, text, hits);
      expect(hits, text).toEqual(scanned(streets, text));
    }
  });

  it("tries a word bounded against letters only where it is glued to digits before it", () => {
    const puroks: Pattern[] = [{ kind: "ADDRESS", re: /(?<![\p{L}])(?:purok|brgy\.?)\s+\d+/gu }];
    for (const [text, count] of [
      ["5purok 3, purok 4, xpurok 5", 2],
      ["12brgy 7 and 3a2purok 1", 2],
      ["brgy", 0],
    ] as const) {
      const hits: Hit[] = [];
      runPatterns(puroks, text, hits);
      expect(hits, text).toEqual(scanned(puroks, text));
      expect(hits, text).toHaveLength(count);
    }
  });

  it("tries a match that opens at a line's start or on a sign there, and at its words", () => {
    const opened: Pattern[] = [
      { kind: "FULL_NAME", re: /\bname\s*:\s*[A-Z]\w+|^\s*(?:hi|yo)[,!]?\s+[A-Z]\w+/gm },
      { kind: "FULL_NAME", re: /^\s*[A-Z]{2,}\s+[A-Z]{2,}/g },
      { kind: "OFF_PLATFORM_DEAL", re: /(?:^|[,.;:!?\n]\s*)(?:come|pop)\s+round/gi },
      { kind: "SOCIAL_HANDLE", re: /(?<![\w.])@\w+|['‘"“][a-z]{3,}['’"”]/g },
    ];
    for (const text of [
      "  hi Dana, yo Sam\nyo Kim\r\n hi Lou\u2028yo Al\u2029hi Bo\rname: Eve",
      "DANA WHITFIELD here, KIM LEE",
      " DANA WHITFIELD",
      "come round. Pop round!pop round,\ncome round; x come round",
      "@wrench, a@b, .@c, 'bobs' “kim” \"lou\"",
      "\n\n",
      "",
    ]) {
      const hits: Hit[] = [];
      runPatterns(opened, text, hits);
      // The runner trims a match's signs and spaces off its ends, as these matches open on them.
      const trimmed = scanned(opened, text).flatMap((h) => {
        let [s, e] = [h.start, h.end];
        while (s < e && /[\s,;:!?()"'\[\]]/.test(text[s]!)) s++;
        while (e > s && /[\s,;:!?()"'\[\].]/.test(text[e - 1]!)) e--;
        return e > s ? [{ ...h, start: s, end: e }] : [];
      });
      expect(hits, text).toEqual(trimmed);
      expect(hits.length > 0 || text.trim() === "", text).toBe(true);
    }
  });

  it("tries a match that opens on any capital at every capitalised word", () => {
    const names: Pattern[] = [
      { kind: "FULL_NAME", re: /(?<![\p{L}\p{N}])\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+/gu },
      { kind: "ADDRESS", re: /\b(?:[A-Z][a-z]+\s+){1,3}(?:street|road)\b/g },
      { kind: "ADDRESS", re: /(?<!\p{L})\p{Lu}\p{Ll}+(?:damm|straße)\s+\d+/gu },
    ];
    for (const text of [
      "ask for Dana Whitfield at Maple Ridge road",
      "Łukasz Nowak, 5Main Street",
      "no capitals here",
      "x Élise Roux and Old Kent road",
      "12Kurfürstendamm 5, 3a4Hauptstraße 7, xHauptstraße 9, Gartenstraße 2",
    ]) {
      const hits: Hit[] = [];
      runPatterns(names, text, hits);
      expect(hits, text).toEqual(scanned(names, text));
    }
  });

  it("scans a text holding a letter that matches a Latin one only under the i and u flags", () => {
    const longS: Pattern[] = [{ kind: "MESSAGING_APP", re: /\bsignal\b/giu }];
    const hits: Hit[] = [];
    runPatterns(longS, "add me on \u017fignal", hits);
    expect(hits).toEqual(scanned(longS, "add me on \u017fignal"));
    expect(hits).toHaveLength(1);
  });
});

describe("the required tail of a pattern that is scanned", () => {
  const tailWords = (re: RegExp): string[] | null => {
    const tail = requiredTail(re);
    const anchor = tail && anchorOf(tail);
    return anchor && [...anchor.exact, ...anchor.prefixes].sort();
  };

  it("is the end of each alternative from the first element that opens on known words", () => {
    // The amount opens on "$" or a digit; "between us" or "our secret" ends every match.
    expect(tailWords(/(?:\$\d+|\b\d{2,5})\b[^.!?\n]{0,30}\b(?:stays?\s+between\s+us|our\s+secret)\b/gi)).toEqual(["our", "stay", "stays"]);
    // After "\s+", "." or "_" (never a letter or digit) the end opens where a word does.
    expect(tailWords(/\b(?:[A-Z][a-z]+\s+){1,3}(?:street|road)\b/g)).toEqual(["road", "street"]);
    expect(tailWords(/(?<![\w.])[a-z]+@[a-z]+\.com\b/gi)).toEqual(["com"]);
    expect(tailWords(/(?<![\w.])[a-z]+_\d+\s+on\s+ig\b/gi)).toEqual(["0", "1", "2", "3", "4", "5", "6", "7", "8", "9"]);
  });

  it("is none where an alternative has no such end, or refers back to a group", () => {
    expect(requiredTail(/(?<![\w.])[a-z]+@[a-z]+|\bemail\s+me\b/gi)).toBeNull();
    expect(requiredTail(/(["'])[a-z]+\1\s+on\s+ig\b/gi)).toBeNull();
  });

  const tailed: Pattern[] = [
    { kind: "OFF_PLATFORM_DEAL", re: /(?:\$\d+|\b\d{2,5})\b[^.!?\n]{0,30}\b(?:stays?\s+between\s+us|our\s+secret)\b/gi },
    { kind: "ADDRESS", re: /\b(?:[A-Z][a-z]+\s+){1,3}(?:street|road)\b/g },
    { kind: "SOCIAL_HANDLE", re: /(?<h>(?<![\w.@])[a-z][\w.]{2,30})\s+on\s+(?:ig|snap)\b/dgi },
  ];

  it("skips the scan of a text that does not hold it, and finds what a scan finds", () => {
    for (const text of [
      "$200 and it stays between us, Elm Street, rudy_73 on ig",
      "200 quid, our secret. Elm street is closed (Elm Street was)",
      "nothing stays here; between us and our secrets, street racing, onig snapped",
      "$5 between us, Main Road\u017f, x on ig",
    ]) {
      const hits: Hit[] = [];
      runPatterns(tailed, text, hits);
      expect(hits, text).toEqual(scanned(tailed, text));
    }
  });
});
