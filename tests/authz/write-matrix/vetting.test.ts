// The write-side privacy matrix of mechanic vetting (mechanic-vetting.machine.ts): every move, by
// every role as a party and as a stranger, and anonymously; the expected answers come from the table.
import {} from "vitest";
import { vettingMachine } from "../../../src/modules/accounts/mechanic-vetting.machine.ts";
import type { MechanicVettingStatus } from "../../../src/platform/db/generated/enums.ts";
import { createMechanic } from "../../factories/index.ts";
import type { TestApp } from "../../setup/test-app.ts";
import { serverSpec } from "../../support/app-spec.ts";
import { describeWriteMatrix, traceOf, type Arranged } from "./harness.ts";

let app: TestApp;
serverSpec((started) => (app = started));

const APPROVE = `mutation ($id: ID!) { approveMechanic(mechanicId: $id) { id status } }`;
const REJECT = `mutation ($id: ID!) { rejectMechanic(mechanicId: $id, reason: "Documents expired") { id status } }`;

/** A fresh mechanic in `vetting`; the mechanic is the party to their own vetting. */
async function mechanicIn(vetting: MechanicVettingStatus, query: string): Promise<Arranged> {
  const mechanic = await createMechanic(app, { vetting });
  return {
    parties: { MECHANIC: mechanic },
    attempt: (token) => app.gql(query, { id: mechanic.id }, token),
    trace: traceOf(app, mechanic.id, async () => (await app.prisma.mechanicProfile.findUnique({ where: { userId: mechanic.id } }))?.vettingStatus),
  };
}

describeWriteMatrix(() => app, vettingMachine, {
  approve: { arrange: (from) => mechanicIn(from!, APPROVE), conflict: "APPROVED" },
  reject: { arrange: (from) => mechanicIn(from!, REJECT), conflict: "REJECTED" },
});
