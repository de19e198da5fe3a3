import { hkdfSync } from "node:crypto";
import { z } from "zod";
import type { DetectionStage } from "../domain/contacts/contact-detector.ts";
import { DEFAULT_PLATFORM_DOMAINS, platformDomainProblem } from "../domain/contacts/platform-domains.ts";
import { feePolicyProblems, SEED_FEE_POLICY, type FeePolicy } from "../domain/money/fee-policy.ts";
import { MAX_QUOTE_TOTAL_CENTS } from "../domain/money/pricing.ts";
import type { AuthSettings } from "../platform/auth/tokens.ts";
import { dataDirProblem } from "../platform/db/data-dir-lock.ts";
import type { DatabaseSettings } from "../platform/db/database.ts";
import type { MailSettings } from "../platform/mail/mail-transport.ts";
import { invalidTrustedProxy } from "../platform/server/client-ip.ts";
import type { WsLimits } from "../platform/server/graphql-ws.ts";
import type { LogLevel } from "../platform/server/logger.ts";
import type { QueryLimits } from "../platform/server/query-limits.ts";
import type { RateLimitConfig } from "../platform/server/rate-limit.ts";
import type { TracingConfig } from "../platform/server/tracing.ts";

/**
 * Every setting, read from the environment and validated once at start-up. A bad value stops the
 * process with one line per problem, naming the variable. README's configuration table mirrors this.
 */
const DEV_JWT_SECRET = "autodoctor-development-secret-do-not-use-in-production";

const optionalUrl = z.string().trim().url().optional();

/** `https://host[:port]` exactly as a browser sends it in `Origin`: no wildcard, path, query or trailing slash. */
function isExactOrigin(value: string): boolean {
  try {
    const url = new URL(value);
    return (url.protocol === "https:" || url.protocol === "http:") && /^([a-z0-9-]+\.)*[a-z0-9-]+$|^\[[0-9a-f:.]+\]$/.test(url.hostname) && url.origin === value;
  } catch {
    return false;
  }
}

/** A comma-separated list: each entry trimmed, empty ones dropped; unset, none. */
const commaList = z
  .string()
  .default("")
  .transform((v) =>
    v
      .split(",")
      .map((entry) => entry.trim())
      .filter(Boolean),
  );

/**
 * OpenTelemetry's standard variables for the trace exporter. Parsed on their own as well
 * (`loadTracingConfig`), by `instrumentation.ts`, before anything that tracing instruments is loaded.
 */
