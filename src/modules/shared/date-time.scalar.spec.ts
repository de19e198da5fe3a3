import { GraphQLDateTimeISO } from "graphql-scalars";
import { describe, expect, it } from "vitest";
import { isoTimestamp } from "../../platform/db/sql.ts";
import { DateTimeISO } from "./date-time.scalar.ts";

/** What graphql-scalars answers for a value: its text, or its error's message. */
const outcome = (serialize: (value: unknown) => unknown, value: unknown) => {
  try {
    return serialize(value);
  } catch (error) {
    return `error: ${(error as Error).message}`;
  }
};

describe("the DateTimeISO scalar", () => {
  const values: unknown[] = [
    new Date("2026-12-01T11:30:00.123Z"),
    new Date(0),
    new Date("0001-01-01T00:00:00Z"),
    new Date("+010000-01-01T00:00:00Z"),
    new Date(Number.NaN),
    "2026-12-01T11:30:00.123Z",
    "2026-02-28T23:59:59.999Z",
    "2024-02-29T00:00:00.000Z",
    "2026-02-29T00:00:00.000Z",
    "2026-04-31T00:00:00.000Z",
    "2026-12-01T11:30:00Z",
    "2026-12-01T11:30:00.123+02:00",
    "2026-12-01T11:30:00.123456Z",
    "2026-12-01T24:00:00.000Z",
    "2026-13-01T00:00:00.000Z",
    "2026-12-01 11:30:00.123",
    "not a date",
    1_764_588_600_000,
    null,
    {},
  ];

  it("answers every value as graphql-scalars' DateTimeISO does, text or error", () => {
    for (const value of values) expect(outcome(DateTimeISO.serialize.bind(DateTimeISO), value), String(value)).toEqual(outcome(GraphQLDateTimeISO.serialize.bind(GraphQLDateTimeISO), value));
  });

  it("keeps graphql-scalars' name, description (adding the input range) and inputs", () => {
    expect(DateTimeISO.name).toBe("DateTimeISO");
    expect(DateTimeISO.description).toBe(
      `${GraphQLDateTimeISO.description} As input, from 1000-01-01T00:00:00.000Z to 8999-12-31T23:59:59.999Z (years 1000 through 8999); anything outside is BAD_USER_INPUT naming the field.`,
    );
    expect(DateTimeISO.parseValue("2026-12-01T11:30:00Z")).toEqual(GraphQLDateTimeISO.parseValue("2026-12-01T11:30:00Z"));
  });
});

describe("a stored timestamp as ISO text", () => {
  const asDate = (value: string) => new Date(`${value.replace(" ", "T")}Z`);

  it("is the text the Date read from it writes, whatever the digits of its fraction", () => {
    for (const value of [
      "2026-12-01 11:30:00",
      "2026-12-01 11:30:00.1",
      "2026-12-01 11:30:00.12",
      "2026-12-01 11:30:00.123",
      "2026-12-01 11:30:00.1239",
      "2026-12-01 11:30:00.123999",
      "0001-01-01 00:00:00.000001",
    ]) {
      expect(isoTimestamp(value), value).toBe(asDate(value).toISOString());
    }
  });

  it("reads what is not a plain four-digit-year timestamp as a Date, as before", () => {
    for (const value of ["12026-12-01 11:30:00", "2026-12-01 11:30:00 BC", "2026-12-01 11:30:00.5 BC", "infinity"]) expect(isoTimestamp(value), value).toEqual(asDate(value));
  });
});
