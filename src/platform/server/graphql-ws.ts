import { randomUUID } from "node:crypto";
import type { Server as HttpServer, IncomingMessage } from "node:http";
import type { Duplex } from "node:stream";
import { ApolloServerErrorCode } from "@apollo/server/errors";
import {
  type ExecutionArgs,
  type ExecutionResult,
  type GraphQLFormattedError,
  type GraphQLSchema,
  execute,
  getOperationAST,
  subscribe as graphqlSubscribe,
  getVariableValues,
  GraphQLError,
  parse,
  validate,
  type DocumentNode,
  type OperationDefinitionNode,
} from "graphql";
import { useServer } from "graphql-ws/use/ws";
import { WebSocketServer, type WebSocket } from "ws";
import type { RequestContext as Context } from "../auth/request-context.ts";
import { connectionAuthorization, credentialRevoked, type LiveAdmission, type Viewer } from "../auth/viewer.ts";
import { AppError, ErrorCode, forbidden, serviceUnavailable, unauthenticated } from "../errors.ts";
import type { ClientIpResolver } from "./client-ip.ts";
import { parseFailure } from "./format-error.ts";
import { asksForIntrospection, introspectionFor, visibleSuggestions } from "./introspection.ts";
import { withLogScope, type LogScope, type Logger } from "./logger.ts";
import { acceptedRequestId, REQUEST_ID_HEADER } from "./request-log.ts";
import type { DirectSend } from "./shared-subscribe.ts";
import { traceOperation } from "./tracing.ts";

/**
 * Close codes besides graphql-ws's own (README, "Subscriptions"). 1009 (message too big) comes
 * from ws itself for a frame over the payload limit.
 */
export const WsCloseCode = {
  /** A refused or suspended account, an expired token, or one revoked (a password change or reset). */
  Forbidden: 4403,
  /**
   * An anonymous socket that ran no operation for WS_ANONYMOUS_IDLE_MS, or (graphql-ws's meaning,
   * reason "Connection initialisation timeout") a socket without `connection_init` for
   * WS_CONNECTION_INIT_WAIT_MS.
   */
  Idle: 4408,
  /** A slow consumer: more than WS_MAX_BUFFERED_BYTES sent and not yet read. */
  SlowConsumer: 4008,
  /** Over a per-account or per-IP socket cap. */
  TooManyConnections: 4429,
} as const;

/** Per-client bounds on WebSocket resources (config.ts `ws`). */
export interface WsLimits {
  /** Open sockets per process; more are refused at the HTTP upgrade with 503. */
  maxConnections: number;
  /** Open sockets per signed-in account; more are closed with 4429 after `connection_init`. */
  maxConnectionsPerUser: number;
  /** Open sockets per client address; more are refused at the upgrade with 429. */
  maxConnectionsPerIp: number;
  /** Anonymous sockets per client address (stricter); more are closed with 4429 after `connection_init`. */
  maxAnonymousConnectionsPerIp: number;
  /** An anonymous socket with no operation for this long is closed with 4408. */
  anonymousIdleMs: number;
  /** A socket whose `connection_init` has not been read this long after the upgrade is closed with 4408. */
  connectionInitWaitMs: number;
  /** Operations (subscriptions included) running at once on one socket; more are refused with TOO_MANY_SUBSCRIPTIONS. */
  maxSubscriptionsPerSocket: number;
  /** Bytes sent but not yet taken by the client past which the socket is closed with 4008 (and dropped). */
  maxBufferedBytes: number;
}

export const DEFAULT_WS_LIMITS: WsLimits = {
  maxConnections: 10_000,
  maxConnectionsPerUser: 10,
  maxConnectionsPerIp: 100,
  maxAnonymousConnectionsPerIp: 10,
  anonymousIdleMs: 30_000,
  connectionInitWaitMs: 3_000,
  maxSubscriptionsPerSocket: 50,
  maxBufferedBytes: 4 * 1024 * 1024,
};

