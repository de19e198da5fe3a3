// npm run example:workshop-feed: signs in as a demo workshop advisor and prints escalations
// offered to the workshop as they arrive. Start the API first (npm start).
//   AUTODOCTOR_URL   default http://127.0.0.1:4000/graphql
//   ADVISOR_EMAIL    default advisor.okoye@demo.autodoctor.test (password autodoctor-demo): Rose City
//                    Garage, offered the demo's one escalation still to come (mechanic.maya escalating
//                    Carmen's completed session, README Quickstart)
//   FEED_RECONNECT_ATTEMPTS  default 8 (about 40 s): reconnects in a row, each said on stderr, before
//                    it gives up with exit 1 when the API goes away
import WebSocket from "ws";
import { EscalationCreatedDocument } from "../generated/graphql.ts";
import { AutoDoctorError, createAutoDoctorClient } from "../src/autodoctor-client.ts";

const url = process.env.AUTODOCTOR_URL ?? "http://127.0.0.1:4000/graphql";
const email = process.env.ADVISOR_EMAIL ?? "advisor.okoye@demo.autodoctor.test";
const reconnectAttempts = Number(process.env.FEED_RECONNECT_ATTEMPTS ?? 8);

/** Refusals that are about the account (wrong password, suspended, no such user), not about where the API is. */
const ACCOUNT_REFUSALS = new Set(["UNAUTHENTICATED", "FORBIDDEN", "BAD_USER_INPUT", "RATE_LIMITED"]);
const URL_ADVICE = "Set AUTODOCTOR_URL to the API's GraphQL endpoint, e.g. http://127.0.0.1:4000/graphql.";

/** Whether `text` is an absolute http(s) URL (anything else could never be the API, running or not). */
function isHttpUrl(text: string): boolean {
  return URL.canParse(text) && ["http:", "https:"].includes(new URL(text).protocol);
}
if (!isHttpUrl(url)) {
  console.error(`AUTODOCTOR_URL "${url}" is not a valid http(s) URL. ${URL_ADVICE}`);
  process.exit(1);
}
if (!Number.isSafeInteger(reconnectAttempts) || reconnectAttempts < 0) {
  console.error(`FEED_RECONNECT_ATTEMPTS "${process.env.FEED_RECONNECT_ATTEMPTS}" is not a whole number of attempts (0 or more).`);
  process.exit(1);
}

const client = createAutoDoctorClient({
  url,
  webSocketImpl: WebSocket,
  // Forever would sit silent while the API is gone: each attempt is said, and the feed gives up (error below).
  reconnect: {
    attempts: reconnectAttempts,
    onRetry: (attempt, waitMs) => console.error(`Lost the connection to the API at ${url}; retrying in ${(waitMs / 1000).toFixed(1)} s (attempt ${attempt} of ${reconnectAttempts}).`),
    onReconnected: () => console.error("Reconnected; waiting for escalations."),
  },
});

/** Prints why the example cannot go on, and what to do about it, then exits 1. */
function stop(message: string): never {
  console.error(message);
  client.close();
  process.exit(1);
}

const { user } = await client.signIn(email, process.env.ADVISOR_PASSWORD ?? "autodoctor-demo").catch((error: unknown) => {
  // Say what to do instead of a stack trace: the API answered and refused the account (a wrong
  // password, a server without the demo accounts), something answered that is not the API's
  // endpoint (a wrong path), or nothing could be reached (the usual first-run mistake).
  if (error instanceof AutoDoctorError && ACCOUNT_REFUSALS.has(error.code)) {
    stop(`The API at ${url} refused to sign in ${email} (${error.code}: ${error.message}). Set ADVISOR_EMAIL and ADVISOR_PASSWORD to a workshop advisor's account.`);
  }
  if (error instanceof AutoDoctorError || error instanceof SyntaxError) {
    stop(`${url} did not answer as the AutoDoctor API's GraphQL endpoint (${error instanceof AutoDoctorError ? `${error.code}: ${error.message}` : "not a GraphQL answer"}). ${URL_ADVICE}`);
  }
  const cause = (error as { cause?: { code?: string } }).cause;
  const reason = cause?.code ?? (error instanceof Error ? error.message : String(error));
  return stop(`Cannot reach the API at ${url} (${reason}). Start it with \`npm start\`, or ${URL_ADVICE.charAt(0).toLowerCase()}${URL_ADVICE.slice(1)}`);
});
// Only a workshop's service advisor is offered escalations: any other account would wait for a feed it may not read.
if (user.role !== "WORKSHOP_ADVISOR") {
  stop(
    `${email} signed in as ${/^[AEIOU]/.test(user.role) ? "an" : "a"} ${user.role}, not a workshop advisor: set ADVISOR_EMAIL and ADVISOR_PASSWORD to a workshop advisor's account (e.g. advisor.okoye@demo.autodoctor.test).`,
  );
}
console.log(`Signed in as ${email} (${user.role}); waiting for escalations. Ctrl-C to stop.`);
client.subscribe(
  EscalationCreatedDocument,
  {},
  {
    next: ({ escalationCreated: e }) => {
      const vehicle = e.session.vehicle;
      console.log(
        `[${new Date().toISOString()}] escalation ${e.id} (${e.status}): ${e.customer?.firstName ?? "?"} ${e.customer?.lastInitial ?? ""}. in ${e.customer?.city ?? "?"}, ` +
          `${vehicle.year} ${vehicle.make} ${vehicle.model}: ${e.session.diagnosis ?? e.session.concern} [${e.session.recommendedServices.join(", ")}]`,
      );
    },
    // The feed is all this example does: once it fails there is nothing left to wait for.
    error: (error) =>
      stop(
        error.code === "CONNECTION_CLOSED"
          ? `Gave up on the API at ${url} after ${reconnectAttempts} reconnect attempts. Start it again with \`npm start\`, then rerun this example.`
          : `feed error ${error.code}: ${error.message}`,
      ),
  },
);
process.once("SIGINT", () => {
  client.close();
  process.exit(0);
});
