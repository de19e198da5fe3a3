import "reflect-metadata";
import { randomUUID } from "node:crypto";
import { execute, getNamedType, isLeafType, isObjectType, parse, type GraphQLObjectType, type GraphQLSchema } from "graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { buildBaseSchema } from "../../src/app/schema.ts";
import { enforcePermissions } from "../../src/authz/enforce.ts";
import { permissionRules } from "../../src/authz/permissions.ts";
import { customerField, isOwnAccountOrAdmin, withinScope } from "../../src/authz/rules.ts";
import { chatFanoutClass, fanoutClassesOf } from "../../src/modules/chat/chat.fanout.ts";
import { chatRules } from "../../src/modules/chat/chat.policy.ts";
import type { Viewer } from "../../src/platform/auth/viewer.ts";
import type { ChatMessageEvent } from "../../src/platform/pubsub/topics.ts";

/**
 * The live chat fan-out executes a subscription's selection once per permission class and hands
 * every subscriber of that class the same result. The classes are derived from the ChatMessage
 * field rules (chat.fanout.ts); these specs fail when a field of ChatMessage depends on the reader
 * in a way the classes do not capture, instead of relying on a comment.
 */
const ROLES = ["CUSTOMER", "MECHANIC", "WORKSHOP_ADVISOR", "PARTNER", "ADMIN"] as const;
const viewerOf = (role: Viewer["role"]): Viewer => ({ id: randomUUID(), role, workshopId: role === "WORKSHOP_ADVISOR" ? randomUUID() : null });
/** The non-admin readers these specs execute for read no audited field; an admin's read would fail the spec here. */
const NO_AUDITED_READS = { record: () => Promise.reject(new Error("an audited read in a shared class")) };
const classOf = (viewer: Viewer) => chatFanoutClass("chatMessageAdded", { viewer } as Parameters<typeof chatFanoutClass>[1]);

describe("the chat fan-out classes", () => {
  it("are derived from the ChatMessage field rules: admins read the original, every other role shares one class", () => {
    const classes = fanoutClassesOf(chatRules.ChatMessage)!;
    expect(classes).not.toBeNull();
    expect(new Set(ROLES.filter((role) => role !== "ADMIN").map((role) => classes.get(role))).size).toBe(1);
    expect(classes.get("ADMIN")).not.toBe(classes.get("CUSTOMER"));
    expect(classes.get("ADMIN")).toContain("originalBody");
    expect(classes.get("CUSTOMER")).not.toContain("originalBody");
  });

  it("share nothing once a field's rule depends on more than the reader's role", () => {
    expect(fanoutClassesOf({ ...chatRules.ChatMessage, sender: isOwnAccountOrAdmin })).toBeNull();
    expect(fanoutClassesOf({ ...chatRules.ChatMessage, phone: customerField("phone") })).toBeNull();
    expect(fanoutClassesOf(withinScope)).toBeNull();
  });

  it("serve each reader of originals alone, since each such read is audited as its reader's", () => {
    expect(classOf(viewerOf("ADMIN"))).toBeNull();
    expect(ROLES.filter((role) => role !== "ADMIN").every((role) => classOf(viewerOf(role)) !== null)).toBe(true);
  });

  it("share nothing outside chatMessageAdded or for an anonymous caller", () => {
    expect(chatFanoutClass("quoteAdded", { viewer: viewerOf("ADMIN") } as Parameters<typeof chatFanoutClass>[1])).toBeNull();
    expect(chatFanoutClass("chatMessageAdded", { viewer: null } as Parameters<typeof chatFanoutClass>[1])).toBeNull();
  });
});

describe("every ChatMessage field", () => {
  let schema: GraphQLSchema;
  let chatMessage: GraphQLObjectType;
  beforeAll(async () => {
    schema = enforcePermissions(await buildBaseSchema(), permissionRules);
    chatMessage = schema.getType("ChatMessage") as GraphQLObjectType;
  });

  it("has a rule of its own in chat.policy.ts and holds a plain value (no object whose own rules would apply)", () => {
    expect(isObjectType(chatMessage)).toBe(true);
    const fields = Object.values(chatMessage.getFields());
    expect(fields.filter((field) => !(field.name in chatRules.ChatMessage)).map((field) => field.name)).toEqual([]);
    expect(fields.filter((field) => !isLeafType(getNamedType(field.type))).map((field) => field.name)).toEqual([]);
  });

  it("resolves identically for every subscriber of one class, and differently across classes", async () => {
    const subscribers = [...ROLES, ...ROLES].filter((role) => role !== "ADMIN").map(viewerOf);
    const event: ChatMessageEvent = {
      workshopId: null,
      id: randomUUID(),
      sessionId: randomUUID(),
      senderId: subscribers[0]!.id,
      senderRole: "CUSTOMER",
      kind: "USER",
      body: "call me on 415 555 0132",
      deliveredBody: "call me on [hidden]",
      flaggedKinds: ["PHONE"],
      createdAt: new Date().toISOString(),
      editedAt: null,
    };
    // Every field, as a client that asks for all of them would.
    const document = parse(`subscription ($id: ID!) { chatMessageAdded(sessionId: $id) { ${Object.keys(chatMessage.getFields()).join(" ")} } }`);
    const byClass = new Map<string, Set<string>>();
    for (const viewer of subscribers) {
      const result = await execute({ schema, document, rootValue: event, variableValues: { id: event.sessionId }, contextValue: { viewer, requestId: "fanout-spec", reads: NO_AUDITED_READS } });
      const fanoutClass = classOf(viewer)!;
      expect(fanoutClass).not.toBeNull();
      byClass.set(fanoutClass, (byClass.get(fanoutClass) ?? new Set()).add(JSON.stringify(result)));
    }
    expect([...byClass.values()].map((results) => results.size)).toEqual([...byClass.keys()].map(() => 1));
    const results = [...byClass.values()].map((results) => [...results][0]);
    expect(new Set(results).size).toBe(byClass.size);
  });
});
