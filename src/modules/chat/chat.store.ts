import { randomUUID } from "node:crypto";
import { statusAt } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { AccountStatus, ContactKind, FlagStatus, MechanicVettingStatus, MessageKind, Role } from "../../platform/db/generated/enums.ts";
import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import { readPagedList, rowsIn, selectedColumns, type AnyTx, type Instant, type SqlReader, type SqlStatements } from "../../platform/db/sql.ts";
import { timestampKeysetSql, type PageRequest } from "../shared/pagination.ts";
import { whereOf, type StoreScope } from "../shared/scope.ts";
import { columnsFor } from "../shared/selection.ts";
import type { Conversation, Thread } from "./chat.policy.ts";
import type { ChatMessageSource } from "./chat.types.ts";

const messageSelect = (withOriginal: boolean) =>
  ({
    id: true,
    sessionId: true,
    workshopId: true,
    senderId: true,
    kind: true,
    // The original text is read from the database for those who see it (admins) only.
    body: withOriginal,
    deliveredBody: true,
    flaggedKinds: true,
    createdAt: true,
    editedAt: true,
    sender: { select: { role: true } },
  }) as const;

/** What a page always reads: the row's id and its sort key, which the page order and the cursors need. */
const PAGE_ALWAYS_READ = new Set(["id", "createdAt"]);
/**
 * The ChatMessage fields each column is read for, where the names differ (toChatMessage): an
 * original's read is audited with its sender (ChatResolver.originalBody) and compared with the delivered text.
 */
const FIELDS_OF_COLUMN: Readonly<Record<string, readonly string[]>> = { deliveredBody: ["body", "originalBody"], body: ["originalBody"], senderId: ["senderId", "originalBody"] };

/** A stored message and its sender's role; `body` (the original) is read only when asked for. */
export type StoredMessage = Prisma.ChatMessageGetPayload<{ select: ReturnType<typeof messageSelect> }>;

/**
 * A stored message's columns (messageSelect(true)) from the row aliased `m`, for the statements a
 * send runs in its transaction: by hand, so a row and its relations are one statement (Prisma
 * reads each relation, and a written row back, with statements of their own).
 */
const STORED_COLUMNS = Prisma.sql`m.id::text AS id, m."sessionId"::text AS "sessionId", m."workshopId"::text AS "workshopId", m."senderId"::text AS "senderId",
  m.kind::text AS kind, m.body, m."deliveredBody", m."flaggedKinds"::text[] AS "flaggedKinds", m."createdAt", m."editedAt"`;
/** The sender's role of the row `m`, beside STORED_COLUMNS (null for a system message). */
const SENDER_ROLE = Prisma.sql`(SELECT u.role::text FROM "User" u WHERE u.id = m."senderId") AS "senderRole"`;

const INSERT_MESSAGE = Prisma.sql`INSERT INTO "ChatMessage" AS m (id, "sessionId", "workshopId", "senderId", kind, body, "deliveredBody", "flaggedKinds", "createdAt")`;
/** A new message's values, in INSERT_MESSAGE's column order, under a fresh id. */
const messageValues = (message: NewMessage): Prisma.Sql =>
  Prisma.sql`${randomUUID()}::uuid, ${message.sessionId}::uuid, ${message.workshopId}::uuid, ${message.senderId}::uuid, ${message.kind}::"MessageKind",
    ${message.body}, ${message.deliveredBody}, ${message.flaggedKinds}::text[]::"ContactKind"[], ${message.createdAt.toISOString()}::timestamp`;

type StoredRow = Omit<StoredMessage, "sender"> & { senderRole: Role | null };
const toStored = ({ senderRole, ...row }: StoredRow): StoredMessage => ({ ...row, sender: senderRole === null ? null : { role: senderRole } });
/** A recent message as a send reads it (`latest`): stored, plus its violation and the sender's account status. */
export type RecentMessage = Omit<StoredMessage, "sender"> & {
  sender: { role: Role; status: AccountStatus } | null;
  violation: { kinds: ContactKind[]; status: FlagStatus } | null;
};

