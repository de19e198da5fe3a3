import type { Config } from "../../app/config.ts";
import { customerProfileSelect, mayReadCustomerField, type CustomerAccess, type CustomerField } from "../../authz/customer-access.ts";
import { hashPassword, verifyPassword } from "../../platform/auth/passwords.ts";
import type { TokenService } from "../../platform/auth/tokens.ts";
import { assertAccountActive, type Viewer } from "../../platform/auth/viewer.ts";
import { Prisma } from "../../platform/db/generated/client.ts";
import type { PrismaClient } from "../../platform/db/prisma.ts";
import { conflict, notFound, unauthenticated } from "../../platform/errors.ts";
import type { AuthAttemptBudget } from "../../platform/server/rate-limit.ts";
import { keysetAfter, toPage, type Page, type PageRequest } from "../shared/pagination.ts";
import { validateInput } from "../shared/validation.ts";
import { createStaffSchema, signInSchema, signUpSchema, type CreateStaffAccountInput, type SignUpInput } from "./account.inputs.ts";
import type { AuthPayload, Mechanic, User } from "./account.types.ts";
import { customerWhereToPrisma } from "./customer.filters.ts";
import { customerWhereSchema, type CustomerWhere } from "./customer.inputs.ts";
import type { Customer } from "./customer.type.ts";

const userSelect = { id: true, email: true, role: true, status: true, suspendedUntil: true, createdAt: true } as const;

/** Sign-up, sign-in, staff accounts, and the views of people other callers may get. */
export class AccountService {
  /** Verified against when the email is unknown, so a miss costs the same time as a wrong password. */
  private readonly decoyHash = hashPassword("decoy-password-for-timing");

  constructor(
    private readonly prisma: PrismaClient,
    private readonly tokens: TokenService,
    private readonly config: Config,
    private readonly attempts: AuthAttemptBudget,
  ) {}

  /**
   * Creates a customer or mechanic account and signs it in. Each call draws one attempt from the
   * caller's IP and the email's strict budgets first, however the operation reached it (fragment,
   * alias, batch, graphql-ws): RATE_LIMITED when spent.
   */
  async signUp(input: SignUpInput, caller: { ip: string }): Promise<AuthPayload> {
    await this.attempts.chargeAttempt({ ip: caller.ip, email: (input as { email?: unknown } | null)?.email });
    const data = validateInput(signUpSchema, input);
    const passwordHash = await hashPassword(data.password);
    const user = await this.createUnique(() =>
      this.prisma.user.create({
        select: userSelect,
        data:
          data.role === "CUSTOMER"
            ? {
                email: data.email,
                passwordHash,
                role: "CUSTOMER",
                customer: {
                  create: {
                    firstName: data.firstName,
                    lastName: data.lastName,
                    phone: data.phone,
                    addressLine1: data.addressLine1,
                    addressLine2: data.addressLine2 ?? null,
                    city: data.city,
                    postalCode: data.postalCode ?? null,
                  },
                },
              }
            : { email: data.email, passwordHash, role: "MECHANIC", mechanic: { create: { displayName: data.displayName } } },
      }),
    );
    return this.issue(user);
  }

  /**
   * Signs in with email and password. Each call draws one attempt from the caller's IP and the
   * email's strict budgets before the password is checked: RATE_LIMITED when spent, so guessing
   * stays slow however the attempts are packaged.
   */
  async signIn(email: string, password: string, caller: { ip: string }): Promise<AuthPayload> {
    await this.attempts.chargeAttempt({ ip: caller.ip, email });
    const data = validateInput(signInSchema, { email, password });
    const account = await this.prisma.user.findUnique({
      where: { email: data.email },
      select: { ...userSelect, passwordHash: true, statusReason: true },
    });
    const valid = await verifyPassword(data.password, account?.passwordHash ?? (await this.decoyHash));
    if (!account || !account.passwordHash || !valid) throw unauthenticated("Invalid email or password");
    assertAccountActive(account);
    const { passwordHash: _hash, statusReason: _reason, ...user } = account;
    return this.issue(user);
  }

