import { Field, ID, Int, ObjectType, registerEnumType } from "type-graphql";
import { ContactKind, FlagStatus, PenaltyKind } from "../../platform/db/generated/enums.ts";
import type { Instant } from "../../platform/db/sql.ts";
import { Mechanic } from "../accounts/account.types.ts";
import { ChatMessage } from "../chat/chat.types.ts";
import { ContentFlag } from "../content/content-flag.types.ts";
import { DiagnosticSession } from "../sessions/session.types.ts";
import { ConnectionType } from "../shared/pagination.ts";
import { SolicitationReport } from "./report.types.ts";
import { SignalTrend } from "./retention.types.ts";

registerEnumType(FlagStatus, { name: "FlagStatus" });
registerEnumType(PenaltyKind, { name: "PenaltyKind" });

export enum ReviewDecision {
  /** The flag was right; the penalty stands. */
  CONFIRM = "CONFIRM",
  /** A false positive: the penalty is reversed. */
  DISMISS = "DISMISS",
}
registerEnumType(ReviewDecision, { name: "ReviewDecision" });

@ObjectType({ description: "A penalty of the ladder: warning + 7 days, 30 days, permanent ban." })
export class Penalty {
  @Field(() => ID)
  id!: string;

  @Field(() => PenaltyKind)
  kind!: PenaltyKind;

  @Field(() => Date)
  startsAt!: Date;

  @Field(() => Date, { nullable: true, description: "Null for a permanent ban." })
  endsAt!: Date | null;

  @Field(() => Date, { nullable: true, description: "Set when an admin dismissed the flag." })
  reversedAt!: Date | null;
}

@ObjectType({ description: "Admins: a professional's chat message or written field that shared contact details, and what it cost them." })
export class ContactViolation {
  @Field(() => ID)
  id!: string;

  @Field(() => ID)
  offenderId!: string;

  @Field(() => [ContactKind])
  kinds!: ContactKind[];

  @Field(() => FlagStatus)
  status!: FlagStatus;

  @Field(() => Date)
  createdAt!: Date;

  @Field(() => Date, { nullable: true })
  reviewedAt!: Date | null;

  @Field(() => String, { nullable: true })
  reviewNote!: string | null;

  @Field(() => ChatMessage, { nullable: true, description: "The chat message that shared contact details; null when the violation is about another field (`content`)." })
  message!: ChatMessage | null;

  @Field(() => ContentFlag, {
    nullable: true,
    description: "One written field (a quote's notes, a diagnosis...) that shared contact details, the one the offence was recorded against; null for a chat message.",
    deprecationReason: "One write may flag several fields and this is only one of them: use `contents`, every flagged field of the write.",
  })
  content!: ContentFlag | null;

  @Field(() => Penalty, { nullable: true, description: "Null when only an off-platform request was found: flagged for review, not penalised." })
  penalty!: Penalty | null;
}

export const ContactViolationConnection = ConnectionType("ContactViolation", ContactViolation);

@ObjectType({ description: "Admins: a conversation with flagged messages: a session's chat, or one of its workshop conversations (`workshopId`).", simpleResolvers: true })
export class FlaggedConversation {
  @Field(() => DiagnosticSession)
  session!: DiagnosticSession;

  @Field(() => ID, { nullable: true, description: "The workshop whose conversation with the session's customer this is; null for the session chat (customer and mechanic)." })
  workshopId!: string | null;

  @Field(() => Int)
  flaggedMessageCount!: number;

  @Field(() => Date)
  lastFlaggedAt!: Instant;
}

export const FlaggedConversationConnection = ConnectionType("FlaggedConversation", FlaggedConversation);

@ObjectType({ description: "Share of mechanics who never tried to take a customer off the platform (target: above 95%)." })
export class ComplianceRate {
  @Field(() => Int)
  mechanicCount!: number;

  @Field(() => Int, { description: "Mechanics with no standing violation." })
  compliantCount!: number;

  @Field(() => Int, { nullable: true, description: "compliantCount / mechanicCount in basis points (9500 = 95%); null without mechanics." })
  basisPoints!: number | null;
}

@ObjectType()
export class MechanicActivity {
  @Field(() => Mechanic)
  mechanic!: Mechanic;

  @Field(() => Int)
  completedDiagnostics!: number;

  @Field(() => Int)
  escalations!: number;
}

@ObjectType({ description: "Admins: the retention strategy's investigation triggers." })
export class InvestigationTriggers {
  @Field(() => [MechanicActivity], { description: "Mechanics with more than 10 completed diagnostics and no escalation to a workshop." })
  mechanicsWithoutEscalations!: MechanicActivity[];

  @Field(() => [ChatMessage], { description: 'Recent messages with contact patterns (phone numbers, "call me", "text me", ...), newest first.' })
  recentContactMessages!: ChatMessage[];

  @Field(() => [SolicitationReport], { description: "Open customer reports of off-platform solicitation, newest first (up to 100)." })
  openSolicitationReports!: SolicitationReport[];

  @Field(() => [SignalTrend], { description: "The warning signals alerting this week (retentionReport)." })
  alerts!: SignalTrend[];
}