/** A recent message's row as `lockForSend` reads it. */
type RecentRow = StoredRow & { senderStatus: AccountStatus | null; senderSuspendedUntil: Date | null; violationKinds: ContactKind[] | null; violationStatus: FlagStatus | null };
// The sender's status at the send (statusAt): a suspension that ran out is ACTIVE, so a repeat of a detail it penalised climbs the ladder.
const toRecent = ({ senderRole, senderStatus, senderSuspendedUntil, violationKinds, violationStatus, ...row }: RecentRow): RecentMessage => ({
  ...row,
  sender: senderRole === null || senderStatus === null ? null : { role: senderRole, status: statusAt({ status: senderStatus, suspendedUntil: senderSuspendedUntil }) },
  violation: violationKinds === null || violationStatus === null ? null : { kinds: violationKinds, status: violationStatus },
});

/** A session as a send reads it under its lock (`lockForSend`). */
export interface LockedThread {
  conversation: Conversation;
  /** The sender's vetting decision, null when the sender is no mechanic. */
  senderVetting: MechanicVettingStatus | null;
  /** The thread's newest messages, newest first. */
  latest: RecentMessage[];
}

/** A message to store; `createdAt` comes from `nextCreatedAt`. */
export interface NewMessage {
  sessionId: string;
  /** The thread within the session: null for the session chat, the workshop of a workshop conversation. */
  workshopId: string | null;
  /** Null for SYSTEM messages. */
  senderId: string | null;
  kind: MessageKind;
  /** What the sender wrote (the notice itself for SYSTEM). */
  body: string;
  /** What readers get: `body` with contact details masked. */
  deliveredBody: string;
  flaggedKinds: ContactKind[];
  createdAt: Date;
}

/** A retroactive mask: a wider `deliveredBody` for an earlier message, set when a later one completed a detail. */
export interface RetroactiveMask {
  deliveredBody: string;
  flaggedKinds: ContactKind[];
  editedAt: Date;
}

/**
 * The creation time of a thread's next message: now, or 1 ms after the newest message when the
 * clock has not moved past it, so timestamps are strictly increasing per thread and (createdAt,
 * id) cursors never skip a message.
 */
export function nextCreatedAt(newest: { createdAt: Date } | undefined | null, now = new Date()): Date {
  return newest && newest.createdAt >= now ? new Date(newest.createdAt.getTime() + 1) : now;
}

/** The rows of one thread: its session, and its workshop (null matches the session chat only). */
const threadWhere = (thread: Thread): Prisma.ChatMessageWhereInput => ({ sessionId: thread.sessionId, workshopId: thread.workshopId });
/** threadWhere on the row aliased `m`, in the shape the (sessionId, workshopId, createdAt, id) index serves. */
const threadSql = (thread: Thread): Prisma.Sql =>
  Prisma.sql`m."sessionId" = ${thread.sessionId}::uuid AND ${thread.workshopId === null ? Prisma.sql`m."workshopId" IS NULL` : Prisma.sql`m."workshopId" = ${thread.workshopId}::uuid`}`;

/**
 * Where a send's statements run: Prisma's interactive transaction, or a transaction on one pg
 * connection (`sqlTransaction`) for a send that writes its message alone.
 */
export type SendTx = AnyTx;

/**
 * Every read and write of ChatMessage (issue 17). Writes run in the caller's transaction, on a
 * session the caller locked with `lockForSend` (a send, after chat.policy's `assertMayPost`) or
 * `lockConversation` (another aggregate's move: a quote's notice); reads take the policy's scope.
 */
export class ChatStore {
  constructor(
    private readonly prisma: PrismaClient,
    private readonly sql: SqlReader,
  ) {}

  /** Runs `fn` in one interactive transaction. */
  transaction<T>(fn: (tx: Tx) => Promise<T>): Promise<T> {
    return this.prisma.$transaction(fn);
  }

