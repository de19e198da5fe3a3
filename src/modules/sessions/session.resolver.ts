import type { GraphQLResolveInfo } from "graphql";
import { Arg, Args, Ctx, FieldResolver, Info, Int, Mutation, Query, Resolver, Root } from "type-graphql";
import { requireViewer, type Context } from "../../app/context.ts";
import { Mechanic } from "../accounts/account.types.ts";
import { Customer } from "../accounts/customer.type.ts";
import { ChatMessage } from "../chat/chat.types.ts";
import { PageArgs, toPageRequest } from "../shared/pagination.ts";
import { requestedFields } from "../shared/selection.ts";
import { parseInput } from "../shared/validation.ts";
import {
  AddVehicleInput,
  CancelSessionArgs,
  CompleteSessionInput,
  MechanicAbsenceArgs,
  PlatformNoteArgs,
  ReassignSessionArgs,
  RequestSessionInput,
  SessionIdArgs,
  SessionOrder,
  SessionWhere,
} from "./session.inputs.ts";
import { DiagnosticSession, DiagnosticSessionConnection, Vehicle } from "./session.types.ts";

@Resolver(() => DiagnosticSession)
export class SessionResolver {
  @Query(() => DiagnosticSessionConnection, {
    description: "Sessions the caller takes part in (customers: their own; mechanics: assigned; workshops: escalated to them; admins: all).",
  })
  sessions(
    @Args(() => PageArgs) page: PageArgs,
    @Arg("where", () => SessionWhere, { nullable: true }) where: SessionWhere | null,
    @Arg("orderBy", () => SessionOrder, { nullable: true }) orderBy: SessionOrder | null,
    @Ctx() ctx: Context,
    @Info() info: GraphQLResolveInfo,
  ) {
    const viewer = requireViewer(ctx);
    return ctx.services.sessions.list(
      viewer,
      toPageRequest(page),
      where && parseInput(SessionWhere, where, "where"),
      orderBy && parseInput(SessionOrder, orderBy, "orderBy"),
      requestedFields(info, ["nodes"]),
    );
  }

  @Query(() => Int, { description: "Price of a remote diagnostic in cents, shown before sign-up." })
  diagnosticPriceCents(@Ctx() ctx: Context): number {
    return ctx.services.sessions.diagnosticPriceCents;
  }

  @Query(() => DiagnosticSessionConnection, {
    description: "Approved mechanics and admins: requested, unclaimed sessions, oldest first. The customer shows by first name only. FORBIDDEN (MECHANIC_NOT_VETTED) to a mechanic not approved.",
  })
  openSessionRequests(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.sessions.openRequests(requireViewer(ctx), toPageRequest(page));
  }

  @Query(() => DiagnosticSession)
  session(@Args(() => SessionIdArgs) args: SessionIdArgs, @Ctx() ctx: Context): Promise<DiagnosticSession> {
    return ctx.services.sessions.get(requireViewer(ctx), parseInput(SessionIdArgs, args).id);
  }

  @Query(() => [Vehicle], { description: "Customers: their vehicles. Others: vehicles of sessions they took on (mechanics: assigned; workshops: escalations they accepted; admins: all)." })
  vehicles(@Ctx() ctx: Context): Promise<Vehicle[]> {
    return ctx.services.sessions.vehiclesOf(requireViewer(ctx));
  }

  @Mutation(() => Vehicle, { description: "Customers: registers a vehicle to book diagnostics for." })
  addVehicle(@Arg("input", () => AddVehicleInput) input: AddVehicleInput, @Ctx() ctx: Context): Promise<Vehicle> {
    return ctx.services.sessions.addVehicle(requireViewer(ctx), parseInput(AddVehicleInput, input, "input"));
  }

  @Mutation(() => DiagnosticSession, { description: "Customers: books a paid remote diagnostic for one of their vehicles." })
  requestSession(@Arg("input", () => RequestSessionInput) input: RequestSessionInput, @Ctx() ctx: Context): Promise<DiagnosticSession> {
    return ctx.services.sessions.request(requireViewer(ctx), parseInput(RequestSessionInput, input, "input"));
  }

  @Mutation(() => DiagnosticSession, {
    description: "Mechanics: claims an open request (REQUESTED -> ACCEPTED). CONFLICT when someone else got it first, or when it was cancelled right after the claim.",
  })
  claimSession(@Args(() => SessionIdArgs) args: SessionIdArgs, @Ctx() ctx: Context): Promise<DiagnosticSession> {
    return ctx.services.sessions.claim(requireViewer(ctx), parseInput(SessionIdArgs, args).id);
  }

  @Mutation(() => DiagnosticSession, { description: "The assigned mechanic, while approved, starts the diagnostic (ACCEPTED -> IN_PROGRESS)." })
  startSession(@Args(() => SessionIdArgs) args: SessionIdArgs, @Ctx() ctx: Context): Promise<DiagnosticSession> {
    return ctx.services.sessions.start(requireViewer(ctx), parseInput(SessionIdArgs, args).id);
  }

