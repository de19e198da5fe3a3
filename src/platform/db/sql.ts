import pg from "pg";
import { Prisma } from "./generated/client.ts";
import type { Tx } from "./prisma.ts";

/**
 * Hand-written reads straight through the pg pool behind Prisma's adapter, for the reads every
 * request or busy list makes (the caller's account, the session list): Prisma's raw queries cost a
 * compile per statement and a conversion per value on top of pg's own parsing. Errors are pg's,
 * which isDatabaseUnavailable recognises as well as Prisma's. A single-statement write outside any
 * transaction may go through it too, its RETURNING as the rows (the Stripe webhook's dedupe and mark,
 * PaymentStore): each runs on a pooled connection of its own, so never inside a Prisma transaction.
 */
export interface SqlReader extends SqlStatements {
  /**
   * Runs `fn` in one transaction on one pooled connection: `BEGIN`, `fn`'s statements, `COMMIT`
   * (`ROLLBACK` when `fn` throws, and the error rethrown). For a hot write whose statements are
   * all hand-written: Prisma's interactive transaction costs its transaction manager and a compile
   * per raw statement on top. Waits at most TRANSACTION_MAX_WAIT_MS for a connection, as Prisma's
   * `maxWait`. Nothing else may use the pool inside `fn` while it holds a connection: with the
   * embedded database's single connection that would wait forever.
   */
  transaction<T>(fn: (tx: SqlStatements) => Promise<T>): Promise<T>;
}

/** Statements by hand: through the pool, or on a transaction's connection (SqlReader.transaction). */
export interface SqlStatements {
  /**
   * The statement's rows. Timestamps arrive as Dates, or with `timestamps: "iso"` as Instants in
   * their ISO text (for rows headed for the API's answer, which writes them as that text anyway).
   */
  rows<T>(statement: Prisma.Sql, timestamps?: "date" | "iso"): Promise<T[]>;
}

/**
 * A transaction of either kind: Prisma's interactive one (Tx), or one pg connection's
 * (SqlReader.transaction). A statement written by hand runs in both (rowsIn), so a write that is
 * hot on one path and rare on another keeps one text for its SQL.
 */
export type AnyTx = Tx | SqlStatements;

/** The rows of a hand-written statement in either kind of transaction (timestamps as Dates). */
export const rowsIn = <T>(tx: AnyTx, statement: Prisma.Sql): Promise<T[]> => (isSqlStatements(tx) ? tx.rows<T>(statement) : tx.$queryRaw<T[]>(statement));

/** Whether `tx` is a pg connection's transaction (SqlReader.transaction) rather than Prisma's. */
export const isSqlStatements = (tx: AnyTx): tx is SqlStatements => typeof (tx as Partial<SqlStatements>).rows === "function";

/** How long SqlReader.transaction waits for a pooled connection, as Prisma's `maxWait` (prisma.ts). */
export const TRANSACTION_MAX_WAIT_MS = 10_000;

/**
 * A point in time as read for an answer: a Date, or the ISO 8601 text `toISOString` would write
 * for it (`2026-12-01T11:30:00.123Z`), which the DateTimeISO scalar passes through as it is.
 */
export type Instant = Date | string;

/** The ISO text of an Instant, as `toISOString` writes it. */
export const isoOf = (instant: Instant): string => (typeof instant === "string" ? instant : instant.toISOString());

/**
 * Timestamps are stored without a zone, in UTC (as Prisma writes them): they are read as UTC,
 * and Dates sent as UTC, whatever the process's time zone.
 */
const asDate = (value: string) => new Date(`${value.replace(" ", "T")}Z`);
const utc = new pg.TypeOverrides();
utc.setTypeParser(pg.types.builtins.TIMESTAMP, asDate);

