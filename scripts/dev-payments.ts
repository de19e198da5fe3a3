// `npm run dev:payments`: the API (as `npm start` runs it, on the embedded database unless
// DATABASE_URL is set) with payments on, against the test suite's local fake of Stripe's HTTP API
// (tests/support/fake-stripe.ts), so a front end can take a customer through paying without a
// Stripe account or the network. What a card form and Stripe's webhooks would do is asked of a
// small control server (DEV_STRIPE_PORT, default 4242):
//   POST /payment_intents/<id>/confirm   the customer confirms the PaymentIntent (its id is the
//                                        first part of the client secret payDiagnostic/payQuote
//                                        answer); Stripe's signed event is sent to the API
//   POST /accounts/<id>/onboard          the payee finishes Stripe's hosted onboarding (the id is
//                                        in the URL startPayoutOnboarding answers: .../acct_.../...)
//   GET  /                               the fake's PaymentIntents and accounts, newest last
// The fake keeps its objects in memory: after a restart it knows none of the payments the
// database holds from before (as the demo world's `pi_demo_*`), so their refunds fail.
// With a real Stripe test-mode key instead, set STRIPE_SECRET_KEY and STRIPE_WEBHOOK_SECRET and
// forward events with the Stripe CLI (`stripe listen --forward-to localhost:4000/webhooks/stripe`).
import { spawn } from "node:child_process";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { fileURLToPath } from "node:url";
import { startFakeStripe, type FakeStripe } from "../tests/support/fake-stripe.ts";

/** The fake Stripe and its control server, for `apiUrl`'s `/webhooks/stripe`. */
export interface DevStripe {
  fake: FakeStripe;
  /** The control server's base URL, e.g. http://127.0.0.1:4242. */
  controlUrl: string;
  /** The environment that points the API at the fake. */
  env: { STRIPE_SECRET_KEY: string; STRIPE_API_BASE: string; STRIPE_WEBHOOK_SECRET: string };
  close(): Promise<void>;
}

/**
 * Starts the fake Stripe and the control server on `port` (0: any free one). Each control request
 * changes the fake as the customer or payee would at Stripe, then delivers Stripe's signed event
 * to `apiUrl()`'s webhook and answers `{ object, webhookStatus }` (200; 404 for an unknown
 * PaymentIntent or account, 400 for an unknown path).
 */
export async function startDevStripe(apiUrl: () => string, port: number): Promise<DevStripe> {
  const fake = await startFakeStripe();
  async function deliver(type: string, object: Record<string, unknown>, account?: string): Promise<number> {
    const { payload, signature } = fake.signedEvent(type, object, undefined, account);
    const response = await fetch(`${apiUrl()}/webhooks/stripe`, { method: "POST", headers: { "content-type": "application/json", "stripe-signature": signature }, body: payload });
    return response.status;
  }
  const routes: Array<[RegExp, (id: string) => Promise<{ object: Record<string, unknown>; webhookStatus: number } | null>]> = [
    [
      /^\/payment_intents\/([\w-]+)\/confirm$/,
      async (id) => {
        if (!fake.paymentIntents.has(id)) return null;
        const intent = fake.confirm(id);
        // A manually captured intent (an escrowed repair) is authorized, not yet paid.
        const type = intent.status === "requires_capture" ? "payment_intent.amount_capturable_updated" : "payment_intent.succeeded";
        return { object: intent, webhookStatus: await deliver(type, intent) };
      },
    ],
    [
      /^\/accounts\/([\w-]+)\/onboard$/,
      async (id) => {
        if (!fake.accounts.has(id)) return null;
        const account = fake.completeOnboarding(id);
        return { object: account, webhookStatus: await deliver("account.updated", account, id) };
      },
    ],
  ];
  const control: Server = createServer((request, response) => {
    const answer = (status: number, body: unknown) => response.writeHead(status, { "content-type": "application/json" }).end(JSON.stringify(body));
    if (request.method === "GET" && request.url === "/") {
      const intents = [...fake.paymentIntents.values()].map(({ id, status, amount, capture_method }) => ({ id, status, amount, capture_method }));
      const accounts = [...fake.accounts.values()].map(({ id, payouts_enabled }) => ({ id, payouts_enabled }));
      return answer(200, { paymentIntents: intents, accounts });
    }
    const route = request.method === "POST" ? routes.find(([path]) => path.test(request.url ?? "")) : undefined;
    if (!route) return answer(400, { error: "GET /, POST /payment_intents/<id>/confirm or POST /accounts/<id>/onboard" });
    const id = route[0].exec(request.url!)![1]!;
    route[1](id).then(
      (done) => (done ? answer(200, done) : answer(404, { error: `no such object at the fake Stripe: ${id}` })),
      (error: unknown) => answer(502, { error: `the API's webhook could not be reached: ${String(error)}` }),
    );
  });
  try {
    await new Promise<void>((resolve, reject) => control.once("error", reject).listen(port, "127.0.0.1", resolve));
  } catch (error) {
    await fake.close();
    throw error;
  }
  return {
    fake,
    controlUrl: `http://127.0.0.1:${(control.address() as AddressInfo).port}`,
    env: { STRIPE_SECRET_KEY: "sk_test_dev_payments", STRIPE_API_BASE: fake.url, STRIPE_WEBHOOK_SECRET: fake.webhookSecret },
    async close() {
      await new Promise<void>((resolve) => control.close(() => resolve()));
      await fake.close();
    },
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const apiPort = process.env.PORT ?? "4000";
  const controlPort = Number(process.env.DEV_STRIPE_PORT ?? 4242);
  const dev = await startDevStripe(() => `http://127.0.0.1:${apiPort}`, controlPort).catch((error: NodeJS.ErrnoException) => {
    console.error(error.code === "EADDRINUSE" ? `Port ${controlPort} is taken: set DEV_STRIPE_PORT to a free one` : `The fake Stripe did not start: ${error.message}`);
    process.exit(1);
  });
  console.log(`fake Stripe at ${dev.fake.url}; confirm a payment with: curl -X POST ${dev.controlUrl}/payment_intents/<pi_id>/confirm`);
  const api = spawn(process.execPath, ["--no-regexp-tier-up", fileURLToPath(new URL("./start.mjs", import.meta.url))], { stdio: "inherit", env: { ...process.env, ...dev.env } });
  for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => api.kill(signal));
  api.on("exit", (code) => void dev.close().then(() => process.exit(code ?? 0)));
}
