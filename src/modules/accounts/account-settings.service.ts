import { createHash, randomBytes } from "node:crypto";
import { hashPassword, verifyPassword } from "../../platform/auth/passwords.ts";
import type { TokenService } from "../../platform/auth/tokens.ts";
import type { Viewer } from "../../platform/auth/viewer.ts";
import { forbidden, notFound, badInputAt, type InputPath } from "../../platform/errors.ts";
import { type MailMessage, type MailTransport, type OutboxMessage, OutboxTransport } from "../../platform/mail/mail-transport.ts";
import type { AppPubSub } from "../../platform/pubsub/pubsub.ts";
import type { AuthAttemptBudget } from "../../platform/server/rate-limit.ts";
import type { AuditService } from "../audit/audit.service.ts";
import { parseInput } from "../shared/validation.ts";
import { ChangePasswordArgs, RequestPasswordResetArgs, ResetPasswordArgs, type UpdateProfileInput } from "./account.inputs.ts";
import { accountScope } from "./account.policy.ts";
import type { AccountStore, ProfileChange } from "./account.store.ts";
import type { AuthPayload, User } from "./account.types.ts";
import { refuseCustomerNames } from "./customer-names.ts";

/** Settings of AccountSettingsService (app/config.ts). */
export interface AccountSettingsOptions {
  /** How long a reset token stays valid, in minutes (PASSWORD_RESET_TTL_MINUTES). */
  resetTtlMinutes: number;
  /** Whether the server runs in production: the outbox is never readable there. */
  production: boolean;
  /** A mail the transport refused (SMTP down): a reset token or an email-change notice; reported, never answered to the caller. */
  onMailFailure?: (error: unknown) => void;
}

const CUSTOMER_FIELDS = ["firstName", "lastName", "phone", "addressLine1", "addressLine2", "city", "postalCode"] as const;
/** Fields cleared by an empty string (the others are required columns). */
const CLEARABLE = new Set<string>(["addressLine2", "postalCode"]);

/** SHA-256 of a reset token, hex: what the database keeps, so a leaked table resets nobody's password. */
const hashToken = (token: string) => createHash("sha256").update(token).digest("hex");

/**
 * Checks `given` (null or undefined when not given) against the account's password: a password
 * change and an email change answer a missing or wrong one alike.
 *
 * @throws BAD_USER_INPUT at `path` (where the caller sent it) when it is not the account's password (or the account has none)
 */
async function requireCurrentPassword(account: { passwordHash: string | null }, given: string | null | undefined, path: InputPath): Promise<void> {
  if (!given || !account.passwordHash || !(await verifyPassword(given, account.passwordHash))) throw badInputAt(path, "is not the account's current password");
}

/**
 * The caller's own account settings: profile edits, password change, and password reset by a
 * token sent through the mail transport (platform/mail). Every change is audited with the names of
 * the fields that changed, never their old or new values.
 */
export class AccountSettingsService {
  constructor(
    private readonly store: AccountStore,
    private readonly tokens: TokenService,
    private readonly attempts: AuthAttemptBudget,
    private readonly audit: AuditService,
    private readonly mail: MailTransport,
    private readonly pubSub: AppPubSub,
    private readonly options: AccountSettingsOptions,
  ) {}

