import { Field, ID, InputType, ObjectType } from "type-graphql";
import { z } from "zod";
import { Role } from "../../platform/db/generated/enums.ts";
import { ConnectionType } from "../shared/pagination.ts";
import { Check, CheckInput } from "../shared/validation.ts";
import type { AuditRow } from "./audit.store.ts";

/** Admins' audit-log filter: a record (its type, optionally its id), an actor, a time range [from, to); every part optional. */
@InputType({ description: "Which audit rows: about one record (entityType, entityId), by one actor, in [from, to)." })
@CheckInput((value, ctx) => {
  if (value.entityId && !value.entityType) ctx.addIssue({ code: "custom", path: ["entityId"], message: "needs entityType" });
  if (value.from instanceof Date && value.to instanceof Date && value.from > value.to) ctx.addIssue({ code: "custom", path: ["from"], message: "must not be after to" });
})
export class AuditLogFilter {
  @Field(() => String, {
    nullable: true,
    description:
      'What happened, as the log spells it: "payment.refund_failed" (a refund that failed, for an admin to make), "session.withdrawn_by_mechanic" (with actorId: a mechanic\'s withdrawals)...',
  })
  @Check(
    z
      .string()
      .trim()
      .regex(/^[a-z0-9_]{1,64}(\.[a-z0-9_]{1,64}){1,3}$/, "must be an action name")
      .nullish(),
  )
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'The record\'s type as the log spells it: "Complaint", "Partnership", "AccountSanction"...' })
  @Check(
    z
      .string()
      .trim()
      .regex(/^[A-Za-z]{1,64}$/, "must be a record type name")
      .nullish(),
  )
  entityType?: string | null;

  @Field(() => ID, { nullable: true })
  @Check(z.string().trim().min(1).max(100).nullish())
  entityId?: string | null;

  @Field(() => ID, { nullable: true, description: "Who acted; rows the system wrote have no actor." })
  @Check(z.string().uuid("must be an account id").nullish())
  actorId?: string | null;

  @Field(() => ID, { nullable: true, description: "Whose data the row is about (a customer whose contact details were read, an account sanctioned)." })
  @Check(z.string().uuid("must be an account id").nullish())
  subjectUserId?: string | null;

  @Field(() => Date, { nullable: true })
  @Check(z.date().nullish())
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  @Check(z.date().nullish())
  to?: Date | null;
}

@ObjectType("AuditEntry", { description: "Admins: one row of the audit log: who (null: the system) did or read what, on which record, whose." })
export class AuditEntryView {
  @Field(() => ID)
  id!: string;

  @Field(() => ID, { nullable: true })
  actorId!: string | null;

  @Field(() => Role, { nullable: true })
  actorRole!: Role | null;

  @Field(() => String, { description: 'Dotted verb: "complaint.upheld", "account.sanction.banned", "customer.contact.read"...' })
  action!: string;

  @Field(() => String)
  entityType!: string;

  @Field(() => ID)
  entityId!: string;

  @Field(() => ID, { nullable: true, description: "Whose data the row is about." })
  subjectUserId!: string | null;

  @Field(() => [String])
  fields!: string[];

  @Field(() => String, { nullable: true, description: "The row's details as JSON text." })
  data!: string | null;

  @Field(() => Date)
  createdAt!: Date;
}

export const AuditEntryConnection = ConnectionType("AuditEntry", AuditEntryView);

/** A stored row as the API shows it (its JSON details as text). */
export function toAuditEntryView(row: AuditRow): AuditEntryView {
  return { ...row, data: row.data === null ? null : JSON.stringify(row.data) };
}
