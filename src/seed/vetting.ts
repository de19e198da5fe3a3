// The demo world's mechanic vetting (issue 18): the demo mechanics were approved before the demo
// starts, and one new mechanic waits in the admins' vetting queue.
import { insertDemoAccounts } from "../modules/accounts/account.store.ts";
import { restoreDemoVetting } from "../modules/accounts/mechanic-vetting.machine.ts";
import type { Tx } from "../platform/db/prisma.ts";

const PENDING_MECHANIC = {
  id: "00000000-0000-4000-8000-00010000000e",
  email: "mechanic.riley@demo.autodoctor.test",
  displayName: "Riley N.",
  bio: "Just signed up: hybrid and EV systems, 6 years at an independent shop.",
  description: "Signed up, waiting for an admin's vetting (mechanicVettings); a claim is refused with MECHANIC_NOT_VETTED until an admin approves.",
};

/** The demo accounts this file adds, for the seed's list of demo accounts. */
export const VETTING_DEMO_ACCOUNTS = [{ role: "MECHANIC" as const, email: PENDING_MECHANIC.email, description: PENDING_MECHANIC.description, suspended: false }];

/** Approves the demo mechanics `approvedIds` (60 days ago) and adds the pending mechanic (PENDING is the column's default, the vetting machine's start). */
export async function seedVetting(tx: Tx, passwordHash: string, now: Date, approvedIds: readonly string[]): Promise<void> {
  const createdAt = new Date(now.getTime() - 60 * 86_400_000);
  await restoreDemoVetting(tx, approvedIds, { vettingStatus: "APPROVED", vettingReason: "Identity, certification and insurance checked", vettedAt: createdAt });
  await insertDemoAccounts(tx, {
    users: [{ id: PENDING_MECHANIC.id, email: PENDING_MECHANIC.email, role: "MECHANIC", passwordHash, createdAt: new Date(now.getTime() - 86_400_000) }],
    customers: [],
    mechanics: [{ userId: PENDING_MECHANIC.id, displayName: PENDING_MECHANIC.displayName, bio: PENDING_MECHANIC.bio }],
    advisors: [],
    partners: [],
  });
}