  /**
   * Changes the given fields of the caller's own profile (no one edits another's: admins neither).
   * Customers: name, phone, address, city; mechanics and advisors: display name (the content policy
   * refuses contact details in names with CONTACT_DETAILS before this runs); anyone: email.
   * Audited as `account.profile.updated` with the changed fields' names.
   *
   * Changing the email needs `currentPassword`, checked like changePassword's (an attempt drawn from
   * the IP and email budgets first): a stolen session must not move the account to a mailbox whose
   * password reset then takes it. The check comes before the email is tried, so without the password
   * nobody learns which emails are taken. Once committed, a notice goes to the old address.
   *
   * @throws RATE_LIMITED; BAD_USER_INPUT for a field the caller's role has not, or `currentPassword`
   *   missing or wrong with a new email, or names or a city that refuseCustomerNames refuses (a last name of initials alone, or with CONTACT_DETAILS a first
   *   name that would hold the last name, shaped as no given name, or a first name or city that would hold the customer's own last name, phone, e-mail or
   *   address); CONFLICT (ALREADY_EXISTS) for a taken email
   */
  async updateProfile(viewer: Viewer, input: UpdateProfileInput, caller: { ip: string }): Promise<User> {
    const current = await this.store.editableProfile(viewer.id);
    if (!current) throw notFound("User");
    const change: ProfileChange = {};
    const changed: string[] = [];
    if (input.email != null && input.email !== current.email) {
      await this.attempts.chargeAttempt({ ip: caller.ip, email: current.email });
      const account = await this.store.forPasswordChange(viewer.id);
      if (!account) throw notFound("User");
      await requireCurrentPassword(account, input.currentPassword, ["input", "currentPassword"]);
      change.email = input.email;
      changed.push("email");
    }
    if (input.displayName != null) {
      const profile = current.mechanic ?? current.advisor;
      if (!profile) throw badInputAt(["input", "displayName"], "only mechanics and workshop advisors have a display name");
      if (input.displayName !== profile.displayName) {
        change[current.mechanic ? "mechanic" : "advisor"] = { displayName: input.displayName };
        changed.push("displayName");
      }
    }
    const customerChange: NonNullable<ProfileChange["customer"]> = {};
    for (const field of CUSTOMER_FIELDS) {
      const value = input[field];
      if (value == null) continue;
      if (!current.customer) throw badInputAt(["input", field], "only customers have this field");
      const next = CLEARABLE.has(field) && value === "" ? null : value;
      if (next === "") throw badInputAt(["input", field], "is required");
      if (next !== current.customer[field]) {
        Object.assign(customerChange, { [field]: next });
        changed.push(field);
      }
    }
    if (Object.keys(customerChange).length) change.customer = customerChange;
    if (current.customer) {
      const written = (["firstName", "lastName", "city"] as const).filter((field) => customerChange[field]);
      refuseCustomerNames({ ...current.customer, ...customerChange, email: change.email ?? current.email }, written);
    }
    if (!changed.length) return (await this.store.account(accountScope(viewer), viewer.id))!;
    const user = await this.store.transaction(async (tx) => {
      const updated = await this.store.updateProfile(tx, viewer.id, change);
      await this.audit.write([{ actor: viewer, action: "account.profile.updated", entityType: "User", entityId: viewer.id, subjectUserId: viewer.id, fields: changed.sort() }], tx);
      return updated;
    });
    if (change.email) {
      const text = [
        `The sign-in email of your AutoDoctor account was changed from this address on ${new Date().toISOString()}.`,
        "If you did not change it, someone who knows your password has your account: contact AutoDoctor support at once.",
      ].join("\n\n");
      this.sendWithoutWaiting({ to: current.email, subject: "Your AutoDoctor sign-in email was changed", text });
    }
    return user;
  }

  /**
   * Changes the caller's password, given the current one. Draws an attempt from the caller's IP and
   * email budgets first, like sign-in (RATE_LIMITED when spent), so the current password cannot be
   * guessed faster here. Every token issued before is revoked (the credential version is bumped):
   * the caller continues with the token returned, every other session must sign in again, and
   * once committed the sockets opened with a revoked token close (endRevokedSockets).
   *
   * @throws RATE_LIMITED; BAD_USER_INPUT (`currentPassword` wrong; `newPassword` too short or equal to the current one)
   */
  async changePassword(viewer: Viewer, args: ChangePasswordArgs, caller: { ip: string }): Promise<AuthPayload> {
    const account = await this.store.forPasswordChange(viewer.id);
    if (!account) throw notFound("User");
    await this.attempts.chargeAttempt({ ip: caller.ip, email: account.email });
    const data = parseInput(ChangePasswordArgs, args);
    await requireCurrentPassword(account, data.currentPassword, ["currentPassword"]);
    if (data.newPassword === data.currentPassword) throw badInputAt(["newPassword"], "must differ from the current password");
    const passwordHash = await hashPassword(data.newPassword);
    const credentialVersion = await this.store.transaction(async (tx) => {
      const version = await this.store.setPassword(tx, viewer.id, passwordHash);
      await this.audit.write([{ actor: viewer, action: "account.password.changed", entityType: "User", entityId: viewer.id, subjectUserId: viewer.id, fields: ["password"] }], tx);
      return version;
    });
    this.endRevokedSockets(viewer.id, credentialVersion, "Password changed");
    const { passwordHash: _hash, statusReason: _reason, credentialVersion: _old, ...user } = account;
    const { token, expiresAt } = await this.tokens.issue({ ...user, credentialVersion });
    return { token, expiresAt, user: { ...user, justAuthenticated: true } };
  }