export interface GraphqlWsOptions {
  httpServer: HttpServer;
  schema: GraphQLSchema;
  /** The client's address of an upgrade request (TRUSTED_PROXIES decides whether X-Forwarded-For counts). */
  clientIp: ClientIpResolver;
  /** Resolves `connection_init`'s `authorization` to a viewer; throws to refuse the connection. */
  authenticate(authorization: unknown): Promise<Viewer | null>;
  /**
   * Whether the socket's viewer may go on: its account still allowed in (not suspended or banned)
   * and its token not revoked (`Viewer.credentialVersion`: a password change or reset since),
   * cached at most a second or two per account: asked for every operation and every event, so a
   * suspension or a password change on another instance applies even when its announcement
   * (through Redis) never arrives.
   */
  admission(viewer: Viewer): Promise<LiveAdmission>;
  /**
   * What `admission` answers when known without waiting (undefined otherwise): a subscription
   * event is sent straight to the socket when its subscriber is known admitted now, and through
   * graphql-ws's per-event path (which asks `admission`) when not.
   */
  admissionNow?(viewer: Viewer): LiveAdmission | undefined;
  /** `requestId`: the connection's id and the operation's (`<connection>/<operation>`). */
  createContext(viewer: Viewer | null, clientIp: string, requestId: string): Context;
  /** Draws an operation from the caller's rate budgets; throws RATE_LIMITED when spent. */
  admit(caller: { ip: string; userId: string | null }): Promise<void>;
  formatError(formatted: GraphQLFormattedError, error: unknown): GraphQLFormattedError;
  logger: Logger;
  introspection: Parameters<typeof introspectionFor>[2];
  /** The HTTP query limits; throws an AppError when an operation is over one. */
  checkLimits(document: DocumentNode, variables: Record<string, unknown> | undefined): void;
  /** The permission layer's check of a validated operation before it runs; throws an AppError when it refuses. */
  checkSelection(document: DocumentNode, operation: OperationDefinitionNode, viewer: Viewer | null, variables: Record<string, unknown> | undefined): void;
  maxTokens: number;
  /** Told of each result sent for a subscription (for metrics). */
  onSubscriptionEvent?: () => void;
  keepAliveMs?: number;
  maxPayloadBytes?: number;
  limits?: Partial<WsLimits>;
  /**
   * Published operations, by documentId: a subscribe message whose `extensions.documentId` names
   * one runs the manifest's text (the text graphql-ws requires beside it is ignored); `refusal`
   * applies PERSISTED_OPERATIONS=only to the text that would run (null: it may run).
   */
  persisted?: { operations: ReadonlyMap<string, string>; refusal(query: string, viewer: Viewer | null): AppError | null };
  /**
   * Replaces graphql-js's `subscribe` (the shared fan-out). `send` sends one of this subscription's
   * results straight to its socket, false when it cannot (it then goes through the iterator).
   */
  subscribe?: (args: ExecutionArgs, send?: DirectSend) => Promise<AsyncIterableIterator<ExecutionResult> | ExecutionResult>;
  /** Queries and mutations run inside an operation span (tracing.ts). */
  traced?: boolean;
}

/** Where a subscription's events go: its socket, and the start of its `next` frames (up to the payload). */
interface Subscriber {
  socket: WebSocket;
  frameStart: string;
  viewer: Viewer | null;
}

function isAsyncIterator(value: unknown): value is AsyncIterator<ExecutionResult> {
  return typeof (value as { [Symbol.asyncIterator]?: unknown } | null)?.[Symbol.asyncIterator] === "function";
}

/**
 * A subscription's results, minus those `send` sent itself: graphql-ws iterates it and sees only
 * what still needs its per-event path. Nothing is sent once the subscription ended (the client's
 * `complete`, or the socket closed), even if an event was already on its way.
 */
function sentDirectly(stream: AsyncIterator<ExecutionResult>, send: (result: ExecutionResult) => boolean): AsyncIterableIterator<ExecutionResult> {
  let ended = false;
  const end = { done: true, value: undefined } as const;
  const results: AsyncIterableIterator<ExecutionResult> = {
    [Symbol.asyncIterator]: () => results,
    async next() {
      for (;;) {
        const step = await stream.next();
        if (ended) return end;
        if (step.done || !send(step.value)) return step;
      }
    },
    async return() {
      ended = true;
      await stream.return?.();
      return end;
    },
    async throw(error?: unknown) {
      ended = true;
      await stream.return?.();
      throw error;
    },
  };
  return results;
}

