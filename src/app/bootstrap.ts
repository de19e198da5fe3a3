import { AccountStore } from "../modules/accounts/account.store.ts";
import { hashPassword } from "../platform/auth/passwords.ts";
import { elapsed, type Database, type Progress } from "../platform/db/database.ts";
import { seedDemoWorld } from "../seed/seed.ts";
import type { Config } from "./config.ts";

/**
 * Start-up data, before the server listens: the demo world on a new embedded database
 * (SEED_DEMO_DATA=auto) or whenever it is missing (always), never in production (the demo
 * accounts' password is public; config also refuses `always` there); then the configured admin.
 */
export async function bootstrapData(config: Config, database: Database, progress: Progress = () => {}): Promise<{ seeded: boolean }> {
  const accounts = new AccountStore(database.prisma, database.sql);
  const empty = await accounts.isEmpty();
  const wantSeed = !config.production && (config.seedDemoData === "always" || (config.seedDemoData === "auto" && database.embedded && empty));
  const started = performance.now();
  const seeded = wantSeed ? await seedDemoWorld(database) : false;
  if (seeded) progress("database: demo world seeded", { ms: elapsed(started) });
  await bootstrapAdmin(config, accounts);
  return { seeded };
}

/** Creates the configured admin if no account has its email yet; never changes an existing account. */
async function bootstrapAdmin(config: Config, accounts: AccountStore): Promise<void> {
  if (!config.admin) return;
  const email = config.admin.email.toLowerCase();
  if (await accounts.emailTaken(email)) return;
  await accounts.create({ role: "ADMIN", email, passwordHash: await hashPassword(config.admin.password) });
}
