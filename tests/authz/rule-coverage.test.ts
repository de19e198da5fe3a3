import "reflect-metadata";
import { isInterfaceType, isIntrospectionType, isObjectType } from "graphql";
import { describe, expect, it } from "vitest";
import { buildBaseSchema } from "../../src/app/schema.ts";
import { permissionRules } from "../../src/authz/permissions.ts";

/**
 * Secure by default: every root operation and object field must be named in the rule map (or its
 * type covered by one type-wide rule). A new field without a rule fails here instead of shipping
 * behind the deny-all fallback by accident, or worse, open.
 */
describe("the permission rule map", () => {
  it("names every Query, Mutation, Subscription and object field of the schema", async () => {
    const schema = await buildBaseSchema();
    const rules = permissionRules as Record<string, unknown>;
    const missing: string[] = [];
    for (const type of Object.values(schema.getTypeMap())) {
      if (isIntrospectionType(type) || !(isObjectType(type) || isInterfaceType(type))) continue;
      const typeRule = rules[type.name];
      if (typeRule === undefined) {
        missing.push(`${type.name} (whole type)`);
        continue;
      }
      if (typeof typeRule === "object" && typeRule !== null && !("resolve" in typeRule)) {
        for (const field of Object.keys(type.getFields())) if (!(field in typeRule)) missing.push(`${type.name}.${field}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it("names nothing that the schema does not have", async () => {
    const schema = await buildBaseSchema();
    const stale: string[] = [];
    for (const [typeName, typeRule] of Object.entries(permissionRules as Record<string, unknown>)) {
      const type = schema.getType(typeName);
      if (!type || !(isObjectType(type) || isInterfaceType(type))) {
        stale.push(typeName);
        continue;
      }
      if (typeof typeRule === "object" && typeRule !== null && !("resolve" in typeRule)) {
        for (const field of Object.keys(typeRule)) if (!(field in type.getFields())) stale.push(`${typeName}.${field}`);
      }
    }
    expect(stale).toEqual([]);
  });
});