/** Counts per key that forget a key at zero, so memory returns when sockets close. */
class Counter {
  private readonly counts = new Map<string, number>();
  get(key: string): number {
    return this.counts.get(key) ?? 0;
  }
  add(key: string): void {
    this.counts.set(key, this.get(key) + 1);
  }
  remove(key: string): void {
    const next = this.get(key) - 1;
    if (next > 0) this.counts.set(key, next);
    else this.counts.delete(key);
  }
  get size(): number {
    return this.counts.size;
  }
}

/** The close reason and the error that refuse a viewer no longer admitted (the operation's, or the event's). */
function refusalOf(admission: Exclude<LiveAdmission, "ADMITTED">): { reason: string; error: AppError } {
  // As HTTP answers the revoked token: nothing says which check failed.
  if (admission === "REVOKED") return { reason: "Token revoked", error: unauthenticated("Invalid or expired token") };
  return { reason: "Account suspended", error: forbidden("Account suspended or banned") };
}

/** ws's defaults, for a send without options (one object, not one per frame). */
const NO_OPTIONS = Object.freeze({});
/** A text frame whose data is already encoded (ws would send a Buffer as a binary frame). */
const TEXT_FRAME = Object.freeze({ binary: false });

/** A request's error with its `extensions.code`, and the nodes of the operation it points at where known (a validation error's). */
const requestError = (message: string, code: string, nodes?: GraphQLError["nodes"]) => new GraphQLError(message, { nodes, extensions: { code } });

/**
 * How long an ended socket waits at most for the results of its running queries and mutations
 * before it closes anyway: a hung operation must not keep a revoked token's socket open.
 */
const ENDED_SOCKET_GRACE_MS = 5_000;

/** Why a socket was ended: its close frame's code and reason, and the error its operations get until it closes. */
interface Ending {
  code: number;
  reason: string;
  error: AppError;
}

/**
 * A socket's bookkeeping: its log scope (its connection id: the upgrade's x-request-id when valid,
 * and its user), its operation count, the ids of its queries and mutations whose result (or
 * refusal) has not gone out yet, and why it was ended (endSocket), once it was.
 */
interface Connection {
  scope: LogScope;
  operations: number;
  running: Set<string>;
  ending?: Ending;
}

/**
 * graphql-ws on the HTTP server's port and path. The caller authenticates in `connection_init`;
 * a bad token or a suspended account closes the socket with 4403 before any operation runs, every
 * operation and event re-checks the account's status and the token's revocation (a password change
 * or reset since), and `disconnectUser` ends a signed-in account's sockets when it is suspended or
 * its token revoked later. Each client is bounded: sockets per address
 * (anonymous stricter) and per account, idle anonymous sockets, operations per socket, and unread
 * bytes per socket.
 */