/**
 * A stored timestamp (`2026-12-01 11:30:00.12345`, trailing zeros of the fraction dropped) as the
 * text `toISOString` writes for the Date asDate reads (`2026-12-01T11:30:00.123Z`: milliseconds,
 * the rest cut off, as the Date does), without making the Date: a page of 100 messages spent about
 * 2 microseconds a value reading a Date and writing it back as text. Anything else (a year past
 * 9999, BC, infinity) is read as the Date asDate makes.
 */
export function isoTimestamp(value: string): Instant {
  const length = value.length;
  if (length < 19 || value.charCodeAt(4) !== 45 || value.charCodeAt(10) !== 32) return asDate(value);
  const seconds = `${value.slice(0, 10)}T${value.slice(11, 19)}`;
  if (length === 19) return `${seconds}.000Z`;
  // A fraction of 1 to 6 digits, and nothing after it (" BC").
  if (length > 26 || value.charCodeAt(19) !== 46 || !isDigit(value.charCodeAt(length - 1))) return asDate(value);
  const fraction = value.slice(20, 23);
  return `${seconds}.${fraction.length === 3 ? fraction : fraction.padEnd(3, "0")}Z`;
}
const isDigit = (code: number) => code >= 48 && code <= 57;
const utcIso = new pg.TypeOverrides();
utcIso.setTypeParser(pg.types.builtins.TIMESTAMP, isoTimestamp);

/** A statement text run this many times is prepared from then on. */
const PREPARE_AFTER = 3;
/** Texts prepared at most, per process (so per connection): the rest run unprepared. */
const MAX_PREPARED = 200;
/** Texts counted towards PREPARE_AFTER at most; past that the count starts again. */
const MAX_COUNTED = 5_000;

/**
 * The name a statement text runs under, or undefined to run it unnamed. A text that recurs (the
 * account read, a list's page in one shape) is prepared under a name on each connection, so
 * PostgreSQL parses and plans it once per connection instead of on every run: planning the chat
 * page's statement was about a third of its database time (1.4 -> 0.9 ms of PostgreSQL CPU per
 * request). Filters compose into unboundedly many texts, so only texts run PREPARE_AFTER times are
 * named, and at most MAX_PREPARED of them: prepared statements stay bounded on every connection
 * whatever clients send.
 */
export function statementNames(): (text: string) => string | undefined {
  const names = new Map<string, string>();
  const runs = new Map<string, number>();
  return (text) => {
    const name = names.get(text);
    if (name !== undefined || names.size >= MAX_PREPARED) return name;
    const seen = (runs.get(text) ?? 0) + 1;
    if (seen < PREPARE_AFTER) {
      if (runs.size >= MAX_COUNTED) runs.clear();
      runs.set(text, seen);
      return undefined;
    }
    runs.delete(text);
    const named = `autodoctor_read_${names.size + 1}`;
    names.set(text, named);
    return named;
  };
}

/** How hand-written reads run: `preparedStatements: false` never names a statement (see DatabaseSettings). */
export interface SqlReaderOptions {
  preparedStatements?: boolean;
}

/** Hand-written reads over `pool`, recurring ones prepared unless `preparedStatements` is false. */
export function sqlReader(pool: pg.Pool, options: SqlReaderOptions = {}): SqlReader {
  const nameOf = options.preparedStatements === false ? () => undefined : statementNames();
  const statementsOn = (on: pg.Pool | pg.PoolClient): SqlStatements => ({
    async rows<T>(statement: Prisma.Sql, timestamps: "date" | "iso" = "date") {
      const values = statement.values.map((value) => (value instanceof Date ? value.toISOString() : value));
      const result = await on.query({ name: nameOf(statement.text), text: statement.text, values, types: timestamps === "iso" ? utcIso : utc });
      return result.rows as T[];
    },
  });
  return {
    ...statementsOn(pool),
    async transaction(fn) {
      const client = await connectWithin(pool, TRANSACTION_MAX_WAIT_MS);
      // A connection lost between two statements (the database restarted while `fn` works) is
      // reported as an 'error' event on the client, which pg emits only when no query runs: with no
      // listener it would end the process. The next statement fails on it anyway, and the
      // connection is destroyed on release instead of pooled again.
      let lost: Error | undefined;
      const onLost = (error: Error): void => void (lost = error);
      client.on("error", onLost);
      const release = (error?: Error): void => {
        client.off("error", onLost);
        client.release(error ?? lost);
      };
      let result: Awaited<ReturnType<typeof fn>>;
      try {
        await client.query("BEGIN");
        result = await fn(statementsOn(client));
        await client.query("COMMIT");
      } catch (error) {
        // A connection whose ROLLBACK fails is in an unknown state: destroyed, not pooled again.
        await client.query("ROLLBACK").then(
          () => release(),
          (rollbackFailed: Error) => release(rollbackFailed),
        );
        throw error;
      }
      release();
      return result;
    },
  };
}

