import { Field, Float, Int, ObjectType, registerEnumType } from "type-graphql";

/** The seed's retention metrics held to targets (domain/metrics/retention.ts RETENTION_TARGETS). */
export enum RetentionMetric {
  ON_PLATFORM_TRANSACTION_RATE = "ON_PLATFORM_TRANSACTION_RATE",
  QUOTE_APPROVAL_RATE = "QUOTE_APPROVAL_RATE",
  MECHANIC_COMPLIANCE_RATE = "MECHANIC_COMPLIANCE_RATE",
}
registerEnumType(RetentionMetric, {
  name: "RetentionMetric",
  valuesConfig: {
    ON_PLATFORM_TRANSACTION_RATE: { description: "Escalated / completed diagnostics (target > 30%)." },
    QUOTE_APPROVAL_RATE: { description: "Approved (or completed) / quotes, revisions excluded (target > 60%)." },
    MECHANIC_COMPLIANCE_RATE: { description: "Mechanics with no standing violation, now (target > 95%)." },
  },
});

/** The seed's warning signals, compared week over week. */
export enum WarningSignal {
  ESCALATION_RATE = "ESCALATION_RATE",
  CONTACT_MESSAGES = "CONTACT_MESSAGES",
  TRANSACTION_VOLUME = "TRANSACTION_VOLUME",
  SOLICITATION_REPORTS = "SOLICITATION_REPORTS",
}
registerEnumType(WarningSignal, {
  name: "WarningSignal",
  valuesConfig: {
    ESCALATION_RATE: { description: "Escalated / completed diagnostics, in basis points; a sudden drop alerts." },
    CONTACT_MESSAGES: { description: "Chat messages the monitor flagged for contact details; an increase alerts." },
    TRANSACTION_VOLUME: { description: "Cents customers paid on the platform (captured or authorized); a decrease alerts." },
    SOLICITATION_REPORTS: { description: "Customers' reports of off-platform solicitation; an increase alerts." },
  },
});

@ObjectType({ description: "A retention metric beside the seed's target." })
export class RetentionTarget {
  @Field(() => RetentionMetric)
  metric!: RetentionMetric;

  @Field(() => Int, { nullable: true, description: "The metric in basis points (3000 = 30%); null without data." })
  valueBasisPoints!: number | null;

  @Field(() => Int, { description: "The seed's target in basis points; met when the value is above it." })
  targetBasisPoints!: number;

  @Field(() => Boolean)
  met!: boolean;
}

/**
 * A signal's figures are whole numbers typed Float (exact up to 2^53): a week's TRANSACTION_VOLUME
 * in cents passes GraphQL Int's 2,147,483,647 ($21.4M) on a busy platform, and a change from a
 * small week to a large one can pass it in basis points too.
 */
@ObjectType({ description: "A warning signal in the 7 days ending at `asOf` against the 7 days before." })
export class SignalTrend {
  @Field(() => WarningSignal)
  signal!: WarningSignal;

  @Field(() => Float, {
    nullable: true,
    description: "The week before: a count, cents (TRANSACTION_VOLUME) or basis points (ESCALATION_RATE), always a whole number (Float: a week's cents can pass Int's range); null without data.",
  })
  previousWeek!: number | null;

  @Field(() => Float, { nullable: true, description: "This week, in the units of `previousWeek` (a whole number)." })
  currentWeek!: number | null;

  @Field(() => Float, { nullable: true, description: "(current - previous) / previous in whole basis points; null when the week before was 0 or either has no data." })
  changeBasisPoints!: number | null;

  @Field(() => Boolean, { description: "A change of at least 25% the bad way (a drop or a rise, by signal)." })
  alert!: boolean;
}

@ObjectType({ description: "Admins: the seed's retention metrics with their targets, and the warning signals week over week." })
export class RetentionReport {
  @Field(() => Date)
  asOf!: Date;

  @Field(() => Date, { description: "The start of the window the rates are computed over (30 days before asOf)." })
  since!: Date;

  @Field(() => [RetentionTarget])
  targets!: RetentionTarget[];

  @Field(() => [SignalTrend])
  trends!: SignalTrend[];
}
