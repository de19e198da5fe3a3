import pg from "pg";
import { Prisma } from "./generated/client.ts";

/**
 * Hand-written reads straight through the pg pool behind Prisma's adapter, for the reads every
 * request or busy list makes (the caller's account, the session list): Prisma's raw queries cost a
 * compile per statement and a conversion per value on top of pg's own parsing. Errors are pg's,
 * which isDatabaseUnavailable recognises as well as Prisma's.
 */
export interface SqlReader {
  rows<T>(statement: Prisma.Sql): Promise<T[]>;
}

/**
 * Timestamps are stored without a zone, in UTC (as Prisma writes them): they are read as UTC,
 * and Dates sent as UTC, whatever the process's time zone.
 */
const utc = new pg.TypeOverrides();
utc.setTypeParser(pg.types.builtins.TIMESTAMP, (value) => new Date(`${value.replace(" ", "T")}Z`));

export function sqlReader(pool: pg.Pool): SqlReader {
  return {
    async rows<T>(statement: Prisma.Sql) {
      const values = statement.values.map((value) => (value instanceof Date ? value.toISOString() : value));
      const result = await pool.query({ text: statement.text, values, types: utc });
      return result.rows as T[];
    },
  };
}

type Select = Readonly<Record<string, unknown>>;

/** Names come from our own select objects, never from input: anything but a plain name is a bug. */
function name(value: string): string {
  if (!/^\w+$/.test(value)) throw new Error(`Not a plain SQL name: ${value}`);
  return value;
}

const column = (alias: string, field: string) => `${name(alias)}."${name(field)}"`;

/** The columns a Prisma select picks, from the row aliased `alias`, for a hand-written statement. */
export function selectedColumns(alias: string, select: Select): Prisma.Sql {
  return Prisma.raw(
    Object.entries(select)
      .filter(([, picked]) => picked === true)
      .map(([field]) => column(alias, field))
      .join(", "),
  );
}

/**
 * A `json_build_object` of what a Prisma select picks from the row aliased `alias`, keyed as
 * Prisma would return it, so a hand-written statement loads exactly the columns the select does
 * (as JSON values: a timestamp would arrive as a string). A relation in the select must come with
 * the SQL that loads it (`relations`), or this throws.
 */
export function selectedJson(alias: string, select: Select, relations: Readonly<Record<string, (select: Select) => Prisma.Sql>> = {}): Prisma.Sql {
  const pairs = Object.entries(select).flatMap(([field, picked]): Prisma.Sql[] => {
    if (!picked) return [];
    if (picked === true) return [Prisma.raw(`'${name(field)}', ${column(alias, field)}`)];
    const load = relations[field];
    if (!load) throw new Error(`No SQL given for the relation ${field}`);
    return [Prisma.sql`${Prisma.raw(`'${name(field)}'`)}, ${load((picked as { select: Select }).select)}`];
  });
  return Prisma.sql`json_build_object(${Prisma.join(pairs)})`;
}

type Condition = Prisma.Sql | null | undefined | false;

/** Every given condition holds (TRUE when none is given). */
export function allOf(conditions: readonly Condition[]): Prisma.Sql {
  const given = conditions.filter((condition): condition is Prisma.Sql => Boolean(condition));
  return given.length ? Prisma.sql`(${Prisma.join(given, " AND ")})` : Prisma.sql`TRUE`;
}

/** Some condition holds (FALSE for an empty list). */
export function anyOf(conditions: readonly Prisma.Sql[]): Prisma.Sql {
  return conditions.length ? Prisma.sql`(${Prisma.join(conditions, " OR ")})` : Prisma.sql`FALSE`;
}