/**
 * A pooled connection within `ms`, or pg-pool's own timeout error (which isDatabaseUnavailable
 * reads as a retryable 503); a connection handed over after the deadline goes back to the pool.
 */
function connectWithin(pool: pg.Pool, ms: number): Promise<pg.PoolClient> {
  return new Promise((resolve, reject) => {
    let late = false;
    const timer = setTimeout(() => {
      late = true;
      reject(new Error(`timeout exceeded when trying to connect (a transaction waited ${ms} ms for a pooled connection)`));
    }, ms);
    pool.connect().then(
      (client) => {
        clearTimeout(timer);
        if (late) client.release();
        else resolve(client);
      },
      (error: unknown) => {
        clearTimeout(timer);
        reject(error as Error);
      },
    );
  });
}

type Select = Readonly<Record<string, unknown>>;

/** Names come from our own select objects, never from input: anything but a plain name is a bug. */
function name(value: string): string {
  if (!/^\w+$/.test(value)) throw new Error(`Not a plain SQL name: ${value}`);
  return value;
}

const column = (alias: string, field: string) => `${name(alias)}."${name(field)}"`;

/**
 * The columns a Prisma select picks, from the row aliased `alias`, for a hand-written statement.
 * `casts` names the columns pg cannot parse as read (an array of a PostgreSQL enum arrives as the
 * literal "{A,B}"): `{ flaggedKinds: "text[]" }` reads that column cast, under its own name.
 */
export function selectedColumns(alias: string, select: Select, casts: Readonly<Record<string, string>> = {}): Prisma.Sql {
  return Prisma.raw(
    Object.entries(select)
      .filter(([, picked]) => picked === true)
      .map(([field]) => {
        const cast = casts[field];
        if (cast === undefined) return column(alias, field);
        if (!/^\w+(\[\])?$/.test(cast)) throw new Error(`Not a plain SQL type: ${cast}`);
        return `${column(alias, field)}::${cast} AS "${name(field)}"`;
      })
      .join(", "),
  );
}

/**
 * A `json_build_object` of what a Prisma select picks from the row aliased `alias`, keyed as
 * Prisma would return it, so a hand-written statement loads exactly the columns the select does
 * (as JSON values: a timestamp would arrive as a string); `{}` when it picks nothing. A relation in
 * the select must come with the SQL that loads it (`relations`), or this throws.
 */
