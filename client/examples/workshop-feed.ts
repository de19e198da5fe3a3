// npm run example:workshop-feed: signs in as a demo workshop advisor and prints escalations
// offered to the workshop as they arrive. Start the API first (npm start).
//   AUTODOCTOR_URL   default http://127.0.0.1:4000/graphql
//   ADVISOR_EMAIL    default advisor.okoye@demo.autodoctor.test (password autodoctor-demo): Rose City
//                    Garage, offered the demo's one escalation still to come (mechanic.maya escalating
//                    Carmen's completed session, README Quickstart)
import WebSocket from "ws";
import { EscalationCreatedDocument } from "../generated/graphql.ts";
import { AutoDoctorError, createAutoDoctorClient } from "../src/autodoctor-client.ts";

const url = process.env.AUTODOCTOR_URL ?? "http://127.0.0.1:4000/graphql";
const email = process.env.ADVISOR_EMAIL ?? "advisor.okoye@demo.autodoctor.test";
const client = createAutoDoctorClient({ url, webSocketImpl: WebSocket });

const { user } = await client.signIn(email, process.env.ADVISOR_PASSWORD ?? "autodoctor-demo").catch((error: unknown) => {
  // Say what to do instead of a stack trace: the API answered and refused the account (a wrong
  // password, a server without the demo accounts), or it could not be reached (the usual first-run mistake).
  if (error instanceof AutoDoctorError) {
    console.error(`The API at ${url} refused to sign in ${email} (${error.code}: ${error.message}). Set ADVISOR_EMAIL and ADVISOR_PASSWORD to a workshop advisor's account.`);
  } else {
    const cause = (error as { cause?: { code?: string } }).cause;
    const reason = cause?.code ?? (error instanceof Error ? error.message : String(error));
    console.error(`Cannot reach the API at ${url} (${reason}). Start it with \`npm start\`, or set AUTODOCTOR_URL.`);
  }
  process.exit(1);
});
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
    error: (error) => console.error(`feed error ${error.code}: ${error.message}`),
  },
);
process.once("SIGINT", () => {
  client.close();
  process.exit(0);
});
