import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { AccountStanding, Professional } from "./account.types.ts";
import { Customer } from "./customer.type.ts";
import { MechanicVetting } from "./mechanic-vetting.types.ts";

const description = "Admins: the account's standing now; FORBIDDEN (null) for anyone else.";

/**
 * `standing` of every account an admin looks at: a professional of each kind (Mechanic,
 * WorkshopAdvisor, PartnerOrganization inherit it from the interface), a customer, and a mechanic
 * in the vetting queue. Admins only (the rule map: `standingRule`); a page's standings are read in
 * one batch.
 */
@Resolver(() => Professional)
export class ProfessionalStandingResolver {
  @FieldResolver(() => AccountStanding, { nullable: true, description })
  standing(@Root() professional: Professional, @Ctx() ctx: Context): Promise<AccountStanding | null> {
    return ctx.services.accounts.standing(requireViewer(ctx), professional.id);
  }
}

@Resolver(() => Customer)
export class CustomerStandingResolver {
  @FieldResolver(() => AccountStanding, { nullable: true, description })
  standing(@Root() customer: Customer, @Ctx() ctx: Context): Promise<AccountStanding | null> {
    return ctx.services.accounts.standing(requireViewer(ctx), customer.id);
  }
}

@Resolver(() => MechanicVetting)
export class MechanicVettingStandingResolver {
  @FieldResolver(() => AccountStanding, { nullable: true, description: "Admins: the mechanic account's standing now (accountStatus with the end of a suspension and its reason)." })
  standing(@Root() vetting: MechanicVetting, @Ctx() ctx: Context): Promise<AccountStanding | null> {
    return ctx.services.accounts.standing(requireViewer(ctx), vetting.id);
  }
}
