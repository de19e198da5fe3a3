import { mayReadCustomerField, type CustomerAccess, type CustomerField } from "../../authz/customer-access.ts";
import type { OwnDetails } from "../../domain/contacts/own-details.ts";
import { hashPassword, verifyPassword } from "../../platform/auth/passwords.ts";
import type { TokenService } from "../../platform/auth/tokens.ts";
import { assertAccountActive, standingAt, type StoredStanding, type Viewer } from "../../platform/auth/viewer.ts";
import { notFound, unauthenticated } from "../../platform/errors.ts";
import type { AuthAttemptBudget } from "../../platform/server/rate-limit.ts";
import { toPartnerOrganization, type PartnerOrganization } from "../partnerships/partnership.type.ts";
import { perTurnLoader } from "../shared/loader.ts";
import { toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { parseInput } from "../shared/validation.ts";
import { WorkshopAdvisor } from "../workshops/workshop-settings.types.ts";
import type { WorkshopStore } from "../workshops/workshop.store.ts";
import { CreateStaffAccountInput, SignInArgs, SignUpInput } from "./account.inputs.ts";
import { accountScope, customerAccessOfAccount, customerDirectoryScope, seesStanding } from "./account.policy.ts";
import type { AccountStore, CustomerProfileRow, MechanicProfileRow } from "./account.store.ts";
import { Mechanic, type AccountStanding, type AuthPayload, type User } from "./account.types.ts";
import { toWorkshopAdvisor } from "./advisor.store.ts";
import { refuseCustomerNames } from "./customer-names.ts";
import { customerWhereToPrisma } from "./customer.filters.ts";
import type { CustomerWhere } from "./customer.inputs.ts";
import type { Customer } from "./customer.type.ts";

// Loaders of other modules (sessions) read a mechanic's profile with their own rows.
export { mechanicProfileSelect } from "./account.store.ts";

/** Sign-up, sign-in, staff accounts, and the views of people other callers may get. */
export class AccountService {
  /** Verified against when the email is unknown, so a miss costs the same time as a wrong password. */
  private readonly decoyHash = hashPassword("decoy-password-for-timing");
  private readonly standings = perTurnLoader(async (ids) => {
    const now = new Date();
    return new Map((await this.store.standings(ids)).map((row) => [row.id, toAccountStanding(row, now)]));
  });
  private readonly professionals = perTurnLoader(async (ids) => new Map((await this.store.professionals(ids)).flatMap((row) => toProfessional(row))));

  constructor(
    private readonly store: AccountStore,
    private readonly workshops: WorkshopStore,
    private readonly tokens: TokenService,
    private readonly attempts: AuthAttemptBudget,
  ) {}

  /**
   * Creates a customer or mechanic account and signs it in. Each call draws one attempt from the
   * caller's IP and the email's strict budgets first, however the operation reached it (fragment,
   * alias, batch, graphql-ws): RATE_LIMITED when spent. So the input is parsed here, once, after
   * the charge (a malformed attempt costs one too), not by the resolver.
   *
   * @throws RATE_LIMITED; BAD_USER_INPUT (SignUpInput's checks; a customer's names or city that refuseCustomerNames refuses: a last name of initials alone, or with CONTACT_DETAILS a first name holding the last name, shaped as no given name, or a first name or city holding the customer's own phone, e-mail, address or last name); CONFLICT when the email is taken
   */
  async signUp(input: unknown, caller: { ip: string }): Promise<AuthPayload> {
    await this.attempts.chargeAttempt({ ip: caller.ip, email: (input as { email?: unknown } | null)?.email });
    const data = parseInput(SignUpInput, input, "input");
    if (data.role === "CUSTOMER") refuseCustomerNames({ ...data, firstName: data.firstName!, lastName: data.lastName! }, ["firstName", "lastName", "city"]);
    const passwordHash = await hashPassword(data.password);
    // The profile fields are present: SignUpInput's @CheckInput requires them of a customer, displayName of a mechanic.
    const user = await this.store.create(
      data.role === "CUSTOMER"
        ? {
            role: "CUSTOMER",
            email: data.email,
            passwordHash,
            profile: {
              firstName: data.firstName!,
              lastName: data.lastName!,
              phone: data.phone!,
              addressLine1: data.addressLine1!,
              addressLine2: data.addressLine2 ?? null,
              city: data.city!,
              postalCode: data.postalCode ?? null,
            },
          }
        : { role: "MECHANIC", email: data.email, passwordHash, profile: { displayName: data.displayName! } },
    );
    return this.issue(user);
  }

  /**
   * Signs in with email and password. Each call draws one attempt from the caller's IP and the
   * email's strict budgets before the password is checked: RATE_LIMITED when spent, so guessing
   * stays slow however the attempts are packaged (so `args` are parsed here, after the charge, not
   * by the resolver).
   *
   * @throws RATE_LIMITED; BAD_USER_INPUT (SignInArgs' checks); UNAUTHENTICATED for a wrong email or password; FORBIDDEN for a suspended or banned account
   */
  async signIn(args: SignInArgs, caller: { ip: string }): Promise<AuthPayload> {
    await this.attempts.chargeAttempt({ ip: caller.ip, email: args.email });
    const data = parseInput(SignInArgs, args);
    const account = await this.store.forSignIn(data.email);
    const valid = await verifyPassword(data.password, account?.passwordHash ?? (await this.decoyHash));
    if (!account || !account.passwordHash || !valid) throw unauthenticated("Invalid email or password");
    assertAccountActive(account);
    const { passwordHash: _hash, statusReason: _reason, credentialVersion, ...user } = account;
    return this.issue(user, credentialVersion);
  }

  /**
   * An admin creates a workshop advisor or partner account. An advisor always belongs to a
   * workshop; a partner does when created for one (it can then fulfil WORKSHOP partnerships at
   * that workshop). An unknown workshop is never ignored.
   *
   * @throws NOT_FOUND for an unknown workshop; CONFLICT when the email is taken
   */
  async createStaffAccount(data: CreateStaffAccountInput): Promise<User> {
    const workshopId = data.workshopId ?? null;
    if (workshopId && !(await this.workshops.exists(workshopId))) throw notFound("Workshop");
    const passwordHash = await hashPassword(data.password);
    return this.store.create(
      data.role === "WORKSHOP_ADVISOR"
        ? { role: "WORKSHOP_ADVISOR", email: data.email, passwordHash, profile: { displayName: data.displayName, workshopId: workshopId! } }
        : { role: "PARTNER", email: data.email, passwordHash, profile: { organizationName: data.displayName, workshopId } },
    );
  }

  /** The signed-in account, its standing as of now (standingAt: a suspension that ran out reads ACTIVE, with no end). */
  async me(viewer: Viewer, now: Date = new Date()): Promise<User> {
    const user = await this.store.account(accountScope(viewer), viewer.id);
    if (!user) throw notFound("User");
    return { ...user, ...standingAt(user, now) };
  }

  /**
   * What the platform stores of the caller that no professional reads, for the content policy to
   * find in what they write (`ownDetailSpans`): a customer's first name (which frames a last name),
   * last name, phone number, e-mail and street address; null for any other role (professionals are
   * read by name and their e-mail is a sign-in) or an account gone.
   */
  async ownPrivateDetails(viewer: Viewer): Promise<OwnDetails | null> {
    if (viewer.role !== "CUSTOMER") return null;
    const profile = await this.store.editableProfile(viewer.id);
    if (!profile?.customer) return null;
    const { firstName, lastName, phone, addressLine1, postalCode } = profile.customer;
    return { firstName, lastName, phone, email: profile.email, addressLine1, postalCode };
  }

  /** A customer as seen through `access`: only the columns that access may read are loaded. */
  async customerView(customerId: string, access: CustomerAccess): Promise<Customer | null> {
    const row = await this.store.customerProfile(customerId, access);
    return row ? toCustomerView(row, access) : null;
  }

  /** The customer profile of account `userId` as its reader may see it (account.policy: SELF or ADMIN). */
  customerOfAccount(viewer: Viewer, userId: string): Promise<Customer | null> {
    return this.customerView(userId, customerAccessOfAccount(viewer, userId));
  }

  /** Admins' customer directory, newest accounts first; the filter (already parsed) may use any customer field. */
  async listCustomers(admin: Viewer, page: PageRequest, where: CustomerWhere | null): Promise<Page<Customer>> {
    const { rows, totalCount } = await this.store.customers(customerDirectoryScope(admin), where ? customerWhereToPrisma(where) : {}, page);
    const views = rows.flatMap((row) => (row.customer ? [{ ...toCustomerView(row.customer, "ADMIN"), createdAt: row.createdAt }] : []));
    return toPage(views, page, totalCount, (view) => view.createdAt.toISOString());
  }

  /** @throws NOT_FOUND for an unknown customer */
  async customerForAdmin(id: string): Promise<Customer> {
    const view = await this.customerView(id, "ADMIN");
    if (!view) throw notFound("Customer");
    return view;
  }

  async mechanicProfile(mechanicId: string): Promise<Mechanic | null> {
    const row = await this.store.mechanicProfile(mechanicId);
    return row ? toMechanic(row) : null;
  }

  /**
   * The professional account `userId` as admins reviewing what they did read it (a violation's
   * offender): a mechanic's profile, a workshop advisor's, or a partner organization; null for
   * anyone else (a customer, an admin) and for an advisor since removed from their workshop (their
   * profile went with it). Batched: a page of violations reads its offenders in one go.
   */
  professional(userId: string): Promise<Mechanic | WorkshopAdvisor | PartnerOrganization | null> {
    return this.professionals.load(userId);
  }

  /**
   * Account `userId`'s standing now (toAccountStanding), for a viewer the rule of the `standing`
   * fields admits (admins); null for anyone else, and for an unknown account. Batched: a page of
   * customers, violations or advisors reads its standings in one go.
   */
  standing(viewer: Viewer, userId: string): Promise<AccountStanding | null> {
    return seesStanding(viewer) ? this.standings.load(userId) : Promise.resolve(null);
  }

  /** A token for `user` at its credential version (0 for a new account). */
  private async issue(user: User, credentialVersion = 0): Promise<AuthPayload> {
    const { token, expiresAt } = await this.tokens.issue({ ...user, credentialVersion });
    return { token, expiresAt, user: { ...user, ...standingAt(user), justAuthenticated: true } };
  }
}

/**
 * An account's standing as admins read it at `now`: `standingAt`'s status and end of suspension
 * (the one definition: a suspension that ran out is ACTIVE), and the reason the account is shown
 * while sanctioned (none once in good standing, whatever the column still holds).
 */
export function toAccountStanding(account: StoredStanding & { statusReason: string | null }, now: Date = new Date()): AccountStanding {
  const standing = standingAt(account, now);
  return { ...standing, reason: standing.status === "ACTIVE" ? null : account.statusReason };
}

/**
 * An account read with its role's profile (AccountStore.professionals) as the Professional it is,
 * keyed by id; nothing for an account with no professional profile. Instances, not plain objects:
 * the Professional interface resolves its type by class.
 */
function toProfessional(row: Awaited<ReturnType<AccountStore["professionals"]>>[number]): [string, Mechanic | WorkshopAdvisor | PartnerOrganization][] {
  if (row.mechanic) return [[row.id, Object.assign(new Mechanic(), toMechanic(row.mechanic))]];
  if (row.advisor) return [[row.id, Object.assign(new WorkshopAdvisor(), toWorkshopAdvisor(row.advisor))]];
  if (row.partner) return [[row.id, toPartnerOrganization(row.partner)]];
  return [];
}

/** A mechanic profile row as the API shows it: the rating from hundredths to 0-5. */
export function toMechanic(row: MechanicProfileRow): Mechanic {
  return { id: row.userId, displayName: row.displayName, rating: row.ratingHundredths / 100, ratingCount: row.ratingCount };
}

/** Builds the view from a row loaded with `customerProfileSelect(access)`: only readable fields are set. */
export function toCustomerView(row: CustomerProfileRow, access: CustomerAccess): Customer {
  const may = (field: CustomerField) => mayReadCustomerField(access, field);
  const view: Customer = { access, id: row.userId, firstName: row.firstName };
  if (may("lastName")) view.lastName = row.lastName;
  if (may("lastInitial")) view.lastInitial = row.lastName ? String(row.lastName).charAt(0).toUpperCase() : "";
  if (may("city")) view.city = row.city;
  if (may("phone")) view.phone = row.phone;
  if (may("email")) view.email = row.user?.email;
  if (may("address")) view.address = [row.addressLine1, row.addressLine2, row.postalCode].filter(Boolean).join(", ");
  return view;
}
