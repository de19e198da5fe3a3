import "reflect-metadata";
import { isObjectType, type GraphQLObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildBaseSchema } from "../../src/app/schema.ts";

/**
 * A field without a resolver of its own is read as a property, inline, by graphql-jit; one with a
 * resolver costs a call per value (issue 19: a page of 50 quotes with their lines is 750 values).
 * So the base schema gives plain fields none, on every type, and keeps the resolvers it declares.
 */
describe("the base schema's plain fields", () => {
  const fieldsOf = async (name: string) => ((await buildBaseSchema()).getType(name) as GraphQLObjectType).getFields();

  it("have no resolver on any object type (a list's rows are read as they are)", async () => {
    const schema = await buildBaseSchema();
    const resolved = (name: string) => {
      const type = schema.getType(name);
      if (!isObjectType(type)) throw new Error(`${name} is not an object type`);
      return Object.values(type.getFields())
        .filter((field) => field.resolve)
        .map((field) => field.name);
    };
    expect(resolved("QuoteLineItem")).toEqual([]);
    expect(resolved("RepairQuote")).not.toContain("totalCents");
    expect(resolved("Escalation")).not.toContain("createdAt");
    expect(resolved("Workshop")).not.toContain("name");
  });

  it("keep the field resolvers a module declares", async () => {
    const quote = await fieldsOf("RepairQuote");
    expect(quote.lineItems!.resolve).toBeTypeOf("function");
    expect(quote.workshop!.resolve).toBeTypeOf("function");
    const escalation = await fieldsOf("Escalation");
    expect(escalation.session!.resolve).toBeTypeOf("function");
    expect(escalation.customer!.resolve).toBeTypeOf("function");
  });
});
