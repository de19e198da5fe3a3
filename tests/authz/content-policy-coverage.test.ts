import "reflect-metadata";
import { buildSchema, getNamedType, GraphQLString, isInputObjectType, isIntrospectionType, isObjectType, type GraphQLInputType, type GraphQLSchema } from "graphql";
import { describe, expect, it } from "vitest";
import { buildBaseSchema } from "../../src/app/schema.ts";
import { enforceContentPolicy } from "../../src/authz/content-enforce.ts";
import { classCounts, contentPolicy } from "../../src/authz/content-policy.ts";
import { DEFAULT_DETECTION_OPTIONS } from "../../src/domain/contacts/contact-detector.ts";

/**
 * Deny-by-default for text: every String / [String] argument and input-object field another party
 * might read must be classified in authz/content-policy.ts. Walked here independently of the
 * enforcement code: from every field's arguments down through nested input objects and lists.
 */
function textInputs(schema: GraphQLSchema): Set<string> {
  const keys = new Set<string>();
  const seen = new Set<string>();
  const walkInput = (type: GraphQLInputType) => {
    const named = getNamedType(type);
    if (!isInputObjectType(named) || seen.has(named.name)) return;
    seen.add(named.name);
    for (const field of Object.values(named.getFields())) {
      if (getNamedType(field.type) === GraphQLString) keys.add(`${named.name}.${field.name}`);
      else walkInput(field.type);
    }
  };
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isInputObjectType(type)) walkInput(type); // input types reachable only from elsewhere count too
    if (!isObjectType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      for (const arg of field.args) {
        if (getNamedType(arg.type) === GraphQLString) keys.add(`${type.name}.${field.name}(${arg.name})`);
        else walkInput(arg.type);
      }
    }
  }
  return keys;
}

describe("the content policy", () => {
  it("classifies every String argument and input field of the schema, nested input types included", async () => {
    const schema = await buildBaseSchema();
    const unclassified = [...textInputs(schema)].filter((key) => !(key in contentPolicy)).sort();
    expect(unclassified).toEqual([]);
  });

  it("names no field the schema no longer has", async () => {
    const schema = await buildBaseSchema();
    const present = textInputs(schema);
    expect(
      Object.keys(contentPolicy)
        .filter((key) => !present.has(key))
        .sort(),
    ).toEqual([]);
  });

  it("gives a reason for every field it does not monitor at the edge", () => {
    const unexplained = Object.entries(contentPolicy).filter(([, rule]) => (rule.class === "NOT_FREE_TEXT" || rule.class === "SERVICE_MONITORED") && rule.reason.trim().length < 10);
    expect(unexplained).toEqual([]);
    console.info("content policy classes:", classCounts());
  });

  it("stops the server from starting when a text field is unclassified or the policy is stale", () => {
    const withNewField = buildSchema(`type Query { a: Int } type Mutation { leaveNote(note: String): Int }`);
    expect(() => enforceContentPolicy(withNewField, { mediaUrlHosts: ["media.autodoctor.app"], detection: DEFAULT_DETECTION_OPTIONS })).toThrow(/does not classify: Mutation\.leaveNote\(note\)/);
  });
});