  /**
   * Runs `fn` in one transaction on one pg connection (SqlReader.transaction): for a send whose
   * statements are all this store's hand-written ones, without Prisma's transaction manager.
   */
  sqlTransaction<T>(fn: (tx: SqlStatements) => Promise<T>): Promise<T> {
    return this.sql.transaction(fn);
  }

  /**
   * Locks the session row (FOR UPDATE) and returns its status and parties, or null when there is
   * no such session. The lock orders a send against completion/cancellation (which update the row)
   * and against other sends and notices, so createdAt order is commit order within a session.
   * Reads the sessions module's table by hand: neither a relation of ChatMessage nor
   * SessionService offers a row lock (issue 17, left for the sessions store).
   */
  async lockConversation(tx: SendTx, sessionId: string): Promise<Conversation | null> {
    const [session] = await rowsIn<Conversation>(
      tx,
      Prisma.sql`
      SELECT status::text AS status, "customerId"::text AS "customerId", "mechanicId"::text AS "mechanicId"
      FROM "DiagnosticSession" WHERE id = ${sessionId}::uuid FOR UPDATE`,
    );
    return session ?? null;
  }

  /**
   * A send's one read: locks the session row (FOR UPDATE, as `lockConversation`) and reads, with
   * it, the sender's vetting decision (null when `senderId` is no mechanic) and the thread's newest
   * `take` messages (at least one), newest first, with originals, violations and the sender's
   * account status. Null when there is no such session. The vetting decision is the accounts
   * module's column, read here so a mechanic's send spends no statement of its own on it; what it
   * means stays SessionService's (passesTakePart).
   *
   * One statement has one snapshot, taken before it waits for the lock: the messages of a send
   * that held the lock and committed meanwhile are missing from `latest`. `createAfter` with the
   * newest message read refuses to write on such a read; read again then (the lock is held, so the
   * next read is current).
   */
  async lockForSend(tx: SendTx, thread: Thread, senderId: string, take: number): Promise<LockedThread | null> {
    // A session without messages is one row, its message columns null.
    const rows = await rowsIn<Conversation & { senderVetting: MechanicVettingStatus | null } & (RecentRow | { [K in keyof RecentRow]: null })>(
      tx,
      Prisma.sql`
      SELECT s.status::text AS status, s."customerId"::text AS "customerId", s."mechanicId"::text AS "mechanicId",
        (SELECT p."vettingStatus"::text FROM "MechanicProfile" p WHERE p."userId" = ${senderId}::uuid) AS "senderVetting", r.*
      FROM "DiagnosticSession" s LEFT JOIN LATERAL (
        SELECT ${STORED_COLUMNS}, u.role::text AS "senderRole", u.status::text AS "senderStatus", u."suspendedUntil" AS "senderSuspendedUntil", v.kinds::text[] AS "violationKinds", v.status::text AS "violationStatus"
        FROM "ChatMessage" m LEFT JOIN "User" u ON u.id = m."senderId" LEFT JOIN "ContactViolation" v ON v."messageId" = m.id
        WHERE ${threadSql(thread)}
        ORDER BY m."createdAt" DESC, m.id DESC
        LIMIT ${Math.max(1, take)}
      ) r ON TRUE
      WHERE s.id = ${thread.sessionId}::uuid
      ORDER BY r."createdAt" DESC, r.id DESC
      FOR UPDATE OF s`,
    );
    const [first] = rows;
    if (!first) return null;
    const latest = rows.flatMap(({ status: _status, customerId: _customerId, mechanicId: _mechanicId, senderVetting: _senderVetting, ...row }) => (row.id === null ? [] : [toRecent(row)]));
    return { conversation: { status: first.status, customerId: first.customerId, mechanicId: first.mechanicId }, senderVetting: first.senderVetting, latest };
  }

  /** The thread's newest message's creation time, or null for an empty thread. */
  async newest(tx: Tx, thread: Thread): Promise<{ createdAt: Date } | null> {
    return tx.chatMessage.findFirst({ where: threadWhere(thread), orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { createdAt: true } });
  }

