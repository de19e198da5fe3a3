import { isNorthAmericanNumber, unicodeSkeleton } from "./contact-detector.ts";

/**
 * How a text's digit groups meet its neighbours' (`phoneGroupsAcross`):
 * - "prose" (a name, a part number, a quote's line): by the digits that end it (nothing but
 *   punctuation after: "Belt kit, desk 303") and those that open it, after at most one word
 *   (a code's letters set apart, "PPS-555-0177"; "Item 555 0177"). Digits inside the words are the text's own.
 * - "file-name" (a media link's file name without its extension, whose words are labels): by its
 *   last and its first digit groups, whatever words stand around them ("engine-503", "555-engine").
 */
export type GroupEdges = "prose" | "file-name";

/** Digits grouped as a path or a code groups them: one separator between groups ("555-0177", "503_555", "0 280 158"). */
const RUN = /\d+(?:[\s\-._+,/]\d+)*/g;
/**
 * What may open a prose text before its digits: brackets, then at most one word of letters set
 * apart from them ("PPS-", "Item ", "PN: #"). Letters glued to digits are one code ("GDB1330").
 */
const PROSE_HEAD = /^[\s(]*(?:\p{L}+[\s\-._:#/]+)?$/u;
/** What may close a prose text after its digits: space and punctuation only. */
const PROSE_TAIL = /^[\s.,;:!?…)(]*$/;

/**
 * The groups a North American number is cut into where people cut one, when its pieces stand in
 * texts of their own: area code / exchange / line, or area code / the rest, each maybe after a
 * country code ("1"). A prose text may also end with the area code and exchange together and the
 * next open with the line ("303555" / "0177"); a file name may not: "IMG_20240512_212530" then
 * "IMG_1234" is a time stamp's time and a camera's counter.
 */
const CUTS: Record<GroupEdges, ReadonlySet<string>> = {
  prose: new Set(["3-3-4", "1-3-3-4", "3-7", "1-3-7", "6-4", "1-6-4"]),
  "file-name": new Set(["3-3-4", "1-3-3-4", "3-7", "1-3-7"]),
};

/** One text's digit groups read across texts: those that open it and those that close it (one run for both when it holds one run at both edges). */
interface Edges {
  head: string[] | null;
  tail: string[] | null;
  /** The text holds one run of groups, at both edges: it can stand between two others ("engine-555"). */
  bridge: boolean;
}

function edgesOf(text: string, edges: GroupEdges): Edges | null {
  const folded = unicodeSkeleton(text).text;
  const runs = [...folded.matchAll(RUN)];
  if (runs.length === 0) return null;
  const first = runs[0]!;
  const last = runs[runs.length - 1]!;
  const opens = edges === "file-name" || PROSE_HEAD.test(folded.slice(0, first.index));
  const closes = edges === "file-name" || PROSE_TAIL.test(folded.slice(last.index + last[0].length));
  const groups = (run: RegExpMatchArray): string[] => run[0].split(/\D/);
  return { head: opens ? groups(first) : null, tail: closes ? groups(last) : null, bridge: runs.length === 1 && opens && closes };
}

/**
 * Which of `texts`, read in the order given as one reader sees them side by side (a catalog
 * entry's name then its part number, a quote's lines, a list of media links), hold a piece of a
 * North American number (any valid one, or one on the 555 exchange) whose groups are cut across two
 * or three of them where people cut one (`CUTS`): "Belt kit, desk 303" then "PPS-555-0177" is
 * 303-555-0177; "engine-503", "engine-555", "engine-0162" is 503-555-0162. Each text keeps its
 * groups whole (a run "12 303" is no area code), texts without digits between the pieces are passed
 * over (a category between a name and its part number), and `edges` says where a text's digits
 * meet its neighbours'. A number within one text is that text's own reading, not this one's.
 * Returns the indices of the texts holding a piece (none of the digits).
 */
export function phoneGroupsAcross(texts: readonly string[], edges: GroupEdges): Set<number> {
  const holding = new Set<number>();
  // The runs the next text's opening digits may continue, one per text, oldest first.
  let chain: { at: number; groups: string[] }[] = [];
  texts.forEach((text, at) => {
    const own = edgesOf(text, edges);
    if (!own) return; // no digits: passed over
    if (own.head) {
      // Every window of whole runs ending with this text's opening run, from two texts or three.
      for (let from = chain.length - 1; from >= 0; from--) {
        const window = [...chain.slice(from), { at, groups: own.head }];
        const groups = window.flatMap((run) => run.groups);
        if (CUTS[edges].has(groups.map((group) => group.length).join("-")) && isNorthAmericanNumber(groups.join(""))) {
          for (const run of window) holding.add(run.at);
        }
      }
    }
    chain = own.bridge && own.head && chain.length > 0 ? [...chain, { at, groups: own.head }].slice(-2) : own.tail ? [{ at, groups: own.tail }] : [];
  });
  return holding;
}
