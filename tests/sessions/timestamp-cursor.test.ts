import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { cursorTimestamp, decodeCursor, encodeCursor } from "../../src/modules/shared/pagination.ts";

/** A timestamp cursor holds exactly what the page wrote; anything else is another list's cursor. */
describe("a timestamp cursor's value", () => {
  it("reads back the time a page wrote", () => {
    const at = new Date("2026-11-30T18:04:05.678Z");
    const { value } = decodeCursor(encodeCursor({ value: at.toISOString(), id: "5c339929-a852-4bcd-a1f1-d01a3fb4f8b4" }));
    expect(cursorTimestamp(value)).toEqual(at);
  });

  // `new Date` is lenient: these names read as December 2001, the year 15483 (past what PostgreSQL
  // stores, so the list failed with an internal error) and 2 January 2001.
  it.each(["Partner 12", "Partner 00015483", "Workshop 1 2", "not a time", "2026-11-30", "2026-11-30T18:04:05Z", ""])("refuses %j as BAD_USER_INPUT on `after`", (value) => {
    expect(() => cursorTimestamp(value)).toThrow(expect.objectContaining({ extensions: expect.objectContaining({ code: "BAD_USER_INPUT", field: "after" }) }));
  });
});
