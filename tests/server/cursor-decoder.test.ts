import "reflect-metadata";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cursorTimestamp, decodeCursor, encodeCursor } from "../../src/modules/shared/pagination.ts";
import { idProblem, textProblem } from "../../src/platform/server/input-guard.ts";

/**
 * The cursor decoder is the whole check of a client's `after`: whatever it lets through reaches
 * the database (the id through a uuid cast, the value as text or, for a list in time order, through
 * cursorTimestamp as a timestamp). So every string decodes to a uuid and storable text, or is
 * refused as BAD_USER_INPUT "after: invalid cursor"; and every time it accepts is one PostgreSQL
 * takes back as written. Swept with fast-check (a fixed seed: a failure replays).
 */
const SEED = 48;
const encode = (decoded: unknown) => Buffer.from(JSON.stringify(decoded)).toString("base64url");
const REFUSAL = expect.objectContaining({ message: "after: invalid cursor", extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "after" }) });

/** Calls `read` and says what it did: the value, or the refusal (anything else is thrown on). */
function outcome<T>(read: () => T): { value: T } | { refused: true } {
  try {
    return { value: read() };
  } catch (error) {
    expect(error).toEqual(REFUSAL);
    return { refused: true };
  }
}

/** Times from year 0001 through 9999: what PostgreSQL's timestamp takes in ISO form with a four-digit year. */
const storable = fc.date({ min: new Date("0001-01-01T00:00:00.000Z"), max: new Date("9999-12-31T23:59:59.999Z") });
/** Times JavaScript holds outside that: year 0 and before, 10000 and after (toISOString writes a sign and six digits). */
const beyond = fc.oneof(fc.date({ min: new Date(-8.64e15), max: new Date("0000-12-31T23:59:59.999Z") }), fc.date({ min: new Date("+010000-01-01T00:00:00.000Z"), max: new Date(8.64e15) }));

describe("decodeCursor", () => {
  it("reads back every cursor a page writes", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          storable.map((at) => at.toISOString()),
          fc.string(),
        ),
        fc.uuid(),
        (value, id) => {
          fc.pre(textProblem(value) === null);
          expect(decodeCursor(encodeCursor({ value, id }))).toEqual({ value, id });
        },
      ),
      { seed: SEED },
    );
  });

  it("refuses as BAD_USER_INPUT, never fails otherwise, and lets through only a uuid and storable text: any string", () => {
    const anything = fc.oneof(
      fc.string(),
      fc.base64String().map((text) => text.replace(/\+/g, "-").replace(/\//g, "_")),
      fc.jsonValue().map(encode),
      fc.tuple(fc.oneof(fc.string(), fc.fullUnicodeString(), fc.jsonValue()), fc.oneof(fc.uuid(), fc.string({ minLength: 36, maxLength: 36 }), fc.jsonValue())).map(encode),
    );
    fc.assert(
      fc.property(anything, (after) => {
        const read = outcome(() => decodeCursor(after));
        if ("value" in read) {
          expect(idProblem(read.value.id)).toBeNull();
          expect(textProblem(read.value.value)).toBeNull();
        }
      }),
      { seed: SEED, numRuns: 2_000 },
    );
  });

  it.each([
    ["36 dashes", "-".repeat(36)],
    ["36 hex digits", "0123456789abcdef0123456789abcdef0123"],
    ["dashes misplaced", "5c339929a852-4bcd-a1f1-d01a3fb4f8b4-"],
    ["a uuid with a trailing newline", "5c339929-a852-4bcd-a1f1-d01a3fb4f8b4\n"],
  ])("refuses an id that is no uuid: %s", (_label, id) => {
    expect(() => decodeCursor(encode(["2026-12-06T20:26:23.646Z", id]))).toThrow(REFUSAL);
  });

  it.each([
    ["a NUL character", "Workshop\u0000"],
    ["a lone surrogate", "Workshop \ud800"],
  ])("refuses a value PostgreSQL text cannot hold: %s", (_label, value) => {
    expect(() => decodeCursor(encode([value, "5c339929-a852-4bcd-a1f1-d01a3fb4f8b4"]))).toThrow(REFUSAL);
  });

  it.each([["not a cursor"], [encode(["a", "5c339929-a852-4bcd-a1f1-d01a3fb4f8b4", "extra"])], [encode({ value: "a", id: "5c339929-a852-4bcd-a1f1-d01a3fb4f8b4" })], [encode([1, 2])]])(
    "refuses what is no [value, id] pair: %s",
    (after) => {
      expect(() => decodeCursor(after)).toThrow(REFUSAL);
    },
  );
});

describe("cursorTimestamp", () => {
  it("takes back every time from year 0001 to 9999 as the page wrote it", () => {
    fc.assert(
      fc.property(storable, (at) => {
        expect(cursorTimestamp(at.toISOString())).toEqual(at);
      }),
      { seed: SEED },
    );
  });

  it("refuses every time outside those years, though JavaScript writes and reads it back exactly", () => {
    fc.assert(
      fc.property(beyond, (at) => {
        const written = at.toISOString();
        expect(new Date(written).toISOString()).toBe(written);
        expect(() => cursorTimestamp(written)).toThrow(REFUSAL);
      }),
      { seed: SEED },
    );
  });

  it.each(["+100000-01-01T00:00:00.000Z", "+275760-09-13T00:00:00.000Z", "-004713-11-24T00:00:00.000Z", "-000001-01-01T00:00:00.000Z", "0000-01-01T00:00:00.000Z"])("refuses %s", (value) => {
    expect(() => cursorTimestamp(value)).toThrow(REFUSAL);
  });

  it("refuses any other string unless it is a storable time's exact ISO form", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.string(),
          storable.map((at) => at.toISOString().replace("Z", "+00:00")),
          storable.map((at) => at.toISOString().slice(0, 19)),
        ),
        (value) => {
          const read = outcome(() => cursorTimestamp(value));
          if ("value" in read) expect(read.value.toISOString()).toBe(value);
        },
      ),
      { seed: SEED },
    );
  });
});
