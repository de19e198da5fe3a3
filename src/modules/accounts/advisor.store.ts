import type { PrismaClient, Tx } from "../../platform/db/prisma.ts";
import type { WorkshopAdvisor } from "../workshops/workshop-settings.types.ts";

/** A workshop's service advisor account as admins manage it. */
export interface AdvisorRow {
  userId: string;
  displayName: string;
  workshopId: string;
  user: { email: string };
}

/** An advisor profile's columns as admins read it (AdvisorRow). */
export const advisorSelect = { userId: true, displayName: true, workshopId: true, user: { select: { email: true } } } as const;

/** An advisor row as admins read it. */
export function toWorkshopAdvisor(row: AdvisorRow): WorkshopAdvisor {
  return { id: row.userId, workshopId: row.workshopId, displayName: row.displayName, email: row.user.email };
}

/**
 * AdvisorProfile's reads and its removal, for the workshops module's onboarding (issue 18 item 2);
 * advisors are created by AccountService.createStaffAccount.
 */
export class AdvisorStore {
  constructor(private readonly prisma: PrismaClient) {}

  /** A workshop's advisors by display name. */
  ofWorkshop(workshopId: string): Promise<AdvisorRow[]> {
    return this.prisma.advisorProfile.findMany({ where: { workshopId }, orderBy: [{ displayName: "asc" }, { userId: "asc" }], select: advisorSelect });
  }

  /** Advisor `userId` of workshop `workshopId`, or null. */
  find(workshopId: string, userId: string, tx: Tx | PrismaClient = this.prisma): Promise<AdvisorRow | null> {
    return tx.advisorProfile.findFirst({ where: { userId, workshopId }, select: advisorSelect });
  }

  /**
   * Removes advisor `userId` from workshop `workshopId` in `tx`: the profile goes, the account
   * stays (its history, audit rows and messages keep their author) but belongs to no workshop, so
   * every workshop scope is empty for it from its next request on. Whether a row went.
   */
  async detach(tx: Tx, workshopId: string, userId: string): Promise<boolean> {
    const { count } = await tx.advisorProfile.deleteMany({ where: { userId, workshopId } });
    return count === 1;
  }
}