  /** Stores a message; returns it with its original and the sender's role: one statement. */
  async create(tx: SendTx, message: NewMessage): Promise<StoredMessage> {
    const [row] = await rowsIn<StoredRow>(tx, Prisma.sql`${INSERT_MESSAGE} VALUES (${messageValues(message)}) RETURNING ${STORED_COLUMNS}, ${SENDER_ROLE}`);
    return toStored(row!);
  }

  /**
   * Stores a message as `create` does, provided the thread's newest message is still `newestId`
   * (null: the thread is still empty), as the caller read it (`lockForSend`); null, and nothing
   * stored, when it is not. Checked and written in one statement.
   */
  async createAfter(tx: SendTx, message: NewMessage, newestId: string | null): Promise<StoredMessage | null> {
    const [row] = await rowsIn<StoredRow>(
      tx,
      Prisma.sql`
      ${INSERT_MESSAGE} SELECT ${messageValues(message)}
      WHERE (SELECT m.id FROM "ChatMessage" m WHERE ${threadSql(message)} ORDER BY m."createdAt" DESC, m.id DESC LIMIT 1) IS NOT DISTINCT FROM ${newestId}::uuid
      RETURNING ${STORED_COLUMNS}, ${SENDER_ROLE}`,
    );
    return row ? toStored(row) : null;
  }

  /** Masks an earlier message further (never its original); returns it as stored now: one statement. */
  async maskRetroactively(tx: SendTx, id: string, mask: RetroactiveMask): Promise<StoredMessage> {
    const [row] = await rowsIn<StoredRow>(
      tx,
      Prisma.sql`
      UPDATE "ChatMessage" AS m SET "deliveredBody" = ${mask.deliveredBody}, "flaggedKinds" = ${mask.flaggedKinds}::text[]::"ContactKind"[], "editedAt" = ${mask.editedAt.toISOString()}::timestamp
      WHERE m.id = ${id}::uuid
      RETURNING ${STORED_COLUMNS}, ${SENDER_ROLE}`,
    );
    if (!row) throw new Error(`ChatMessage ${id} vanished under its session's lock`);
    return toStored(row);
  }

  /**
   * A page of the messages in `scope` (SQL on the message row `m`) in ascending (createdAt, id)
   * order, strictly after `page.after`, one more than `page.take` (toPage's look-ahead), each
   * with its sender's role, as toChatMessage reads them, and the scope's total count: one
   * statement (readPagedList). `fields`, the ChatMessage fields the caller asked for, narrows the
   * columns read (the original only ever with `withOriginal`): a column no asked field needs is
   * absent from its row, so the message built from it must not be read for other fields.
   */
  async page(scope: StoreScope<Prisma.Sql>, page: PageRequest, withOriginal: boolean, fields?: ReadonlySet<string>): Promise<{ rows: ChatMessageSource[]; totalCount: number }> {
    const { sender: _sender, ...select } = messageSelect(withOriginal);
    const wanted = (field: string) => !fields || fields.has(field);
    const columns = columnsFor(select, fields, { always: PAGE_ALWAYS_READ, readFor: FIELDS_OF_COLUMN });
    const senderRole = wanted("senderRole") ? Prisma.sql`(SELECT u.role FROM "User" u WHERE u.id = m."senderId")` : Prisma.sql`NULL`;
    return readPagedList<ChatMessageSource>(this.sql, {
      from: Prisma.sql`"ChatMessage" m`,
      where: whereOf(scope) ?? Prisma.sql`TRUE`,
      columns: Prisma.sql`${selectedColumns("m", columns, { flaggedKinds: "text[]" })}, ${senderRole} AS "senderRole"`,
      ...timestampKeysetSql(page, Prisma.sql`m."createdAt"`, Prisma.sql`m.id`, "asc"),
    });
  }

