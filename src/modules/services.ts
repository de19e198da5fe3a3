import type { TokenService } from "../auth/tokens.ts";
import type { Config } from "../config.ts";
import type { PrismaClient } from "../db/prisma.ts";
import { AccountService } from "./accounts/account.service.ts";
import { AuditService } from "./audit/audit.service.ts";
import { SessionService } from "./sessions/session.service.ts";
import { WorkshopService } from "./workshops/workshop.service.ts";

/** The domain services, built once per process and handed to resolvers through the context. */
export interface Services {
  accounts: AccountService;
  audit: AuditService;
  sessions: SessionService;
  workshops: WorkshopService;
}

export function createServices(deps: { prisma: PrismaClient; tokens: TokenService; config: Config }): Services {
  const accounts = new AccountService(deps.prisma, deps.tokens, deps.config);
  return {
    accounts,
    audit: new AuditService(deps.prisma),
    sessions: new SessionService(deps.prisma, accounts, deps.config.fees.diagnosticPriceCents),
    workshops: new WorkshopService(deps.prisma),
  };
}
