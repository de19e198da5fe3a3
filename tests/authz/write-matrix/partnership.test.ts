// The write-side privacy matrix of partnerships (issue 17), generated from partnership.machine.ts:
// every status move attempted by each role as a party (the partnership's mechanic or partner;
// admins are party to every partnership) and as a stranger, and anonymously. Applying is no move
// of an existing partnership (any mechanic may apply to any partner): its refusals are specified in
// tests/partnerships/partnership-flow.test.ts.
import { partnershipMachine } from "../../../src/modules/partnerships/partnership.machine.ts";
import { createMechanic, type CreatedUser } from "../../factories/index.ts";
import { ACCEPT, APPLY, applyInput, createPartnerOrg, VERIFY } from "../../factories/partnerships.ts";
import type { TestApp } from "../../setup/test-app.ts";
import { appSpec } from "../../support/app-spec.ts";
import { describeWriteMatrix, traceOf, type Arranged } from "./harness.ts";

const SUSPEND = `mutation ($id: ID!) { suspendPartnership(partnershipId: $id, reason: "Quality hold") { id status } }`;
const RESUME = `mutation ($id: ID!) { resumePartnership(partnershipId: $id) { id status } }`;
const TERMINATE = `mutation ($id: ID!) { terminatePartnership(partnershipId: $id, reason: "Contract ended") { id status } }`;

let app: TestApp;
let admin: CreatedUser;
appSpec((world) => ({ app, admin } = world));

type Stage = "APPLIED" | "ACCEPTED" | "ACTIVE";

/** A fresh mechanic and partner, and their partnership taken through the API to `stage`. */
async function partnership(stage: Stage): Promise<{ id: string; mechanic: CreatedUser; partner: CreatedUser }> {
  const mechanic = await createMechanic(app);
  const partner = await createPartnerOrg(app);
  const step = async (query: string, variables: Record<string, unknown>, token: string) => {
    const response = await app.gql(query, variables, token);
    if (response.errors) throw new Error(response.body);
    return response.data as Record<string, { id: string }>;
  };
  const { id } = (await step(APPLY, { input: applyInput(partner.id) }, mechanic.token)).applyForPartnership!;
  if (stage !== "APPLIED") await step(ACCEPT, { id }, partner.token);
  if (stage === "ACTIVE") await step(VERIFY, { id }, admin.token);
  return { id, mechanic, partner };
}

/** A scenario whose record is the partnership at `stage` and whose attempt is `query` on it. */
const attemptOn = (stage: Stage, query: string) => async (): Promise<Arranged> => {
  const { id, mechanic, partner } = await partnership(stage);
  return { parties: { MECHANIC: mechanic, PARTNER: partner }, attempt: (token) => app.gql(query, { id }, token), trace: partnershipTrace(id) };
};

/** The partnership's trace: its status and the audit rows naming it. */
const partnershipTrace = (id: string) => traceOf(app, id, async () => (await app.prisma.partnership.findUnique({ where: { id } }))?.status);

describeWriteMatrix(() => app, partnershipMachine, {
  acceptTerms: { arrange: attemptOn("APPLIED", ACCEPT) },
  verify: { arrange: attemptOn("ACCEPTED", VERIFY) },
  suspend: { arrange: attemptOn("ACTIVE", SUSPEND) },
  // A suspension is lifted only by whoever imposed it (partnership.policy.ts's actor scope): the
  // party to a resume is the party that suspended. So the partnership is suspended by the party
  // holding the attempt's token (by its mechanic for anyone else: strangers, admins) before the
  // attempt; the party that did not suspend it is refused FORBIDDEN (partnership-flow.test.ts).
  resume: {
    async arrange() {
      const { id, mechanic, partner } = await partnership("ACTIVE");
      return {
        parties: { MECHANIC: mechanic, PARTNER: partner },
        async ready(token) {
          const suspender = [mechanic, partner].find((party) => party.token === token) ?? mechanic;
          const suspended = await app.gql(SUSPEND, { id }, suspender.token);
          if (suspended.errors) throw new Error(suspended.body);
        },
        attempt: (token) => app.gql(RESUME, { id }, token),
        trace: partnershipTrace(id),
      };
    },
  },
  terminate: { arrange: attemptOn("ACTIVE", TERMINATE), from: ["ACTIVE"] },
});
