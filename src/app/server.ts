import { createServer, type IncomingMessage, type Server as HttpServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import { ApolloServer } from "@apollo/server";
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from "@apollo/server/plugin/disabled";
import { ApolloServerPluginDrainHttpServer } from "@apollo/server/plugin/drainHttpServer";
import type { ErrorRequestHandler, Express } from "express";
import type { DocumentNode, GraphQLSchema, OperationDefinitionNode } from "graphql";
import { enforceContentPolicy } from "../authz/content-enforce.ts";
import { enforcePermissions, subscriptionVerdict, unreadableMutationSelection } from "../authz/enforce.ts";
import { permissionRules } from "../authz/permissions.ts";
import { visibleSchemas } from "../authz/visible-schema.ts";
import { detectionOptionsFor } from "../domain/contacts/contact-detector.ts";
import { AccountStatusCache, EVERY_ACCOUNT_ACTIVE_FOR_BENCHMARK } from "../modules/accounts/account-status.ts";
import { chatFanoutClass } from "../modules/chat/chat.fanout.ts";
import { createTokenService } from "../platform/auth/tokens.ts";
import { authenticate, singleAuthorization, type Viewer } from "../platform/auth/viewer.ts";
import type { Database } from "../platform/db/database.ts";
import { isDatabaseUnavailable } from "../platform/db/unavailable.ts";
import { AppError, ErrorCode, serviceUnavailable } from "../platform/errors.ts";
import { createAppPubSub } from "../platform/pubsub/pubsub.ts";
import { answerClientErrors } from "../platform/server/client-error.ts";
import { clientIpResolver } from "../platform/server/client-ip.ts";
import { withCors } from "../platform/server/cors.ts";
import { executionGateway } from "../platform/server/execution.ts";
import { createErrorFormatter, describeInternalError } from "../platform/server/format-error.ts";
import { GRAPHIQL_PATH, graphiqlPage, graphiqlRoutes } from "../platform/server/graphiql/graphiql.ts";
import { BODY_TOO_LARGE, graphqlHttpHandler, HttpRefusal, isGraphqlUrl, readBody, sendError, sendJson } from "../platform/server/graphql-http.ts";
import { attachGraphqlWs, WsCloseCode } from "../platform/server/graphql-ws.ts";
import { guardInputs } from "../platform/server/input-guard.ts";
import { introspectionPlugin } from "../platform/server/introspection.ts";
import type { Logger } from "../platform/server/logger.ts";
import { Metrics } from "../platform/server/metrics.ts";
import { startPeriodic } from "../platform/server/periodic.ts";
import { loadPersistedOperations, resolveAutomaticPersistedQuery } from "../platform/server/persisted-operations.ts";
import { listenFailure } from "../platform/server/port.ts";
import { checkQueryLimits } from "../platform/server/query-limits.ts";
import { RateLimits } from "../platform/server/rate-limit.ts";
import { accessLog, requestLogPlugin } from "../platform/server/request-log.ts";
import { pathOf } from "../platform/server/request-url.ts";
import { createSharedSubscribe, type SharedSubscribe } from "../platform/server/shared-subscribe.ts";
import { traceHttpRequest, tracingPlugin } from "../platform/server/tracing.ts";
import type { Config } from "./config.ts";
import { createServices, type Services } from "./container.ts";
import type { Context } from "./context.ts";
import { buildBaseSchema } from "./schema.ts";

/** Whether `url` (path and query) is the Stripe webhook's endpoint exactly, as Stripe posts to it. */
const isStripeWebhookUrl = (url: string | undefined) => url === "/webhooks/stripe" || url?.startsWith("/webhooks/stripe?") === true;

/** How long a socket trusts an account's looked-up status (HTTP reads it on every request). */
const WS_ACCOUNT_STATUS_TTL_MS = 1_000;

export interface RunningServer {
  /** http://host:port, without a path. */
  url: string;
  port: number;
  services: Services;
  httpServer: HttpServer;
  /** graphql-ws: open sockets and the per-client tables (for tests and operators). */
  websockets: { open(): number; tracked(): { users: number; addresses: number; anonymousAddresses: number } };
  /** The executable schema, with the rule map applied. */
  schema: GraphQLSchema;
  /** Live-event fan-out (its execution count shows the sharing at work). */
  fanout: SharedSubscribe;
  /** "memory", or "redis" when REDIS_URL links several instances. */
  pubSubTransport: "memory" | "redis";
  /** Stops accepting, lets in-flight requests finish, closes sockets. The database is the caller's. */
  close(): Promise<void>;
}

export interface ServerOptions {
  /**
   * Benchmarks measure the permission layer's cost by turning it off; nothing else may. Off: the
   * rule map (every field's rule, a subscription's rule when subscribed and per event), and the
   * per-event checks of live feeds (the socket's and the chat feed's "account still active").
   */
  withoutPermissionsForBenchmark?: boolean;
}

/**
 * Apollo Server over Node's HTTP server, graphql-ws on the same port and path, health probes beside.
 * `opening` is the database, or the promise of it while it opens (start-up's case): the schema and
 * the operations are built meanwhile, and the services wait for it. Throws what opening it threw.
 */
export async function startServer(config: Config, opening: Database | Promise<Database>, logger: Logger, options: ServerOptions = {}): Promise<RunningServer> {
  const pubSub = await createAppPubSub(config, logger);
  const baseSchema = await buildBaseSchema(pubSub.pubSub);
  // The visible schemas come from a copy taken before the rules are applied to the base schema in place.
  const visibleSchema = visibleSchemas(baseSchema, permissionRules);
  // One reading of the platform's own domains and the detector's stage for the content policy and the services (chat, price lists).
  const detection = detectionOptionsFor(config.platformDomains, config.contactDetectionStage);
  // The content policy first, so the permission rules run before any text is looked at.
  enforceContentPolicy(baseSchema, {
    mediaUrlHosts: config.mediaUrlHosts,
    detection,
    onPenalty: ({ userId, status }) => services.enforcement.announceStatus(userId, status),
    onRefused: async (context, refusal) => {
      const viewer = (context as Context).viewer;
      if (viewer) await services.contentFlags.recordRefused(viewer, refusal);
    },
    ownDetails: async (context) => {
      const viewer = (context as Context).viewer;
      return viewer ? services.accounts.ownPrivateDetails(viewer) : null;
    },
    onUnrecorded: (operation, paths) => logger.error({ operation, paths }, "content findings masked but not recorded"),
  });
  // Ids and text are checked inside the permission layer, outside the content policy and every resolver.
  guardInputs(baseSchema);
  const schema = options.withoutPermissionsForBenchmark ? baseSchema : enforcePermissions(baseSchema, permissionRules);
  const introspection = { production: config.production, fullSchema: schema, visibleSchema };
  const tokens = createTokenService(config.auth);
  // The operations front ends ship, by documentId; PERSISTED_OPERATIONS=only runs nothing else (admins aside).
  const persisted = loadPersistedOperations(undefined, config.persistedOperations);
  // The WebSocket server comes later; the gauge only reads it when Prometheus scrapes.
  const metrics = new Metrics(() => ws.wsServer.clients.size, persisted.idByName.keys());
  const rateLimits = new RateLimits(config.rateLimits, pubSub.redis, { production: config.production });
  const database = await Promise.resolve(opening).catch(async (error: unknown) => {
    await pubSub.close();
    throw error;
  });
  const services = createServices({
    prisma: database.prisma,
    sql: database.sql,
    tokens,
    config,
    detection,
    pubSub: pubSub.pubSub,
    authAttempts: rateLimits,
    onFlaggedMessage: () => metrics.flaggedMessages.inc(),
    onMailFailure: (error) => logger.warn({ err: error }, "mail transport refused a message"),
    withoutFeedChecksForBenchmark: options.withoutPermissionsForBenchmark,
  });
  const formatError = createErrorFormatter(logger, { production: config.production });
  const admit = (caller: { ip: string; userId: string | null }) => rateLimits.consume(caller);
  const createContext = (viewer: Viewer | null, clientIp: string, requestId: string): Context => ({
    viewer,
    services,
    requestId,
    clientIp,
    reads: services.audit.reads(viewer),
  });
  const authenticateHeader = (authorization: unknown) => authenticate(authorization, { accounts: services.viewerAccounts, tokens });

  // /graphql and Stripe's POSTs to /webhooks/stripe skip Express (graphql-http.ts, stripeWebhook
  // below): its router and body reader cost a tenth of a webhook delivery's CPU. The probes,
  // metrics and GraphiQL use it, loaded with the first request that needs it (expressApp below).
  let graphqlHttp: ReturnType<typeof graphqlHttpHandler> | null = null;
  let expressLoaded: Promise<Express> | null = null;
  const dispatch = withCors(config.corsOrigins, (req, res) => {
    if (graphqlHttp && isGraphqlUrl(req.url)) return void graphqlHttp(req, res);
    if (req.method === "POST" && isStripeWebhookUrl(req.url)) return void stripeWebhook(req, res);
    expressLoaded ??= expressApp();
    expressLoaded.then(
      (app) => app(req, res),
      (error: unknown) => {
        expressLoaded = null; // the next request tries again
        logger.error({ err: describeInternalError(error) }, "loading the HTTP routes failed");
        sendError(res, new HttpRefusal(500, "Internal server error", ErrorCode.INTERNAL_SERVER_ERROR));
      },
    );
  });
  // Every request gets its access line and request id (a CORS preflight included); with tracing, a span around both.
  const access = accessLog(logger);
  const serve = (req: IncomingMessage, res: ServerResponse) => access(req, res, () => dispatch(req, res));
  const httpServer = createServer(config.tracing ? (req, res) => traceHttpRequest(req, res, () => serve(req, res)) : serve);
  answerClientErrors(httpServer);
  const fanout = createSharedSubscribe(chatFanoutClass);
  // Asked for every graphql-ws operation and event: a suspension or a password change made on
  // another instance applies within a second even when its announcement through Redis never arrives.
  const socketStatus = new AccountStatusCache(services.viewerAccounts, WS_ACCOUNT_STATUS_TTL_MS);
  const liveStatus = options.withoutPermissionsForBenchmark ? EVERY_ACCOUNT_ACTIVE_FOR_BENCHMARK : socketStatus;
  const clientIp = clientIpResolver(config.trustedProxies);
  const ws = attachGraphqlWs({
    httpServer,
    schema,
    clientIp,
    authenticate: authenticateHeader,
    createContext,
    admit,
    formatError: metrics.countingErrors(formatError),
    logger,
    introspection,
    checkLimits: (document, variables) => checkQueryLimits(schema, document, variables, config.queryLimits, config.production),
    checkSelection: (document, operation, viewer, variables) => refuseUnreadableSelection(document, operation, viewer, variables),
    maxTokens: config.queryLimits.maxTokens,
    onSubscriptionEvent: () => metrics.subscriptionEvents.inc(),
    limits: config.ws,
    admission: (viewer) => liveStatus.admission(viewer.id, viewer.credentialVersion),
    admissionNow: (viewer) => liveStatus.admissionNow(viewer.id, viewer.credentialVersion),
    subscribe: fanout.subscribe,
    persisted,
    traced: Boolean(config.tracing),
  });

  /** Runs `handle` for every event of a global topic until `close` ends the subscription. */
  const listen = <T>(events: AsyncIterableIterator<T>, handle: (event: T) => void, name: string) => ({
    events,
    done: (async () => {
      for await (const event of events) handle(event);
    })().catch((error: unknown) => logger.error({ err: error instanceof Error ? { name: error.name } : {} }, `${name} listener stopped`)),
  });
  const accountListeners = [
    // A penalty on any instance: forget the cached status, and end the account's sockets here.
    listen(
      pubSub.pubSub.subscribe("accountStatusChanged"),
      (event) => {
        services.accountStatus.invalidate(event.userId);
        socketStatus.invalidate(event.userId);
        if (event.status !== "ACTIVE") ws.disconnectUser(event.userId);
      },
      "account status",
    ),
    // Access removed on any instance (an advisor left their workshop, a password changed): end the
    // account's sockets here, so subscriptions authorized under the old access stop; a reconnect is
    // authorized with the access it has now. The cached standing (its credential version) is read again.
    listen(
      pubSub.pubSub.subscribe("accountAccessRevoked"),
      (event) => {
        socketStatus.invalidate(event.userId);
        ws.disconnectUser(event.userId, WsCloseCode.Forbidden, event.reason, event.credentialVersion);
      },
      "account access",
    ),
  ];

  /**
   * HTTP cannot stream a subscription. A caller the rule map refuses gets that refusal (as over
   * graphql-ws); anyone else a 400 BAD_REQUEST naming the transport, never an internal error.
   */
  const refuseSubscriptionOverHttp = async (document: DocumentNode, operationName: string | null | undefined, variables: Record<string, unknown> | undefined, context: Context) => {
    const verdict = options.withoutPermissionsForBenchmark ? true : await subscriptionVerdict(schema, permissionRules, document, operationName, variables, context);
    if (verdict instanceof AppError) throw new AppError(verdict.extensions.code as ErrorCode, verdict.message, { ...verdict.extensions, http: { status: verdict.httpStatus } });
    if (verdict instanceof Error) throw new AppError(ErrorCode.FORBIDDEN, "Not allowed", { http: { status: 403 } });
    throw new AppError(ErrorCode.BAD_REQUEST, "Subscriptions are served over graphql-ws (WebSocket) on /graphql, not HTTP POST", { http: { status: 400 } });
  };

  /**
   * A mutation selecting a field the caller's role may never read, or calling beside other root
   * fields one it may not call, is refused before it runs (FORBIDDEN, UNAUTHENTICATED when signed
   * out; reason UNREADABLE_SELECTION, the field's schema coordinate in `extensions.coordinate`):
   * refused only after committing, its change would be made and its answer lost.
   */
  function refuseUnreadableSelection(document: DocumentNode, operation: OperationDefinitionNode | null | undefined, viewer: Viewer | null, variables: Record<string, unknown> | undefined): void {
    if (!operation || options.withoutPermissionsForBenchmark) return;
    const coordinate = unreadableMutationSelection(schema, permissionRules, document, operation, viewer?.role ?? "ANONYMOUS", variables);
    if (!coordinate) return;
    const code = viewer ? ErrorCode.FORBIDDEN : ErrorCode.UNAUTHENTICATED;
    const message = `${viewer ? "Not allowed" : "Sign in"} to select ${coordinate}; nothing was changed. Leave it out of the selection and send the mutation again`;
    throw new AppError(code, message, { reason: "UNREADABLE_SELECTION", coordinate, http: { status: viewer ? 403 : 401 } });
  }

  const apollo = new ApolloServer<Context>({
    // graphql-js first, then graphql-jit for operations that recur (execution.ts).
    gateway: executionGateway(schema, config.compileAfter, { traced: Boolean(config.tracing) }),
    formatError,
    includeStacktraceInErrorResponses: false,
    // main.ts owns shutdown: it closes the server, then the database, then exits.
    stopOnTerminationSignals: false,
    allowBatchedHttpRequests: true,
    parseOptions: { maxTokens: config.queryLimits.maxTokens },
    // Admins introspect the whole schema; everyone else gets their role's view (introspectionPlugin).
    introspection: true,
    plugins: [
      // Responses carry no cache hints, and the default cache-control plugin wraps every field's resolver to look for them.
      ApolloServerPluginCacheControlDisabled(),
      // Apollo's default landing page loads Sandbox from its CDN; browsers are sent to our GraphiQL instead (graphql-http.ts).
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginDrainHttpServer({ httpServer, stopGracePeriodMillis: config.shutdownTimeoutMs }),
      requestLogPlugin(logger),
      ...(config.tracing ? [tracingPlugin<Context>()] : []),
      metrics.plugin(),
      introspectionPlugin(introspection),
      {
        async requestDidStart({ request, contextValue }) {
          resolveAutomaticPersistedQuery(request, contextValue.viewer, persisted);
          return {
            async didResolveOperation({ document, request, contextValue, operation }) {
              const refusal = persisted.refusal(request.query, contextValue.viewer);
              if (refusal) throw new AppError(ErrorCode.PERSISTED_QUERY_REQUIRED, refusal.message, { http: { status: refusal.httpStatus } });
              await admit({ ip: contextValue.clientIp, userId: contextValue.viewer?.id ?? null });
              checkQueryLimits(schema, document, request.variables, config.queryLimits, config.production);
              refuseUnreadableSelection(document, operation, contextValue.viewer, request.variables);
              if (operation?.operation === "subscription") await refuseSubscriptionOverHttp(document, request.operationName, request.variables, contextValue);
            },
          };
        },
      },
      {
        async serverWillStart() {
          return { drainServer: () => ws.close() };
        },
      },
    ],
  });
  await apollo.start();

  let stopping = false;
  // Stripe signs the exact bytes it sent: the raw body (any content type, at most 1 MiB: 413
  // past it) is verified before any JSON parsing or database access.
  const stripeWebhook = async (req: IncomingMessage, res: ServerResponse) => {
    let body: Buffer;
    try {
      body = await readBody(req);
    } catch (error) {
      // Every refusal of readBody is an HttpRefusal; anything else would be a body it could not read.
      return sendError(res, error instanceof HttpRefusal ? error : new HttpRefusal(400, "Unreadable request body"));
    }
    let answer: { status: number; body: Record<string, unknown> };
    try {
      const result = await services.payments.handleWebhook(body, req.headers["stripe-signature"]);
      // Acknowledged without effect (an object this API does not know, missing data): logged, not retried.
      if (result.notice) logger.warn(result.notice, "stripe event acknowledged without effect");
      answer = result;
    } catch (error) {
      // A 500 makes Stripe redeliver; processing is idempotent, so the retry finishes the work.
      logger.error({ err: describeInternalError(error) }, "stripe webhook failed");
      answer = { status: 500, body: { error: "webhook processing failed" } };
    }
    sendJson(res, answer.status, answer.body);
  };
  // Built now: a manifest without the sign-in operation fails the start, not the first page view.
  const graphiqlHtml = graphiqlPage({ defaultEmail: config.production ? "" : (config.admin?.email ?? ""), schema, persisted });
  /**
   * The Express application for every path but /graphql and Stripe's exact webhook path. Loaded
   * on first use rather than with the server: Express with its body parsers, MIME tables and
   * iconv-lite was about a tenth of a start's CPU, and a start serves none of these paths.
   */
  const expressApp = async (): Promise<Express> => {
    const { default: express } = await import("express");
    const app = express();
    app.disable("x-powered-by");
    app.get("/healthz", (_req, res) => {
      res.json({ status: "ok" });
    });
    // In production without a token the path does not exist: it falls through to the 404 below.
    if (config.metrics.access !== "off") {
      const required = config.metrics.access === "token" ? `Bearer ${config.metrics.token}` : null;
      app.get("/metrics", async (req, res) => {
        if (required && req.headers.authorization !== required) {
          res.status(401).json({ errors: [{ message: "Metrics need the metrics token", extensions: { code: "UNAUTHENTICATED" } }] });
          return;
        }
        res.type(metrics.contentType).send(await metrics.scrape());
      });
    }
    app.get("/readyz", async (_req, res) => {
      const ready = !stopping && (await database.isReady());
      res.status(ready ? 200 : 503).json({ status: ready ? "ready" : "unavailable" });
    });
    // The same path as Express matches it otherwise (a trailing slash, another case).
    app.post("/webhooks/stripe", (req, res) => void stripeWebhook(req, res));
    app.use(graphiqlRoutes(express.Router(), graphiqlHtml));
    // Anything else is JSON too (Express's default is an HTML page), in the shape of every other refusal.
    app.use((_req, res) => sendError(res, new HttpRefusal(404, "No such path; GraphQL is served on /graphql", ErrorCode.NOT_FOUND)));
    app.use(jsonErrorHandler(logger));
    return app;
  };
  graphqlHttp = graphqlHttpHandler({
    apollo,
    persistedOperations: persisted.operations,
    requestTimeoutMs: config.requestTimeoutMs,
    browserPage: GRAPHIQL_PATH,
    onInternalError: (error) => logger.error({ err: describeInternalError(error) }, "graphql request failed"),
    context: async (req) => {
      try {
        return createContext(await authenticateHeader(singleAuthorization(req.headersDistinct.authorization)), clientIp(req), String(req.id));
      } catch (error) {
        // A request whose credentials fail ends here, with the error's own status.
        if (error instanceof AppError) {
          throw new AppError(error.extensions.code as ErrorCode, error.message, { ...error.extensions, http: { status: error.httpStatus } });
        }
        // Checking the account needs the database: when it is down, a retryable 503.
        if (isDatabaseUnavailable(error)) {
          const unavailable = serviceUnavailable();
          throw new AppError(ErrorCode.SERVICE_UNAVAILABLE, unavailable.message, { ...unavailable.extensions, http: { status: 503 } });
        }
        throw error;
      }
    },
  });

  await new Promise<void>((resolve, reject) => {
    httpServer.once("error", (error) => reject(listenFailure(error, config.port, config.host)));
    httpServer.listen(config.port, config.host, () => resolve());
  });
  const { port } = httpServer.address() as AddressInfo;

  // Offers nobody answered in time move to the next workshop.
  const expiryTimer =
    config.escalations.expiryIntervalSeconds > 0
      ? setInterval(() => {
          services.escalations.expireStaleOffers().catch((error: unknown) => logger.error({ err: error instanceof Error ? error.message : String(error) }, "offer expiry failed"));
        }, config.escalations.expiryIntervalSeconds * 1000).unref()
      : null;
  // Shares whose payout terms have run, or whose payee can now take payouts, are transferred.
  const payoutJob =
    config.stripe && config.payouts.intervalSeconds > 0
      ? startPeriodic(
          config.payouts.intervalSeconds * 1000,
          async (signal) => {
            const settled = await services.payments.settleDeferredCaptures(signal);
            if (settled > 0) logger.info({ payments: settled }, "repair captures settled after Stripe failed at completion");
            const captured = await services.payments.captureAgingAuthorizations(new Date(), signal);
            if (captured > 0) logger.info({ payments: captured }, "escrowed authorizations captured before they lapse");
            const run = await services.payouts.runDue(null, new Date(), signal);
            for (const failure of run.failures) logger.warn({ transferId: failure.transferId, err: failure.message }, "payout refused");
            if (run.transferCount > 0) logger.info({ transfers: run.transferCount, amountCents: run.amountCents }, "payouts sent");
          },
          (error) => logger.error({ err: error instanceof Error ? error.message : String(error) }, "payout run failed"),
        )
      : null;
  const host = config.host === "0.0.0.0" || config.host === "::" ? "localhost" : config.host;

  return {
    url: `http://${host}:${port}`,
    port,
    services,
    httpServer,
    websockets: { open: () => ws.wsServer.clients.size, tracked: () => ws.trackedClients() },
    schema,
    fanout,
    pubSubTransport: pubSub.transport,
    async close() {
      stopping = true;
      if (expiryTimer) clearInterval(expiryTimer);
      // Before the database closes: a run in progress finishes the transfer in hand and stops.
      await payoutJob?.stop();
      await apollo.stop();
      for (const listener of accountListeners) {
        await listener.events.return?.();
        await listener.done;
      }
      await pubSub.close();
    },
  };
}

/**
 * Malformed or oversized bodies get a GraphQL-shaped JSON error, never an HTML page or a stack.
 * Anything else that reaches here (a route that threw: a failed metrics scrape, say) is an
 * internal error: logged at error with its type, code and stack frames, answered 500.
 */
export function jsonErrorHandler(logger: Logger): ErrorRequestHandler {
  return (error, req, res, next) => {
    if (res.headersSent) return next(error); // e.g. a timed-out request whose work finished late
    const status = typeof error?.status === "number" && error.status >= 400 && error.status < 500 ? error.status : 500;
    if (status === 500) logger.error({ err: describeInternalError(error), path: pathOf(req.url) }, "route failed");
    const message = error?.type === "entity.too.large" ? BODY_TOO_LARGE : status === 400 ? "Malformed JSON body" : status < 500 ? "Bad request" : "Internal server error";
    res.status(status).json({ errors: [{ message, extensions: { code: status < 500 ? "BAD_REQUEST" : ErrorCode.INTERNAL_SERVER_ERROR } }] });
  };
}