const tracingSchema = z.object({
  OTEL_EXPORTER_OTLP_ENDPOINT: optionalUrl.refine((v) => v === undefined || /^https?:\/\//i.test(v), "must be an http(s) URL (OTLP over HTTP)"),
  // `key=value,key=value`, values percent-encoded (the OTLP exporter specification).
  OTEL_EXPORTER_OTLP_HEADERS: z
    .string()
    .default("")
    .transform((v, ctx) => {
      const headers: Record<string, string> = {};
      for (const pair of v
        .split(",")
        .map((entry) => entry.trim())
        .filter(Boolean)) {
        const at = pair.indexOf("=");
        try {
          if (at < 1) throw new Error();
          headers[decodeURIComponent(pair.slice(0, at).trim())] = decodeURIComponent(pair.slice(at + 1).trim());
        } catch {
          ctx.addIssue({ code: "custom", message: "must be comma-separated key=value pairs (values percent-encoded)" });
          return z.NEVER;
        }
      }
      return headers;
    }),
  OTEL_SERVICE_NAME: z
    .string()
    .trim()
    .optional()
    .transform((v) => v || "autodoctor-api"),
});

const envVariables = z.object({
  ...tracingSchema.shape,
  NODE_ENV: z
    .enum(["development", "production", "test"], {
      // A blank one reaches here on purpose (BLANK_IS_INVALID): say why it is refused, not only what is allowed.
      error: (issue) =>
        typeof issue.input === "string" && issue.input.trim() === ""
          ? "is blank, which is refused rather than read as development (it would bring the demo admin and open introspection): set it to development, production or test, or leave it unset"
          : undefined,
    })
    .default("development"),
  HOST: z.string().default("127.0.0.1"),
  PORT: z.coerce.number().int().min(0).max(65535).default(4000),
  DATABASE_URL: optionalUrl,
  EMBEDDED_DATA_DIR: z.string().default("./.data"),
  DB_POOL_SIZE: z.coerce.number().int().min(1).max(100).default(10),
  DB_PREPARED_STATEMENTS: z.enum(["on", "off"]).default("on"),
  REDIS_URL: optionalUrl,
  JWT_SECRET: z.string().optional(),
  JWT_TTL_SECONDS: z.coerce
    .number()
    .int()
    .min(60)
    .max(30 * 24 * 3600)
    .default(3600),
  JWT_ISSUER: z.string().default("autodoctor-api"),
  JWT_AUDIENCE: z.string().default("autodoctor"),
  EXTERNAL_JWKS_URL: optionalUrl,
  EXTERNAL_JWT_ISSUER: z.string().optional(),
  EXTERNAL_JWT_AUDIENCE: z.string().optional(),
  ADMIN_EMAIL: z.string().email().optional(),
  ADMIN_PASSWORD: z.string().min(12, "must be at least 12 characters").optional(),
  SEED_DEMO_DATA: z.enum(["auto", "always", "never"]).default("auto"),
  // Fee defaults are the seeds' policy (modules/payments/fee-policy.ts).
  DIAGNOSTIC_PRICE_CENTS: z.coerce.number().int().min(0).default(SEED_FEE_POLICY.diagnosticPriceCents),
  PLATFORM_FEE_BP: z.coerce.number().int().min(0).max(10_000).default(SEED_FEE_POLICY.platformFeeBasisPoints),
  REFERRAL_FEE_BP: z.coerce.number().int().min(0).max(10_000).default(SEED_FEE_POLICY.referralFeeBasisPoints),
  ESCROW_THRESHOLD_CENTS: z.coerce.number().int().min(1).default(500_000),
  PARTNERSHIP_PLATFORM_FEE_BP: z.coerce.number().int().min(0).max(10_000).default(SEED_FEE_POLICY.partnership.platformFeeBasisPoints),
  PARTNERSHIP_COMMISSION_WORKSHOP_BP: z.coerce.number().int().min(0).max(10_000).default(SEED_FEE_POLICY.partnership.commissionBasisPoints.WORKSHOP),
  PARTNERSHIP_COMMISSION_SUPPLIER_BP: z.coerce.number().int().min(0).max(10_000).default(SEED_FEE_POLICY.partnership.commissionBasisPoints.SUPPLIER),
  PARTNERSHIP_COMMISSION_NETWORK_BP: z.coerce.number().int().min(0).max(10_000).default(SEED_FEE_POLICY.partnership.commissionBasisPoints.NETWORK),
  PARTNERSHIP_MARKUP_ALERT_BP: z.coerce.number().int().min(10_000).default(25_000),
  // Seed 000 "Pricing Controls: Max quote amount limits": the most a partnership's monthly quote limit may be.
  PARTNERSHIP_MAX_MONTHLY_QUOTE_CENTS: z.coerce.number().int().min(1).max(MAX_QUOTE_TOTAL_CENTS).default(5_000_000),
  // Seed 000 "Customer complaints affect partnership": upheld complaints that suspend a partnership.
  PARTNERSHIP_COMPLAINTS_TO_SUSPEND: z.coerce.number().int().min(1).max(1000).default(3),
  STRIPE_SECRET_KEY: z.string().trim().optional(),
  STRIPE_WEBHOOK_SECRET: z.string().trim().optional(),
  STRIPE_API_BASE: optionalUrl,
  PAYOUT_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(3600),
  // Card authorizations lapse after about 7 days: escrowed repairs are captured before that.
  AUTHORIZATION_CAPTURE_AFTER_HOURS: z.coerce.number().int().min(1).max(156).default(144),
  STRIPE_CONNECT_REFRESH_URL: z.string().trim().url().default("http://localhost:3000/payouts/onboarding/refresh"),
  STRIPE_CONNECT_RETURN_URL: z.string().trim().url().default("http://localhost:3000/payouts/onboarding/done"),
  MECHANIC_NO_SHOW_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(7 * 24 * 60)
    .default(30),
  CANCEL_AFTER_CLAIM_GRACE_SECONDS: z.coerce.number().int().min(0).max(3600).default(60),
  ESCALATION_RESPONSE_MINUTES: z.coerce
    .number()
    .int()
    .min(1)
    .max(30 * 24 * 60)
    .default(1440),
  ESCALATION_EXPIRY_INTERVAL_SECONDS: z.coerce.number().int().min(0).max(86_400).default(60),
  SHUTDOWN_TIMEOUT_MS: z.coerce.number().int().min(0).default(10_000),
  WS_MAX_CONNECTIONS: z.coerce.number().int().min(1).default(10_000),
  WS_MAX_CONNECTIONS_PER_USER: z.coerce.number().int().min(1).default(10),
  WS_MAX_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).default(100),
  WS_MAX_ANONYMOUS_CONNECTIONS_PER_IP: z.coerce.number().int().min(1).default(10),
  WS_ANONYMOUS_IDLE_MS: z.coerce.number().int().min(100).default(30_000),
  WS_CONNECTION_INIT_WAIT_MS: z.coerce.number().int().min(100).default(3_000),
  WS_MAX_SUBSCRIPTIONS_PER_SOCKET: z.coerce.number().int().min(1).default(50),
  WS_MAX_BUFFERED_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(4 * 1024 * 1024),
  LOG_LEVEL: z.enum(["silent", "error", "warn", "info", "debug"]).default("info"),
  PERSISTED_OPERATIONS: z.enum(["allow", "only"]).default("allow"),
  METRICS_TOKEN: z.string().min(16, "must be at least 16 characters").optional(),
  REQUEST_TIMEOUT_MS: z.coerce.number().int().min(100).default(30_000),
  GRAPHQL_COMPILE_AFTER: z.coerce.number().int().min(0).default(2),
  RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  AUTH_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  RATE_LIMIT_KEY_PREFIX: z.string().min(1).default("autodoctor:ratelimit"),
  TRUSTED_PROXIES: commaList,
  QUERY_MAX_DEPTH: z.coerce.number().int().min(1).default(8),
  QUERY_MAX_ALIASES: z.coerce.number().int().min(0).default(15),
  QUERY_MAX_TOKENS: z.coerce.number().int().min(10).default(1000),
  QUERY_MAX_DIRECTIVES: z.coerce.number().int().min(0).default(50),
  QUERY_MAX_COST: z.coerce.number().int().min(1).default(5000),
  QUERY_MAX_INPUT_VALUES: z.coerce.number().int().min(1).default(1000),
  MEDIA_URL_HOSTS: z
    .string()
    .default("media.autodoctor.app")
    .transform((v) =>
      v
        .split(",")
        .map((host) => host.trim().toLowerCase())
        .filter(Boolean),
    )
    .pipe(z.array(z.string().regex(/^[a-z0-9.-]+(:\d+)?$/, "must be a comma-separated list of host names")).min(1, "must name at least one host")),
  // The contact detector's final say: the trained second stage after the rules (measured to cut false positives on unseen chat), or the rules alone.
  CONTACT_DETECTION_STAGE: z.enum(["trained", "rules"]).default("trained"),
  // The platform's own domains: links to them and mail from them are no contact detail in chat or monitored text.
  PLATFORM_DOMAINS: z
    .string()
    .default(DEFAULT_PLATFORM_DOMAINS.join(","))
    .transform((v) =>
      v
        .split(",")
        .map((host) => host.trim().toLowerCase().replace(/\.$/, ""))
        .filter(Boolean),
    )
    .pipe(
      z
        .array(z.string())
        .min(1, "must name at least one domain")
        .superRefine((domains, ctx) => {
          for (const domain of domains) {
            const problem = platformDomainProblem(domain);
            if (problem) ctx.addIssue({ code: "custom", message: `"${domain.slice(0, 100)}" ${problem}` });
          }
        }),
    ),
  // The outbox is readable (mailOutbox) only outside production; production should set smtp.
  MAIL_TRANSPORT: z.enum(["outbox", "smtp"]).default("outbox"),
  SMTP_URL: z
    .string()
    .trim()
    .url()
    .refine((v) => /^smtps?:\/\//i.test(v), "must be an smtp:// or smtps:// URL")
    .optional(),
  MAIL_FROM: z.string().trim().email().default("no-reply@autodoctor.app"),
  PASSWORD_RESET_TTL_MINUTES: z.coerce
    .number()
    .int()
    .min(5)
    .max(24 * 60)
    .default(30),
  CORS_ORIGINS: commaList,
});

/** Every variable the configuration reads, by name (`.env.example` and the README list them all). */
export const CONFIG_VARIABLES: readonly string[] = Object.keys(envVariables.shape);

const envSchema = envVariables.superRefine((env, ctx) => {
  if (env.NODE_ENV === "production" && (!env.JWT_SECRET || env.JWT_SECRET.length < 32)) {
    ctx.addIssue({ code: "custom", path: ["JWT_SECRET"], message: "must be set to at least 32 characters in production" });
  }
  // The development secret is in this repository: anyone could sign an admin's token with it.
  if (env.NODE_ENV === "production" && env.JWT_SECRET === DEV_JWT_SECRET) {
    ctx.addIssue({ code: "custom", path: ["JWT_SECRET"], message: "must not be the public development secret in production; generate one, e.g. `openssl rand -base64 48`" });
  }
  // Demo accounts share a published password: a production database never gets them.
  if (env.NODE_ENV === "production" && env.SEED_DEMO_DATA === "always") {
    ctx.addIssue({ code: "custom", path: ["SEED_DEMO_DATA"], message: "must not be `always` in production: the demo accounts' password is public" });
  }
  // In production the rule above already says it (once is enough).
  if (env.NODE_ENV !== "production" && env.JWT_SECRET !== undefined && env.JWT_SECRET.length < 32) {
    ctx.addIssue({ code: "custom", path: ["JWT_SECRET"], message: "must be at least 32 characters" });
  }
  if (Boolean(env.ADMIN_EMAIL) !== Boolean(env.ADMIN_PASSWORD)) {
    ctx.addIssue({ code: "custom", path: ["ADMIN_PASSWORD"], message: "ADMIN_EMAIL and ADMIN_PASSWORD go together" });
  }
  // The platform pays referrals and commissions out of its own fee: none may exceed the fee it
  // comes from, and a partnership commission must leave the platform a margin of it.
  for (const problem of feePolicyProblems(feePolicyOf(env))) {
    const variable = problem.setting === "referralFeeBasisPoints" ? "REFERRAL_FEE_BP" : `PARTNERSHIP_COMMISSION_${problem.setting.split(".")[1]}_BP`;
    const fee = problem.setting === "referralFeeBasisPoints" ? "PLATFORM_FEE_BP" : "PARTNERSHIP_PLATFORM_FEE_BP";
    ctx.addIssue({ code: "custom", path: [variable], message: `${problem.bound === "below" ? "must be below" : "must not exceed"} ${fee}: ${problem.message}` });
  }
  const badProxy = invalidTrustedProxy(env.TRUSTED_PROXIES);
  if (badProxy !== undefined) {
    ctx.addIssue({ code: "custom", path: ["TRUSTED_PROXIES"], message: `"${badProxy}" is not an IP address, a CIDR, or loopback/linklocal/uniquelocal` });
  }
  const badOrigin = env.CORS_ORIGINS.find((origin) => !isExactOrigin(origin));
  if (badOrigin !== undefined) {
    ctx.addIssue({
      code: "custom",
      path: ["CORS_ORIGINS"],
      message: `"${badOrigin.slice(0, 100)}" is not an exact origin such as https://app.example.com (scheme, host and optional port; no wildcard, path or trailing slash)`,
    });
  }
  if (env.MAIL_TRANSPORT === "smtp" && !env.SMTP_URL) {
    ctx.addIssue({ code: "custom", path: ["SMTP_URL"], message: "is required with MAIL_TRANSPORT=smtp" });
  }
  if (env.DATABASE_URL && !/^postgres(?:ql)?:$/.test(new URL(env.DATABASE_URL).protocol)) {
    ctx.addIssue({ code: "custom", path: ["DATABASE_URL"], message: "must be a PostgreSQL URL (postgres:// or postgresql://)" });
  }
  // Without DATABASE_URL the embedded database lives there: a directory it cannot create or write
  // hung the start (/proc/...) or failed it only after an unhandled rejection.
  const dataDir = env.DATABASE_URL ? undefined : dataDirProblem(env.EMBEDDED_DATA_DIR);
  if (dataDir !== undefined) {
    ctx.addIssue({ code: "custom", path: ["EMBEDDED_DATA_DIR"], message: `${dataDir}: the embedded database cannot be kept there; set EMBEDDED_DATA_DIR to a writable directory, or DATABASE_URL` });
  }
  if (env.EXTERNAL_JWKS_URL && !env.EXTERNAL_JWT_ISSUER) {
    ctx.addIssue({ code: "custom", path: ["EXTERNAL_JWT_ISSUER"], message: "is required with EXTERNAL_JWKS_URL" });
  }
});

/** Who GET /metrics answers (Config.metrics): everyone, bearers of the token, or nobody (404). */
export type MetricsAccess = { access: "open" } | { access: "token"; token: string } | { access: "off" };

export interface Config {
  env: "development" | "production" | "test";
  production: boolean;
  host: string;
  port: number;
  database: DatabaseSettings;
  redisUrl?: string;
  auth: AuthSettings;
  /** Bootstrapped at start-up; outside production a well-known demo admin is the default. */
  admin?: { email: string; password: string };
  seedDemoData: "auto" | "always" | "never";
  /** The fee policy (modules/payments/fee-policy.ts), and the escrow threshold. */
  fees: FeePolicy & {
    /** Repairs of at least this total are authorized at payment and captured when the workshop marks them done. */
    escrowThresholdCents: number;
  };
  partnerships: {
    /** Admin abuse signal: a quote whose total is at least this multiple (bp) of the partner's own cost. */
    markupAlertBasisPoints: number;
    /** How many distinct customers with an upheld complaint against a partnership's quotes suspend it (as the system). */
    complaintsToSuspend: number;
    /** The highest monthly quote limit (cents) a partnership's permissions may set, whoever proposes them. */
    maxMonthlyQuoteCents: number;
  };
  /** Absent without STRIPE_SECRET_KEY: the server runs, payment mutations answer PAYMENTS_NOT_CONFIGURED. */
  stripe?: { secretKey: string; webhookSecret?: string; apiBase?: string };
  payouts: {
    /** How often the server pays shares that fell due (partner terms, payouts enabled later); 0 turns the timer off. */
    intervalSeconds: number;
    /**
     * Hours after an escrowed repair's payment was created at which the payout run captures its
     * authorization, before the card network lets it lapse (about 7 days); its shares stay held
     * until the repair is marked complete.
     */
    captureAuthorizationsAfterHours: number;
  };
  /** Stripe Connect onboarding: where Stripe's hosted onboarding sends a payee back (account links). */
  connect: { refreshUrl: string; returnUrl: string };
  sessions: {
    /**
     * A mechanic who claimed a session and has not started it this many minutes later is a
     * no-show: the customer may have it reassigned or refunded in full (resolveMechanicAbsence).
     */
    noShowMinutes: number;
    /**
     * A customer's cancellation this many seconds or less after a mechanic claimed the session is
     * refunded in full, as one before the claim is: the customer could not tell the claim came first.
     */
    cancelAfterClaimGraceSeconds: number;
  };
  escalations: {
    /** The longest any workshop may hold an offer unanswered (its own responseTimeoutMinutes applies below that). */
    maxResponseMinutes: number;
    /** How often the server expires unanswered offers; 0 turns the timer off. */
    expiryIntervalSeconds: number;
  };
  shutdownTimeoutMs: number;
  /** Per-operation limits, the same on HTTP and graphql-ws. */
  queryLimits: QueryLimits;
  rateLimits: RateLimitConfig;
  /** Proxies whose X-Forwarded-For is believed (addresses, CIDRs, loopback/linklocal/uniquelocal); empty: the socket's address is the client's. */
  trustedProxies: readonly string[];
  /** "only": HTTP clients other than admins may send only the generated operations, by documentId. */
  persistedOperations: "allow" | "only";
  /**
   * Who GET /metrics answers: bearers of METRICS_TOKEN when it is set; without one, everyone outside
   * production (a developer's scrape) and nobody in production, where it is not served at all (404):
   * its counters describe the traffic (operation names, error codes, connections) to anyone.
   */
  metrics: MetricsAccess;
  /**
   * HMAC key of the pseudonyms professionals read before committing to a customer
   * (authz/customer-access.ts, sessionPseudonym): derived from JWT_SECRET (HKDF-SHA-256 with a label
   * of its own), so production needs no other secret, and a new JWT_SECRET gives new pseudonyms.
   */
  pseudonymKey: Buffer;
  /** An HTTP request still running after this is answered 503 and its connection closed. */
  requestTimeoutMs: number;
  /** Runs of an operation on graphql-js before graphql-jit compiles it (server/execution.ts). */
  compileAfter: number;
  /** WebSocket limits per process and per client (server/graphql-ws.ts `WsLimits`). */
  ws: WsLimits;
  logLevel: LogLevel;
  /** OpenTelemetry tracing; absent (and costing nothing) without OTEL_EXPORTER_OTLP_ENDPOINT. */
  tracing?: TracingConfig;
  /** Hosts of the platform's media storage: the only hosts a `mediaUrls` entry may point to (authz/content-policy.ts). */
  mediaUrlHosts: readonly string[];
  /** The platform's own domains (and their subdomains): the contact detector lets their links and mail through (contact-detector.ts `detectionOptionsFor`). */
  platformDomains: readonly string[];
  /** "trained": the contact detector's trained second stage decides after the rules; "rules": the rules alone (contact-detector.ts `detectionOptionsFor`). */
  contactDetectionStage: DetectionStage;
  /** How e-mail leaves (password resets): the in-memory outbox (development, tests) or SMTP. */
  mail: MailSettings;
  /** How long a password reset token stays valid, in minutes. */
  passwordResetTtlMinutes: number;
  /** Browser origins (exact `scheme://host[:port]`) allowed to call the API cross-origin (server/cors.ts); empty: none. */
  corsOrigins: readonly string[];
}

/** The fee policy the environment configures. */
function feePolicyOf(env: {
  DIAGNOSTIC_PRICE_CENTS: number;
  PLATFORM_FEE_BP: number;
  REFERRAL_FEE_BP: number;
  PARTNERSHIP_PLATFORM_FEE_BP: number;
  PARTNERSHIP_COMMISSION_WORKSHOP_BP: number;
  PARTNERSHIP_COMMISSION_SUPPLIER_BP: number;
  PARTNERSHIP_COMMISSION_NETWORK_BP: number;
}): FeePolicy {
  return {
    diagnosticPriceCents: env.DIAGNOSTIC_PRICE_CENTS,
    platformFeeBasisPoints: env.PLATFORM_FEE_BP,
    referralFeeBasisPoints: env.REFERRAL_FEE_BP,
    partnership: {
      platformFeeBasisPoints: env.PARTNERSHIP_PLATFORM_FEE_BP,
      commissionBasisPoints: { WORKSHOP: env.PARTNERSHIP_COMMISSION_WORKSHOP_BP, SUPPLIER: env.PARTNERSHIP_COMMISSION_SUPPLIER_BP, NETWORK: env.PARTNERSHIP_COMMISSION_NETWORK_BP },
    },
  };
}

function tracingOf(env: z.infer<typeof tracingSchema>): TracingConfig | undefined {
  if (!env.OTEL_EXPORTER_OTLP_ENDPOINT) return undefined;
  return { endpoint: env.OTEL_EXPORTER_OTLP_ENDPOINT.replace(/\/+$/, ""), headers: env.OTEL_EXPORTER_OTLP_HEADERS, serviceName: env.OTEL_SERVICE_NAME };
}

/**
 * The tracing settings alone, for start-up code that runs before the rest of the configuration is
 * read; undefined when tracing is off or its variables are invalid (loadConfig then reports them).
 */
export function loadTracingConfig(environment: NodeJS.ProcessEnv = process.env): TracingConfig | undefined {
  const parsed = tracingSchema.safeParse(withoutEmpty(environment));
  return parsed.success ? tracingOf(parsed.data) : undefined;
}

export const DEMO_ADMIN = { email: "admin@demo.autodoctor.test", password: "autodoctor-admin" } as const;

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join("\n")}`);
    this.name = "ConfigError";
  }
}

/**
 * Variables that fail closed when blank. A blank NODE_ENV (`docker run -e NODE_ENV=`, or an .env
 * line left empty over the image's production setting) must not quietly mean development, with
 * its demo admin, demo data and open introspection: it is refused like any invalid value.
 */
const BLANK_IS_INVALID = new Set(["NODE_ENV"]);

/**
 * The environment without its empty variables: `VAR=` (or blanks only) means unset, so the default
 * applies. Compose's `${ADMIN_EMAIL:-}` and an .env line left blank pass empty strings.
 */
function withoutEmpty(environment: NodeJS.ProcessEnv): NodeJS.ProcessEnv {
  return Object.fromEntries(Object.entries(environment).filter(([name, value]) => value !== undefined && (value.trim() !== "" || BLANK_IS_INVALID.has(name))));
}

/** Parses the environment (an empty variable counts as unset); throws a ConfigError listing every invalid variable. */
export function loadConfig(environment: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(withoutEmpty(environment));
  if (!parsed.success) {
    throw new ConfigError(parsed.error.issues.map((issue) => `${issue.path.join(".") || "environment"}: ${issue.message}`));
  }
  const env = parsed.data;
  const production = env.NODE_ENV === "production";
  const jwtSecret = env.JWT_SECRET ?? DEV_JWT_SECRET;
  const admin = env.ADMIN_EMAIL && env.ADMIN_PASSWORD ? { email: env.ADMIN_EMAIL, password: env.ADMIN_PASSWORD } : production ? undefined : { ...DEMO_ADMIN };
  return {
    env: env.NODE_ENV,
    production,
    host: env.HOST,
    port: env.PORT,
    database: { url: env.DATABASE_URL, embeddedDataDir: env.EMBEDDED_DATA_DIR, poolSize: env.DB_POOL_SIZE, preparedStatements: env.DB_PREPARED_STATEMENTS === "on" },
    redisUrl: env.REDIS_URL,
    auth: {
      jwtSecret,
      tokenTtlSeconds: env.JWT_TTL_SECONDS,
      issuer: env.JWT_ISSUER,
      audience: env.JWT_AUDIENCE,
      external: env.EXTERNAL_JWKS_URL ? { jwksUrl: env.EXTERNAL_JWKS_URL, issuer: env.EXTERNAL_JWT_ISSUER!, audience: env.EXTERNAL_JWT_AUDIENCE } : undefined,
    },
    admin,
    // `auto` seeds a new embedded database, which production may also run on: never there.
    seedDemoData: production ? "never" : env.SEED_DEMO_DATA,
    fees: { ...feePolicyOf(env), escrowThresholdCents: env.ESCROW_THRESHOLD_CENTS },
    partnerships: {
      markupAlertBasisPoints: env.PARTNERSHIP_MARKUP_ALERT_BP,
      complaintsToSuspend: env.PARTNERSHIP_COMPLAINTS_TO_SUSPEND,
      maxMonthlyQuoteCents: env.PARTNERSHIP_MAX_MONTHLY_QUOTE_CENTS,
    },
    stripe: env.STRIPE_SECRET_KEY ? { secretKey: env.STRIPE_SECRET_KEY, webhookSecret: env.STRIPE_WEBHOOK_SECRET, apiBase: env.STRIPE_API_BASE } : undefined,
    payouts: { intervalSeconds: env.PAYOUT_INTERVAL_SECONDS, captureAuthorizationsAfterHours: env.AUTHORIZATION_CAPTURE_AFTER_HOURS },
    connect: { refreshUrl: env.STRIPE_CONNECT_REFRESH_URL, returnUrl: env.STRIPE_CONNECT_RETURN_URL },
    sessions: { noShowMinutes: env.MECHANIC_NO_SHOW_MINUTES, cancelAfterClaimGraceSeconds: env.CANCEL_AFTER_CLAIM_GRACE_SECONDS },
    escalations: { maxResponseMinutes: env.ESCALATION_RESPONSE_MINUTES, expiryIntervalSeconds: env.ESCALATION_EXPIRY_INTERVAL_SECONDS },
    shutdownTimeoutMs: env.SHUTDOWN_TIMEOUT_MS,
    pseudonymKey: Buffer.from(hkdfSync("sha256", jwtSecret, "", "autodoctor customer pseudonyms", 32)),
    metrics: env.METRICS_TOKEN ? { access: "token", token: env.METRICS_TOKEN } : { access: production ? "off" : "open" },
    persistedOperations: env.PERSISTED_OPERATIONS,
    requestTimeoutMs: env.REQUEST_TIMEOUT_MS,
    compileAfter: env.GRAPHQL_COMPILE_AFTER,
    rateLimits: { perMinute: env.RATE_LIMIT_PER_MINUTE, authPerMinute: env.AUTH_RATE_LIMIT_PER_MINUTE, keyPrefix: env.RATE_LIMIT_KEY_PREFIX },
    trustedProxies: env.TRUSTED_PROXIES,
    queryLimits: {
      maxDepth: env.QUERY_MAX_DEPTH,
      maxAliases: env.QUERY_MAX_ALIASES,
      maxTokens: env.QUERY_MAX_TOKENS,
      maxDirectives: env.QUERY_MAX_DIRECTIVES,
      maxCost: env.QUERY_MAX_COST,
      maxInputValues: env.QUERY_MAX_INPUT_VALUES,
    },
    ws: {
      maxConnections: env.WS_MAX_CONNECTIONS,
      maxConnectionsPerUser: env.WS_MAX_CONNECTIONS_PER_USER,
      maxConnectionsPerIp: env.WS_MAX_CONNECTIONS_PER_IP,
      maxAnonymousConnectionsPerIp: env.WS_MAX_ANONYMOUS_CONNECTIONS_PER_IP,
      anonymousIdleMs: env.WS_ANONYMOUS_IDLE_MS,
      connectionInitWaitMs: env.WS_CONNECTION_INIT_WAIT_MS,
      maxSubscriptionsPerSocket: env.WS_MAX_SUBSCRIPTIONS_PER_SOCKET,
      maxBufferedBytes: env.WS_MAX_BUFFERED_BYTES,
    },
    logLevel: env.LOG_LEVEL,
    tracing: tracingOf(env),
    mediaUrlHosts: env.MEDIA_URL_HOSTS,
    platformDomains: env.PLATFORM_DOMAINS,
    contactDetectionStage: env.CONTACT_DETECTION_STAGE,
    corsOrigins: env.CORS_ORIGINS,
    mail: env.MAIL_TRANSPORT === "smtp" ? { transport: "smtp", smtpUrl: env.SMTP_URL!, from: env.MAIL_FROM } : { transport: "outbox", from: env.MAIL_FROM },
    passwordResetTtlMinutes: env.PASSWORD_RESET_TTL_MINUTES,
  };
}