export function selectedJson(alias: string, select: Select, relations: Readonly<Record<string, (select: Select) => Prisma.Sql>> = {}): Prisma.Sql {
  const pairs = Object.entries(select).flatMap(([field, picked]): Prisma.Sql[] => {
    if (!picked) return [];
    if (picked === true) return [Prisma.raw(`'${name(field)}', ${column(alias, field)}`)];
    const load = relations[field];
    if (!load) throw new Error(`No SQL given for the relation ${field}`);
    return [Prisma.sql`${Prisma.raw(`'${name(field)}'`)}, ${load((picked as { select: Select }).select)}`];
  });
  // A select that picks nothing (a list asked only `__typename` of its rows) is an empty object per
  // row, not an empty Prisma.join, which throws.
  return pairs.length ? Prisma.sql`json_build_object(${Prisma.join(pairs)})` : Prisma.sql`json_build_object()`;
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

/**
 * One page of a keyset-paged list and the count of every row in scope, as ONE statement: the
 * mechanism every busy list reads through, so a list's selection (`columns`, from selectedColumns
 * and selectedJson with its relations) and its authorization scope (`where`, the policy's SQL
 * form ANDed with the caller's filter) compile into a single round trip whatever the page size.
 */
export interface PagedListSql {
  /** The listed table under its alias, plus any join the sort key needs: Prisma.sql`"ChatMessage" m`. */
  from: Prisma.Sql;
  /** The rows in scope, on the alias: the viewer's scope AND the filter. Counted whole, paged after `after`. */
  where: Prisma.Sql;
  /** The page row's select list. Must include the row's `id`. */
  columns: Prisma.Sql;
  /** The sort key, then the row id as the tie-break, both in `direction`. */
  sortKey: Prisma.Sql;
  id: Prisma.Sql;
  direction: "asc" | "desc";
  /** Rows strictly after the cursor in (sortKey, id) order (keysetSql), or TRUE for the first page. */
  after: Prisma.Sql;
  /** Rows to read: the page size plus one to learn whether there is a next page. */
  limit: number;
}

/** A row of pagedListSql: the page row's columns, its sort key as `sortKey`, and the scope's `totalCount`. Timestamps are Instants. */
export type PagedRow<T> = T & { sortKey: string | Date; totalCount: number };

const SQL_DIRECTION = { asc: Prisma.raw("ASC"), desc: Prisma.raw("DESC") } as const;

/**
 * The statement of a PagedListSql: the count of every row in scope joined to the page, so an empty
 * page is one row with the count and a null id (readPagedList drops it).
 */
export function pagedListSql(list: PagedListSql): Prisma.Sql {
  const direction = SQL_DIRECTION[list.direction];
  return Prisma.sql`
    SELECT total."totalCount", page.*
    FROM (SELECT count(*)::int AS "totalCount" FROM ${list.from} WHERE ${list.where}) total
    LEFT JOIN LATERAL (
      SELECT ${list.columns}, ${list.sortKey} AS "sortKey"
      FROM ${list.from}
      WHERE ${list.where} AND ${list.after}
      ORDER BY ${list.sortKey} ${direction}, ${list.id} ${direction}
      LIMIT ${list.limit}
    ) page ON TRUE
    ORDER BY page."sortKey" ${direction}, page.id ${direction}`;
}

/**
 * Reads a PagedListSql: its page rows, in order, and the count of every row in scope. Timestamps
 * are read as Instants in ISO text (a list page goes to the answer, which writes them as text).
 */
export async function readPagedList<T extends { id: string | null }>(sql: SqlReader, list: PagedListSql): Promise<{ rows: PagedRow<T>[]; totalCount: number }> {
  const rows = await sql.rows<PagedRow<T>>(pagedListSql(list), "iso");
  return { rows: rows.filter((row) => row.id !== null), totalCount: rows[0]?.totalCount ?? 0 };
}

/**
 * Rows strictly after a cursor in (key, id) order, both in `direction`: `value` is the cursor's
 * key as a typed parameter (Prisma.sql`${date}::timestamp`), `id` its row id. TRUE without a cursor.
 */
export function keysetSql(cursor: { value: Prisma.Sql; id: string } | null, direction: "asc" | "desc", key: Prisma.Sql, id: Prisma.Sql): Prisma.Sql {
  if (!cursor) return Prisma.sql`TRUE`;
  const past = Prisma.raw(direction === "asc" ? ">" : "<");
  return Prisma.sql`(${key} ${past} ${cursor.value} OR (${key} = ${cursor.value} AND ${id} ${past} ${cursor.id}::uuid))`;
}