export function attachGraphqlWs(options: GraphqlWsOptions) {
  const limits: WsLimits = { ...DEFAULT_WS_LIMITS, ...options.limits };
  // Resolved once per socket: the upgrade request's headers do not change.
  const addresses = new WeakMap<IncomingMessage, string>();
  const clientIp = (request: IncomingMessage) => {
    let address = addresses.get(request);
    if (address === undefined) addresses.set(request, (address = options.clientIp(request)));
    return address;
  };
  const socketsByIp = new Counter();
  const anonymousByIp = new Counter();
  // Not attached to the HTTP server (`server:`), which would forward its errors to graphql-ws: a
  // port in use at listen was printed as an "Internal error emitted on the WebSocket server" with a
  // stack. Upgrades are handed over below; ws answers another path with 400 as before.
  const wsServer = new WebSocketServer({
    noServer: true,
    path: "/graphql",
    maxPayload: options.maxPayloadBytes ?? 64 * 1024,
    // Refused before the upgrade, so an overloaded process spends nothing on the socket.
    verifyClient: (info, callback) => {
      if (wsServer.clients.size >= limits.maxConnections) return callback(false, 503, "Too many connections");
      if (socketsByIp.get(clientIp(info.req)) >= limits.maxConnectionsPerIp) return callback(false, 429, "Too many connections from this address");
      callback(true);
    },
  });
  options.httpServer.on("upgrade", (request: IncomingMessage, socket: Duplex, head: Buffer) => wsServer.handleUpgrade(request, socket, head, (ws) => wsServer.emit("connection", ws, request)));
  const viewers = new WeakMap<object, Viewer | null>();
  // Sockets whose connection_init has been read (marked as onConnect starts).
  const initialised = new WeakSet<WebSocket>();
  // Resets a socket's anonymous idle timer (set in onConnect).
  const idleTimers = new WeakMap<object, () => void>();
  // Each signed-in account's sockets, with the viewer each was opened as (its credential).
  const socketsByUser = new Map<string, Map<WebSocket, Viewer>>();
  const connections = new WeakMap<WebSocket, Connection>();
  const connectionOf = (socket: WebSocket) => connections.get(socket)!;

  // Operation ids and names are the client's to choose: cut short in logs.
  const operationRequestId = (socket: WebSocket, operationId: string) => `${connectionOf(socket).scope.connectionId}/${operationId.slice(0, 128)}`;

  const closeSlowConsumer = (socket: WebSocket) => {
    if (socket.readyState !== socket.OPEN) return;
    options.logger.warn({ bufferedBytes: socket.bufferedAmount }, "websocket closed: slow consumer");
    socket.close(WsCloseCode.SlowConsumer, "Slow consumer: too much unread data");
    // The close frame waits behind the unread data; the buffer is freed now, not when the peer reads.
    setTimeout(() => socket.terminate(), 1_000).unref();
  };

  // Registered before graphql-ws's own: every socket is counted, and its 'error' events (a frame
  // over maxPayload, a reset connection) are logged without a stack instead of graphql-ws printing
  // one to stderr. ws has already closed the socket (1009 for an oversized frame) when it emits one.
  wsServer.on("connection", (socket, request) => {
    const ip = clientIp(request);
    socketsByIp.add(ip);
    const connection: Connection = { scope: { connectionId: acceptedRequestId(request.headers[REQUEST_ID_HEADER]) ?? randomUUID(), operations: [] }, operations: 0, running: new Set() };
    connections.set(socket, connection);
    const { scope } = connection;
    const opened = performance.now();
    // graphql-ws's own wait is a bare timer: after the event loop stalled past it (a GC, a burst of
    // handshakes on a loaded machine), it fires before the socket's pending input is read, and
    // closes with 4408 a client whose connection_init had arrived in time. This one looks once more
    // after that input (the poll phase runs before setImmediate's).
    const initWait = setTimeout(
      () =>
        setImmediate(() => {
          if (!initialised.has(socket) && socket.readyState === socket.OPEN) socket.close(WsCloseCode.Idle, "Connection initialisation timeout");
        }),
      limits.connectionInitWaitMs,
    ).unref();
    socket.once("close", (code: number) => {
      clearTimeout(initWait);
      socketsByIp.remove(ip);
      // The WebSocket's access line: one per connection, as HTTP has one per request.
      options.logger.info({ code, operations: connection.operations, durationMs: Math.round(performance.now() - opened) }, "websocket closed");
    });
    // Every frame out is measured here: past maxBufferedBytes unread, the socket is dropped. A
    // send that fails because the socket died meanwhile (dropped as a slow consumer, reset by the
    // peer) is not an internal error: graphql-ws would print one per pending result.
    const send = socket.send.bind(socket) as (data: unknown, options: object, callback?: (error?: Error) => void) => void;
    socket.send = ((data: unknown, optionsOrCallback?: object | ((error?: Error) => void), callback?: (error?: Error) => void) => {
      const done = typeof optionsOrCallback === "function" ? optionsOrCallback : callback;
      const sendOptions = typeof optionsOrCallback === "object" ? optionsOrCallback : NO_OPTIONS;
      send(data, sendOptions, done && (() => done()));
      if (socket.bufferedAmount > limits.maxBufferedBytes) closeSlowConsumer(socket);
    }) as typeof socket.send;
    // Every event of the socket (its messages, so its operations) is handled in its log scope.
    const emit = socket.emit.bind(socket) as (event: string | symbol, ...args: unknown[]) => boolean;
    socket.emit = ((event: string | symbol, ...args: unknown[]) =>
      withLogScope(scope, () => {
        if (event !== "error") return emit(event, ...args);
        const error = args[0] as { name?: string; code?: string } | undefined;
        options.logger.info({ err: { name: error?.name, code: error?.code } }, "websocket closed on a protocol error");
        if (socket.readyState === socket.OPEN) socket.close(1011, "Internal error");
        return true;
      })) as typeof socket.emit;
  });

  /** Closes an ended socket once nothing of it is running, after the frames being sent now (a result, its `complete`, a refusal). */
  const closeWhenIdle = (socket: WebSocket) =>
    setImmediate(() => {
      const { ending, running } = connectionOf(socket);
      if (ending && running.size === 0 && socket.readyState === socket.OPEN) socket.close(ending.code, ending.reason);
    });

  /**
   * Ends a socket (its account suspended, its token revoked): from now on it starts no operation
   * and delivers no event (each gets `ending.error`), and it closes once the results of its running
   * queries and mutations have gone out, at most ENDED_SOCKET_GRACE_MS later. The operation that
   * ended it may be one of them: a password change's caller must get the token it continues with.
   * The first ending of a socket gives its close code and reason.
   */
  const endSocket = (socket: WebSocket, ending: Ending): void => {
    const connection = connectionOf(socket);
    if (connection.ending || socket.readyState !== socket.OPEN) return;
    connection.ending = ending;
    closeWhenIdle(socket);
    const grace = setTimeout(() => socket.readyState === socket.OPEN && socket.close(ending.code, ending.reason), ENDED_SOCKET_GRACE_MS).unref();
    socket.once("close", () => clearTimeout(grace));
  };

  /** An operation's result or refusal went out (graphql-ws's onComplete, onError): an ended socket may close. */
  const operationDone = (socket: WebSocket, id: string) => {
    const { ending, running } = connectionOf(socket);
    running.delete(id);
    if (ending) closeWhenIdle(socket);
  };

  /** Refuses the operation (and ends the socket) when the account was suspended, or the token revoked, since the last look. */
  const assertStillAdmitted = async (viewer: Viewer, socket: WebSocket): Promise<void> => {
    let admission: LiveAdmission;
    try {
      admission = await options.admission(viewer);
    } catch {
      throw serviceUnavailable();
    }
    if (admission === "ADMITTED") return;
    const refusal = refusalOf(admission);
    endSocket(socket, { code: WsCloseCode.Forbidden, ...refusal });
    throw refusal.error;
  };

  // Each subscription's socket, the start of its `next` frames (its id) and viewer, by the context
  // graphql-ws created for the operation.
  const subscribers = new WeakMap<object, Subscriber>();
  // The `next` frames of a result object, encoded once per frame start (the subscription's id):
  // with the shared fan-out execution, every subscriber of a permission class gets the same result
  // object for an event, and clients that number their subscriptions alike get the same bytes.
  const frames = new WeakMap<ExecutionResult, { payload: string; byStart: Map<string, Buffer> }>();
  /**
   * Sends a subscription's event straight to its socket, as graphql-ws would (the same frame, the
   * same metric), when nothing needs its per-event path: no errors to format, and the subscriber
   * known admitted now. False: not sent, graphql-ws's path (onNext) handles it.
   */
  const sendNow = ({ socket, frameStart, viewer }: Subscriber, result: ExecutionResult): boolean => {
    if (result.errors?.length || connectionOf(socket).ending || (viewer && options.admissionNow?.(viewer) !== "ADMITTED")) return false;
    let shared = frames.get(result);
    if (shared === undefined) frames.set(result, (shared = { payload: JSON.stringify(result), byStart: new Map() }));
    let frame = shared.byStart.get(frameStart);
    if (frame === undefined) shared.byStart.set(frameStart, (frame = Buffer.from(`${frameStart}${shared.payload}}`)));
    options.onSubscriptionEvent?.();
    socket.send(frame, TEXT_FRAME);
    return true;
  };

  /**
   * The look-up of the subscriber's admission when `sendNow` cannot tell it now (the same cached
   * look-up graphql-ws's path awaits). One look-up per account answers every credential of it, so
   * it depends on the account alone (DirectSend.pending).
   */
  const statusLookup = ({ viewer }: Subscriber): Promise<LiveAdmission> | undefined =>
    viewer && options.admissionNow && options.admissionNow(viewer) === undefined ? options.admission(viewer) : undefined;

  const cleanup = useServer(
    {
      schema: options.schema,
      subscribe: async (args: ExecutionArgs) => {
        const subscriber = subscribers.get(args.contextValue as object);
        const send = subscriber && Object.assign((result: ExecutionResult) => sendNow(subscriber, result), { pending: () => statusLookup(subscriber) });
        const stream = await (options.subscribe ? options.subscribe(args, send) : graphqlSubscribe(args));
        return send && isAsyncIterator(stream) ? sentDirectly(stream, send) : stream;
      },
      connectionInitWaitTimeout: Number.POSITIVE_INFINITY, // the wait above instead
      async onConnect(ctx) {
        initialised.add(ctx.extra.socket);
        let viewer: Viewer | null;
        try {
          // The token under the header's name, in any case; two are refused as a bad token is.
          viewer = await options.authenticate(connectionAuthorization(ctx.connectionParams));
        } catch {
          return false;
        }
        const socket = ctx.extra.socket;
        // Gone while it was authenticated (a reload, a shutdown): its "close" has fired already, so
        // nothing registered now would ever be released (a slot of the account's cap, the expiry
        // timer that kept a stopped server's process alive).
        if (socket.readyState !== socket.OPEN) return false;
        if (viewer) {
          connectionOf(socket).scope.userId = viewer.id;
          const sockets = socketsByUser.get(viewer.id) ?? new Map<WebSocket, Viewer>();
          if (sockets.size >= limits.maxConnectionsPerUser) {
            socket.close(WsCloseCode.TooManyConnections, "Too many connections for this account");
            return false;
          }
          sockets.set(socket, viewer);
          socketsByUser.set(viewer.id, sockets);
          const userId = viewer.id;
          // A subscription lives no longer than the token that opened it.
          const expiry = viewer.credentialExpiresAt
            ? setTimeout(() => socket.close(WsCloseCode.Forbidden, "Token expired"), Math.min(viewer.credentialExpiresAt.getTime() - Date.now(), 2 ** 31 - 1))
            : undefined;
          socket.once("close", () => {
            clearTimeout(expiry);
            sockets.delete(socket);
            if (sockets.size === 0 && socketsByUser.get(userId) === sockets) socketsByUser.delete(userId);
          });
        } else {
          const ip = clientIp(ctx.extra.request);
          if (anonymousByIp.get(ip) >= limits.maxAnonymousConnectionsPerIp) {
            socket.close(WsCloseCode.TooManyConnections, "Too many anonymous connections from this address");
            return false;
          }
          anonymousByIp.add(ip);
          // Anonymous sockets exist to sign in or read public data; one left open costs memory for nothing.
          let idle: NodeJS.Timeout | undefined;
          const arm = () => {
            clearTimeout(idle);
            idle = setTimeout(() => socket.close(WsCloseCode.Idle, "Idle anonymous connection"), limits.anonymousIdleMs).unref();
          };
          arm();
          idleTimers.set(ctx.extra, arm);
          socket.once("close", () => {
            clearTimeout(idle);
            anonymousByIp.remove(ip);
          });
        }
        viewers.set(ctx.extra, viewer);
        return true;
      },
      context: (ctx, id) => {
        const viewer = viewers.get(ctx.extra) ?? null;
        const context = options.createContext(viewer, clientIp(ctx.extra.request), operationRequestId(ctx.extra.socket, id));
        subscribers.set(context, { socket: ctx.extra.socket, frameStart: `{"id":${JSON.stringify(id)},"type":"next","payload":`, viewer });
        return context;
      },
      ...(options.traced && {
        // Subscriptions live as long as the client wants: a span each would never end in time to be useful.
        execute: (args: ExecutionArgs) => {
          const operation = getOperationAST(args.document, args.operationName);
          return operation ? traceOperation({ name: operation.name?.value, type: operation.operation }, "graphql-js", () => execute(args)) : execute(args);
        },
      }),
      // The same checks as HTTP, in its order: parse with the token limit, the account's current status,
      // introspection policy, validation, rate budgets, query limits, variables. Every refusal carries a
      // client error code, so none is logged as an internal error.
      onSubscribe: async (ctx, id, payload) => {
        idleTimers.get(ctx.extra)?.();
        const connection = connectionOf(ctx.extra.socket);
        connection.operations++;
        // Running until its result or refusal has gone out (operationDone); a subscription, only until it starts.
        connection.running.add(id);
        if (connection.ending) return [connection.ending.error];
        if (Object.keys(ctx.subscriptions).length > limits.maxSubscriptionsPerSocket) {
          return [new AppError(ErrorCode.TOO_MANY_SUBSCRIPTIONS, `At most ${limits.maxSubscriptionsPerSocket} operations at once on one connection`)];
        }
        const viewer = viewers.get(ctx.extra) ?? null;
        const documentId = (payload.extensions as { documentId?: unknown } | null | undefined)?.documentId;
        if (documentId !== undefined && typeof documentId !== "string") return [new AppError(ErrorCode.BAD_REQUEST, "documentId must be a string")];
        // A published operation runs the manifest's text; with an id this server does not know,
        // the text sent beside it (which PERSISTED_OPERATIONS=only refuses), as the client's HTTP fallback.
        const query = (typeof documentId === "string" ? options.persisted?.operations.get(documentId) : undefined) ?? payload.query;
        const refusal = options.persisted?.refusal(query, viewer);
        if (refusal) return [refusal];
        let document: DocumentNode;
        try {
          document = parse(query, { maxTokens: options.maxTokens });
        } catch (error) {
          return [parseFailure(error, options.introspection.production)];
        }
        const variables = payload.variables ?? undefined;
        try {
          if (viewer) await assertStillAdmitted(viewer, ctx.extra.socket);
        } catch (error) {
          return [error as GraphQLError];
        }
        let schema = options.schema;
        if (asksForIntrospection(document, query)) {
          const decision = introspectionFor(document, viewer, options.introspection);
          if ("error" in decision) return [decision.error];
          schema = decision.schema;
        }
        const invalid = validate(schema, document);
        if (invalid.length) {
          const messages = visibleSuggestions(
            invalid.map((error) => error.message),
            document,
            viewer,
            options.introspection,
          );
          // With graphql-js's nodes, so the formatter can say which argument an inline value was refused in (invalidLiteral), as over HTTP.
          return messages.map((message, i) => requestError(message, ApolloServerErrorCode.GRAPHQL_VALIDATION_FAILED, invalid[i]!.nodes));
        }
        const operation = getOperationAST(document, payload.operationName);
        if (!operation) {
          return [
            requestError(
              payload.operationName ? `Unknown operation named "${payload.operationName}"` : "Must provide an operation name when the document holds several",
              ApolloServerErrorCode.OPERATION_RESOLUTION_FAILURE,
            ),
          ];
        }
        options.logger.debug({ operationId: id.slice(0, 128), operation: operation.name?.value.slice(0, 100) ?? "anonymous", type: operation.operation }, "graphql-ws operation");
        // After validation and the operation's resolution, as Apollo's didResolveOperation runs them
        // over HTTP, so one document gets the same refusal on both (an inline Int beyond 32 bits is a
        // validation error before it is an out-of-range page size).
        try {
          await options.admit({ ip: clientIp(ctx.extra.request), userId: viewer?.id ?? null });
          options.checkLimits(document, variables);
          options.checkSelection(document, operation, viewer, variables);
        } catch (error) {
          return [error as GraphQLError];
        }
        const coerced = getVariableValues(schema, operation.variableDefinitions ?? [], variables ?? {});
        // Kept with graphql-js's reason (originalError), which the formatter shows without the value, as over HTTP.
        if (coerced.errors) return coerced.errors.map((error) => new GraphQLError(error.message, { originalError: error.originalError, extensions: { code: ErrorCode.BAD_USER_INPUT } }));
        // A subscription's stream does not end; an ended socket refuses its events instead (onNext).
        if (operation.operation === "subscription") connection.running.delete(id);
        if (schema === options.schema) return { schema, document, variableValues: variables, operationName: payload.operationName };
        return {
          schema,
          document,
          variableValues: variables,
          operationName: payload.operationName,
          contextValue: options.createContext(viewer, clientIp(ctx.extra.request), operationRequestId(ctx.extra.socket, id)),
        };
      },
      onNext: async (ctx, _id, _payload, args, result) => {
        const socket = ctx.extra.socket;
        if (getOperationAST(args.document, args.operationName)?.operation === "subscription") {
          options.onSubscriptionEvent?.();
          const viewer = viewers.get(ctx.extra);
          // A suspension or password change announced on another instance may never arrive (Redis down): each event asks too.
          const admission = viewer && !connectionOf(socket).ending ? await options.admission(viewer).catch((): LiveAdmission => "ADMITTED") : "ADMITTED";
          if (admission !== "ADMITTED") endSocket(socket, { code: WsCloseCode.Forbidden, ...refusalOf(admission) });
          const ending = connectionOf(socket).ending;
          if (ending) return { errors: [options.formatError(ending.error.toJSON(), ending.error) as GraphQLError] };
        }
        if (!("errors" in result) || !result.errors?.length) return result;
        return { ...result, errors: result.errors.map((error) => options.formatError(error.toJSON(), error) as GraphQLError) };
      },
      onError: (ctx, id, _payload, errors) => {
        operationDone(ctx.extra.socket, id);
        return errors.map((error) => options.formatError(error.toJSON(), error) as GraphQLError);
      },
      onComplete: (ctx, id) => operationDone(ctx.extra.socket, id),
    },
    wsServer,
    options.keepAliveMs ?? 12_000,
  );
  return {
    wsServer,
    /** Open sockets of one account on this process. */
    connectionsOf(userId: string): number {
      return socketsByUser.get(userId)?.size ?? 0;
    },
    /** Entries in the per-client tables (for tests: memory returns after close). */
    trackedClients(): { users: number; addresses: number; anonymousAddresses: number } {
      return { users: socketsByUser.size, addresses: socketsByIp.size, anonymousAddresses: anonymousByIp.size };
    },
    /**
     * Ends every socket of an account on this process (e.g. it was just suspended): its
     * subscriptions end, and it closes (`code`, `reason`) once the results of its running queries
     * and mutations have gone out (endSocket). With `credentialVersion` (the account's after a
     * password change or reset), only the sockets whose token that revoked (credentialRevoked): one
     * opened with the new token stays, as it would over HTTP.
     */
    disconnectUser(userId: string, code: number = WsCloseCode.Forbidden, reason = "Account suspended", credentialVersion?: number): void {
      // Their operations meanwhile get what HTTP answers: a revoked token is UNAUTHENTICATED.
      const error = credentialVersion === undefined ? forbidden(reason) : refusalOf("REVOKED").error;
      for (const [socket, viewer] of socketsByUser.get(userId) ?? []) {
        if (credentialVersion === undefined || credentialRevoked(viewer.credentialVersion, { credentialVersion })) endSocket(socket, { code, reason, error });
      }
    },
    async close() {
      await cleanup.dispose();
    },
  };
}