  async createStaffAccount(input: CreateStaffAccountInput): Promise<User> {
    const data = validateInput(createStaffSchema, input);
    // An advisor always belongs to a workshop; a partner does when created for one (it can then
    // fulfil WORKSHOP partnerships at that workshop). An unknown workshop is never ignored.
    const workshopId = data.workshopId ?? null;
    if (workshopId) {
      const workshop = await this.prisma.workshop.findUnique({ where: { id: workshopId }, select: { id: true } });
      if (!workshop) throw notFound("Workshop");
    }
    const passwordHash = await hashPassword(data.password);
    return this.createUnique(() =>
      this.prisma.user.create({
        select: userSelect,
        data:
          data.role === "WORKSHOP_ADVISOR"
            ? { email: data.email, passwordHash, role: "WORKSHOP_ADVISOR", advisor: { create: { displayName: data.displayName, workshopId: data.workshopId } } }
            : { email: data.email, passwordHash, role: "PARTNER", partner: { create: { organizationName: data.displayName, workshopId } } },
      }),
    );
  }

  async me(viewer: Viewer): Promise<User> {
    const user = await this.prisma.user.findUnique({ where: { id: viewer.id }, select: userSelect });
    if (!user) throw notFound("User");
    return user;
  }

  /** A customer as seen through `access`: only the columns that access may read are loaded. */
  async customerView(customerId: string, access: CustomerAccess): Promise<Customer | null> {
    const row = await this.prisma.customerProfile.findUnique({ where: { userId: customerId }, select: customerProfileSelect(access) });
    return row ? toCustomerView(row, access) : null;
  }

  /** Admins' customer directory, newest accounts first; the filter may use any customer field. */
  async listCustomers(page: PageRequest, where: CustomerWhere | null): Promise<Page<Customer>> {
    const filter = where ? validateInput(customerWhereSchema, where) : null;
    const scoped: Prisma.UserWhereInput = filter ? customerWhereToPrisma(filter) : { role: "CUSTOMER" };
    const [rows, totalCount] = await Promise.all([
      this.prisma.user.findMany({
        where: { AND: [scoped, keysetAfter(page.after, "desc", (comparison, value) => ({ createdAt: { [comparison]: new Date(value) } }))] },
        orderBy: [{ createdAt: "desc" }, { id: "desc" }],
        take: page.take + 1,
        select: { id: true, createdAt: true, customer: { select: customerProfileSelect("ADMIN") } },
      }),
      this.prisma.user.count({ where: scoped }),
    ]);
    const views = rows.flatMap((row) => (row.customer ? [{ ...toCustomerView(row.customer, "ADMIN"), createdAt: row.createdAt }] : []));
    return toPage(views, page, totalCount, (view) => view.createdAt.toISOString());
  }

  async customerForAdmin(id: string): Promise<Customer> {
    const view = await this.customerView(id, "ADMIN");
    if (!view) throw notFound("Customer");
    return view;
  }

  async mechanicProfile(mechanicId: string): Promise<Mechanic | null> {
    const row = await this.prisma.mechanicProfile.findUnique({ where: { userId: mechanicId }, select: mechanicProfileSelect });
    return row ? toMechanic(row) : null;
  }

  private async issue(user: User): Promise<AuthPayload> {
    const { token, expiresAt } = await this.tokens.issue(user);
    return { token, expiresAt, user: { ...user, justAuthenticated: true } };
  }

  /** Maps the unique-email violation to CONFLICT; the database constraint settles concurrent sign-ups. */
  private async createUnique<T>(create: () => Promise<T>): Promise<T> {
    try {
      return await create();
    } catch (error) {
      if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === "P2002") {
        throw conflict("An account with this email already exists");
      }
      throw error;
    }
  }
}

/** The public mechanic profile's columns, for loaders that fetch it with something else. */
export const mechanicProfileSelect = { userId: true, displayName: true, ratingHundredths: true, ratingCount: true } as const;

export function toMechanic(row: { userId: string; displayName: string; ratingHundredths: number; ratingCount: number }): Mechanic {
  return { id: row.userId, displayName: row.displayName, rating: row.ratingHundredths / 100, ratingCount: row.ratingCount };
}

/** A customer profile loaded with `customerProfileSelect(access)`: the columns access may not read are absent. */
export interface CustomerProfileRow {
  userId: string;
  firstName: string;
  lastName?: string;
  city?: string;
  phone?: string;
  addressLine1?: string;
  addressLine2?: string | null;
  postalCode?: string | null;
  user?: { email: string } | null;
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
