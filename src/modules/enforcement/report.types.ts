import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { z } from "zod";
import { ComplaintStatus, ReportSubject } from "../../platform/db/generated/enums.ts";
import { ConnectionType } from "../shared/pagination.ts";
import { Check, CheckInput } from "../shared/validation.ts";

registerEnumType(ReportSubject, {
  name: "ReportSubject",
  valuesConfig: {
    SESSION: { description: "A diagnostic session (its mechanic is reported)." },
    MESSAGE: { description: "A chat message (its sender is reported)." },
    QUOTE: { description: "A repair quote (its author is reported)." },
    CONVERSATION: { description: "A workshop conversation: `subjectId` is its escalation, `workshopId` its workshop (the advisor who last wrote in it is reported)." },
  },
});

/**
 * A customer's report: what it is about (a record the customer is party to; a workshop
 * conversation by its escalation and, optionally, its workshop) and, optionally, what happened
 * (at most 2000 characters, monitored).
 */
@InputType({ description: "A report of off-platform solicitation on a session, a message, a quote or a workshop conversation you are party to." })
@CheckInput((input, ctx) => {
  if (input.workshopId && input.subjectType !== "CONVERSATION") ctx.addIssue({ code: "custom", path: ["workshopId"], message: "names a conversation's workshop: only with subjectType CONVERSATION" });
})
export class ReportSolicitationInput {
  @Field(() => ReportSubject)
  @Check(z.nativeEnum(ReportSubject))
  subjectType!: ReportSubject;

  @Field(() => ID)
  @Check(z.string().uuid("must be an id"))
  subjectId!: string;

  @Field(() => ID, { nullable: true, description: "CONVERSATION only: the workshop whose conversation you report (default: the escalation's current workshop)." })
  @Check(z.string().uuid("must be an id").nullish())
  workshopId?: string | null;

  @Field(() => String, { nullable: true, description: "What happened, in your words (contact details are masked)." })
  @Check(z.string().trim().min(1, "must not be empty").max(2000, "must be at most 2000 characters").nullish())
  detail?: string | null;
}

@ObjectType({ description: "A customer's report that a professional asked to deal off the platform (seed 003 warning signal)." })
export class SolicitationReport {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  reporterId!: string;

  @Field(() => ReportSubject)
  subjectType!: ReportSubject;

  @Field(() => ID)
  subjectId!: string;

  @Field(() => ID, { description: "The session the subject belongs to." })
  sessionId!: string;

  @Field(() => ID, {
    nullable: true,
    description: "The professional reported: the session's mechanic, the message's sender, the quote's author, or the advisor who last wrote in the conversation (null when none has).",
  })
  accusedId!: string | null;

  @Field(() => ID, { nullable: true, description: "The workshop of the conversation reported, or of the workshop conversation a reported message is in; null otherwise." })
  workshopId!: string | null;

  @Field(() => String, { nullable: true, description: "What happened, contact details masked: what everyone reads (admins read the original in `originalDetail`)." })
  detail!: string | null;

  @Field(() => ComplaintStatus, { description: "OPEN until an admin resolves it: RESOLVED (upheld) or REJECTED (dismissed)." })
  status!: ComplaintStatus;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  resolvedAt!: Date | null;

  @Field(() => String, { nullable: true })
  resolutionNote!: string | null;
}

export const SolicitationReportConnection = ConnectionType("SolicitationReport", SolicitationReport);