  /**
   * For enforcement: the threads with flagged messages (a non-empty `flaggedKinds`): a session's
   * chat (`workshopId` null) and each of its workshop conversations apart, each with its number
   * of flagged messages, its newest flagged message's id and when it was sent, most recently
   * flagged first (keyset on that time and message id after `page.after`, `page.take + 1` rows),
   * aggregated in the database, and how many threads have any: one statement (readPagedList).
   */
  async flaggedThreads(page: PageRequest): Promise<{ rows: { sessionId: string; workshopId: string | null; lastMessageId: string; flagged: number; last: Instant }[]; totalCount: number }> {
    const { rows, totalCount } = await readPagedList<{ id: string; sessionId: string; workshopId: string | null; flagged: number; last: Instant }>(this.sql, {
      // One row per thread: its newest flagged message (id, time) and its number of flagged messages.
      from: Prisma.sql`(
        SELECT id, "sessionId", "workshopId", flagged, "createdAt" AS last FROM (
          SELECT id, "sessionId", "workshopId", "createdAt",
            COUNT(*) OVER (PARTITION BY "sessionId", "workshopId")::int AS flagged,
            ROW_NUMBER() OVER (PARTITION BY "sessionId", "workshopId" ORDER BY "createdAt" DESC, id DESC) AS newest
          FROM "ChatMessage" WHERE cardinality("flaggedKinds") > 0
        ) flagged WHERE newest = 1) f`,
      where: Prisma.sql`TRUE`,
      columns: Prisma.sql`f.id, f."sessionId", f."workshopId", f.flagged, f.last`,
      ...timestampKeysetSql(page, Prisma.sql`f.last`, Prisma.sql`f.id`, "desc"),
    });
    return { rows: rows.map((row) => ({ sessionId: row.sessionId, workshopId: row.workshopId, lastMessageId: row.id, flagged: row.flagged, last: row.last })), totalCount };
  }

  /** For enforcement: up to 100 flagged messages sent since `since`, newest first, with the columns named by `select`. */
  recentFlagged<S extends Prisma.ChatMessageSelect>(since: Date, select: S): Promise<Prisma.ChatMessageGetPayload<{ select: S }>[]> {
    return this.prisma.chatMessage.findMany({
      where: { flaggedKinds: { isEmpty: false }, createdAt: { gte: since } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      take: 100,
      select,
    }) as Promise<Prisma.ChatMessageGetPayload<{ select: S }>[]>;
  }

  /** For solicitation reports: a message's session, thread (`workshopId`, null for the session chat) and sender (null for a system message), or null. */
  messageParties(id: string): Promise<{ sessionId: string; workshopId: string | null; senderId: string | null } | null> {
    return this.prisma.chatMessage.findUnique({ where: { id }, select: { sessionId: true, workshopId: true, senderId: true } });
  }

  /** For solicitation reports: who of `role` wrote the thread's newest message of theirs, or null when none has. */
  async latestSender(thread: Thread, role: Role): Promise<string | null> {
    const message = await this.prisma.chatMessage.findFirst({ where: { ...threadWhere(thread), sender: { role } }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { senderId: true } });
    return message?.senderId ?? null;
  }

  /** For retention trends: how many messages sent in [from, to) the monitor flagged for contact details. */
  countFlaggedIn(from: Date, to: Date): Promise<number> {
    return this.prisma.chatMessage.count({ where: { flaggedKinds: { isEmpty: false }, createdAt: { gte: from, lt: to } } });
  }
}

/**
 * Demo data only (src/seed): inserts demo chat messages (USER and SYSTEM) as given, with their fixed ids and backdated
 * timestamps; `deliveredBody` and `flaggedKinds` must be what sending computes. No checks, history, audit or events: the seed builds a consistent world
 * itself. Not for product code.
 */
export async function insertDemoMessages(tx: Tx, messages: Prisma.ChatMessageCreateManyInput[]): Promise<void> {
  await tx.chatMessage.createMany({ data: messages });
}