  /**
   * Starts a password reset for `email`. The answer is the same whether or not an account has that
   * email (no account enumeration), and the work nearly so: the token is made either way, and the
   * mail is handed to the transport without waiting for it. For an existing account a single-use
   * token valid for PASSWORD_RESET_TTL_MINUTES is stored (its hash only) and mailed. Draws an
   * attempt from the IP and email budgets, like sign-in.
   *
   * @throws RATE_LIMITED; BAD_USER_INPUT for a malformed email
   */
  async requestPasswordReset(args: RequestPasswordResetArgs, caller: { ip: string }): Promise<void> {
    await this.attempts.chargeAttempt({ ip: caller.ip, email: args.email });
    const data = parseInput(RequestPasswordResetArgs, args);
    const token = randomBytes(32).toString("base64url");
    const tokenHash = hashToken(token);
    const account = await this.store.forSignIn(data.email);
    if (!account) return;
    const expiresAt = new Date(Date.now() + this.options.resetTtlMinutes * 60_000);
    await this.store.createResetToken(account.id, tokenHash, expiresAt);
    const text = [
      "Someone asked to reset the password of your AutoDoctor account.",
      `Your reset token: ${token}`,
      `It works once, until ${expiresAt.toISOString()}. If you did not ask for it, ignore this message.`,
    ].join("\n\n");
    this.sendWithoutWaiting({ to: account.email, subject: "Reset your AutoDoctor password", text });
  }

  /**
   * After a password change or reset committed: every instance closes the account's sockets opened
   * with a token it revoked (4403, `reason`), so their subscriptions stop now rather than when the
   * token expires. Each socket also checks its token's version before every operation and event,
   * should this announcement be lost (Redis down).
   */
  private endRevokedSockets(userId: string, credentialVersion: number, reason: string): void {
    this.pubSub.publish("accountAccessRevoked", { userId, reason, credentialVersion });
  }

  /** Hands `message` to the transport without waiting for it; a refusal goes to `onMailFailure`, never to the caller. */
  private sendWithoutWaiting(message: MailMessage): void {
    this.mail.send(message).catch((error: unknown) => this.options.onMailFailure?.(error));
  }

  /**
   * Sets a new password with a reset token: the token works once and until it expires (using it
   * also uses up the account's other reset tokens), and every token issued before is revoked (its
   * sockets close: endRevokedSockets). Audited as `account.password.reset`. The caller then signs
   * in with the new password.
   *
   * @throws RATE_LIMITED; BAD_USER_INPUT (`token` unknown, used or expired; a too short password)
   */
  async resetPassword(args: ResetPasswordArgs, caller: { ip: string }): Promise<void> {
    await this.attempts.chargeAttempt({ ip: caller.ip, email: undefined });
    const data = parseInput(ResetPasswordArgs, args);
    const passwordHash = await hashPassword(data.newPassword);
    const reset = await this.store.transaction(async (tx) => {
      const userId = await this.store.consumeResetToken(tx, hashToken(data.token), new Date());
      if (!userId) throw badInputAt(["token"], "is invalid, used or expired");
      const credentialVersion = await this.store.setPassword(tx, userId, passwordHash);
      await this.audit.write([{ actor: null, action: "account.password.reset", entityType: "User", entityId: userId, subjectUserId: userId, fields: ["password"] }], tx);
      return { userId, credentialVersion };
    });
    this.endRevokedSockets(reset.userId, reset.credentialVersion, "Password reset");
  }

  /**
   * Development only: the messages the outbox holds for `to` (every one without), oldest first,
   * for an admin to read a reset token in GraphiQL.
   *
   * @throws FORBIDDEN in production or when mail goes out by SMTP
   */
  outbox(to: string | null): OutboxMessage[] {
    if (this.options.production || !(this.mail instanceof OutboxTransport)) throw forbidden("The mail outbox is readable only in development");
    return this.mail.read(to ?? undefined);
  }
}
