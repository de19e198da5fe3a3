import { Field, ID, InputType, ObjectType, registerEnumType } from "type-graphql";
import { z } from "zod";
import { ComplaintStatus, ReportSubject } from "../../platform/db/generated/enums.ts";
import { ConnectionType } from "../shared/pagination.ts";
import { Check } from "../shared/validation.ts";

registerEnumType(ReportSubject, {
  name: "ReportSubject",
  valuesConfig: {
    SESSION: { description: "A diagnostic session (its mechanic is reported)." },
    MESSAGE: { description: "A chat message (its sender is reported)." },
    QUOTE: { description: "A repair quote (its author is reported)." },
  },
});

/** A customer's report: what it is about (a record the customer is party to) and, optionally, what happened (at most 2000 characters, monitored). */
@InputType({ description: "A report of off-platform solicitation on a session, a message or a quote you are party to." })
export class ReportSolicitationInput {
  @Field(() => ReportSubject)
  @Check(z.nativeEnum(ReportSubject))
  subjectType!: ReportSubject;

  @Field(() => ID)
  @Check(z.string().uuid("must be an id"))
  subjectId!: string;

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

  @Field(() => ID, { nullable: true, description: "The professional reported: the session's mechanic, the message's sender or the quote's author." })
  accusedId!: string | null;

  @Field(() => String, { nullable: true })
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