  @Mutation(() => DiagnosticSession, { description: "The assigned mechanic, while approved, submits the diagnosis (IN_PROGRESS -> COMPLETED); the chat becomes read-only." })
  completeSession(@Args(() => SessionIdArgs) args: SessionIdArgs, @Arg("input", () => CompleteSessionInput) input: CompleteSessionInput, @Ctx() ctx: Context): Promise<DiagnosticSession> {
    const viewer = requireViewer(ctx);
    const parsed = parseInput(CompleteSessionInput, input, "input");
    return ctx.services.sessions.complete(viewer, parseInput(SessionIdArgs, args).id, parsed);
  }

  @Mutation(() => DiagnosticSession, {
    description:
      "The customer cancels a session that is not completed: a paid diagnostic is refunded in full when she cancels before a claim or within CANCEL_AFTER_CLAIM_GRACE_SECONDS of it, not later (an admin can). The assigned mechanic's cancelSession is a withdrawal: the session, claimed or started, goes back among the open requests, still paid, that mechanic may not claim it again, and the answer is the open request.",
  })
  cancelSession(@Args(() => CancelSessionArgs) args: CancelSessionArgs, @Ctx() ctx: Context): Promise<DiagnosticSession> {
    const viewer = requireViewer(ctx);
    const { id, reason } = parseInput(CancelSessionArgs, args);
    return ctx.services.sessions.cancel(viewer, id, reason);
  }

  @Mutation(() => DiagnosticSession, {
    description:
      "The customer decides what happens when their mechanic is absent, suspended or no longer approved mid-session, or a no-show (claimed the session and did not start it within MECHANIC_NO_SHOW_MINUTES): reassign it to another mechanic, or a full refund. CONFLICT otherwise.",
  })
  resolveMechanicAbsence(@Args(() => MechanicAbsenceArgs) args: MechanicAbsenceArgs, @Ctx() ctx: Context): Promise<DiagnosticSession> {
    const { sessionId, choice } = parseInput(MechanicAbsenceArgs, args);
    return ctx.services.sessions.resolveMechanicAbsence(requireViewer(ctx), sessionId, choice);
  }

  @Query(() => DiagnosticSessionConnection, { description: "Admins: sessions claimed or in progress whose mechanic is suspended, banned or no longer approved, oldest request first." })
  strandedSessions(@Args(() => PageArgs) page: PageArgs, @Ctx() ctx: Context) {
    return ctx.services.sessionAdmin.stranded(requireViewer(ctx), toPageRequest(page));
  }

  @Mutation(() => DiagnosticSession, { description: "Admins: cancels a session that is not completed, with a reason its parties see; a paid diagnostic is refunded in full. Audited." })
  adminCancelSession(@Args(() => CancelSessionArgs) args: CancelSessionArgs, @Ctx() ctx: Context): Promise<DiagnosticSession> {
    const { id, reason } = parseInput(CancelSessionArgs, args);
    return ctx.services.sessionAdmin.cancel(requireViewer(ctx), id, reason);
  }

  @Mutation(() => DiagnosticSession, {
    description: "Admins: hands an open, paid session to another approved mechanic in good standing (ACCEPTED by them, to start afresh); the reason goes to the audit log.",
  })
  adminReassignSession(@Args(() => ReassignSessionArgs) args: ReassignSessionArgs, @Ctx() ctx: Context): Promise<DiagnosticSession> {
    const { id, mechanicId, reason } = parseInput(ReassignSessionArgs, args);
    return ctx.services.sessionAdmin.reassign(requireViewer(ctx), id, mechanicId, reason);
  }

  @Mutation(() => ChatMessage, { description: "Admins: posts a note into a session's conversation as the platform (a SYSTEM message), published live. Audited." })
  postPlatformNote(@Args(() => PlatformNoteArgs) args: PlatformNoteArgs, @Ctx() ctx: Context): Promise<ChatMessage> {
    const { sessionId, body, escalationId, workshopId } = parseInput(PlatformNoteArgs, args);
    return ctx.services.sessionAdmin.postNote(requireViewer(ctx), sessionId, body, escalationId ? { escalationId, workshopId } : null);
  }

  @FieldResolver(() => Vehicle)
  vehicle(@Root() session: DiagnosticSession, @Ctx() ctx: Context) {
    return ctx.services.sessions.vehicle(requireViewer(ctx), session);
  }

  @FieldResolver(() => Customer, { nullable: true })
  customer(@Root() session: DiagnosticSession, @Ctx() ctx: Context) {
    return ctx.services.sessions.customer(requireViewer(ctx), session);
  }

  @FieldResolver(() => Mechanic, { nullable: true, description: "Null until a mechanic claims the session." })
  mechanic(@Root() session: DiagnosticSession, @Ctx() ctx: Context) {
    return ctx.services.sessions.mechanic(session);
  }
}
