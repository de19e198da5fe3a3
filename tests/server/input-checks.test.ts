// Issue 17: every input is declared once. Each field of an @InputType or @ArgsType class carries its rule
// (`@Check`, modules/shared/validation.ts) beside its `@Field`, and the resolver validates the
// argument once with `parseInput`; there is no second zod schema to keep in step.
import { isInputObjectType, type GraphQLSchema } from "graphql";
import { getMetadataStorage } from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildBaseSchema } from "../../src/app/schema.ts";
import { SanctionInput, SuspendAccountInput } from "../../src/modules/enforcement/sanction.types.ts";
import { Check, checkedFields, CheckInput, inputSchemaOf, parseInput } from "../../src/modules/shared/validation.ts";

type InputClass = Parameters<typeof checkedFields>[0];
/** A field as type-graphql's metadata records it: the class that declares it, and its name. */
type FieldMetadata = { target: InputClass; name: string };

/**
 * The GraphQL fields of an input or argument class: those it declares and those of every class it
 * extends, as type-graphql builds an inherited input type (tests below check it against the schema).
 */
function graphqlFieldsOf(target: InputClass, fields: readonly FieldMetadata[]): string[] {
  const names = new Set<string>();
  for (let type: unknown = target; typeof type === "function" && type !== Function.prototype; type = Object.getPrototypeOf(type)) {
    for (const field of fields) if (field.target === type) names.add(field.name);
  }
  return [...names].sort();
}

/** Each class whose GraphQL fields are not exactly its checked fields, described; empty when every field has a check. */
function mismatches(classes: readonly { name: string; target: InputClass }[], fields: readonly FieldMetadata[]): string[] {
  return classes.flatMap(({ name, target }) => {
    const graphql = graphqlFieldsOf(target, fields);
    const checked = checkedFields(target).sort();
    return graphql.join() === checked.join() ? [] : [`${name}: fields ${graphql.join(",")}; checked ${checked.join(",")}`];
  });
}

describe("input classes", () => {
  let schema: GraphQLSchema;
  let inputs: { name: string; target: InputClass; kind: "input" | "arguments" }[];
  let fields: FieldMetadata[];
  beforeAll(async () => {
    schema = await buildBaseSchema();
    const storage = getMetadataStorage();
    inputs = [...storage.inputTypes.map((type) => ({ ...type, kind: "input" as const })), ...storage.argumentTypes.map((type) => ({ ...type, kind: "arguments" as const }))];
    fields = storage.fields;
  });

  it("include the argument classes of fields whose scalars were once checked in services", () => {
    expect(inputs.map((input) => input.name)).toEqual(
      expect.arrayContaining(["PageArgs", "FileComplaintArgs", "ReviewViolationArgs", "ViolationFilterArgs", "InvestigationArgs", "QuoteArrivalsArgs"]),
    );
  });

  it("are read with the fields they inherit, exactly as the schema shows each input type", () => {
    const differing = inputs
      .filter((input) => input.kind === "input")
      .filter(({ name, target }) => {
        const type = schema.getType(name);
        return !isInputObjectType(type) || Object.keys(type.getFields()).sort().join() !== graphqlFieldsOf(target, fields).join();
      });
    expect(differing.map((input) => input.name)).toEqual([]);
    expect(graphqlFieldsOf(SuspendAccountInput, fields)).toEqual(["reason", "until", "userId"]);
    expect(Object.getPrototypeOf(SuspendAccountInput)).toBe(SanctionInput);
  });

  it("declare a check on every GraphQL field, inherited ones included, and no check on anything else", () => {
    expect(mismatches(inputs, fields)).toEqual([]);
  });

  it("are reported when a field, declared or inherited, has no check, or a check has no field", () => {
    class Base {
      @Check(z.string()) checked!: string;
      unchecked!: string;
    }
    class Extended extends Base {
      @Check(z.string()) own!: string;
    }
    class Complete extends Base {
      @Check(z.string()) override unchecked!: string;
    }
    class Stray {
      @Check(z.string()) declared!: string;
      @Check(z.string()) notInGraphql!: string;
    }
    const metadata: FieldMetadata[] = [
      { target: Base, name: "checked" },
      { target: Base, name: "unchecked" },
      { target: Extended, name: "own" },
      { target: Complete, name: "unchecked" },
      { target: Stray, name: "declared" },
    ];
    const classes = [Base, Extended, Complete, Stray].map((target) => ({ name: target.name, target }));
    expect(mismatches(classes, metadata)).toEqual([
      "Base: fields checked,unchecked; checked checked",
      "Extended: fields checked,own,unchecked; checked checked,own",
      "Stray: fields declared; checked declared,notInGraphql",
    ]);
  });
});

describe("parseInput", () => {
  class Line {
    @Check(z.string().trim().min(1).max(10)) label!: string;
  }
  @CheckInput((value, ctx) => {
    if (value.from !== undefined && value.to !== undefined && (value.from as number) > (value.to as number)) ctx.addIssue({ code: "custom", path: ["to"], message: "must not be before from" });
  })
  class Range {
    @Check(z.number().int().optional()) from?: number;
    @Check(z.number().int().optional()) to?: number;
    @Check(z.array(inputSchemaOf(Line)).max(2).optional()) lines?: Line[];
  }
  class NamedRange extends Range {
    @Check(z.string().trim().min(1)) name!: string;
  }

  const codeAndField = (input: typeof Range, value: unknown) => {
    try {
      parseInput(input, value);
      return null;
    } catch (error) {
      const { extensions } = error as { extensions: Record<string, unknown> };
      return `${String(extensions.code)} ${String(extensions.field)}`;
    }
  };

  it("returns the normalised input", () => {
    expect(parseInput(Range, { from: 1, to: 2, lines: [{ label: "  a " }] })).toEqual({ from: 1, to: 2, lines: [{ label: "a" }] });
  });

  it("refuses a field's rule, a nested rule, a cross-field rule and an unknown key with BAD_USER_INPUT naming the field", () => {
    expect(codeAndField(Range, { from: 1.5 })).toBe("BAD_USER_INPUT from");
    expect(codeAndField(Range, { lines: [{ label: "   " }] })).toBe("BAD_USER_INPUT lines[0].label");
    expect(codeAndField(Range, { from: 3, to: 2 })).toBe("BAD_USER_INPUT to");
    expect(codeAndField(Range, { extra: 1 })).toBe("BAD_USER_INPUT undefined");
  });

  it("checks a class that extends another against the rules it inherits, cross-field ones included, and its own", () => {
    expect(parseInput(NamedRange, { from: 1, name: " r " })).toEqual({ from: 1, name: "r" });
    expect(codeAndField(NamedRange, { from: 1.5, name: "r" })).toBe("BAD_USER_INPUT from");
    expect(codeAndField(NamedRange, { from: 3, to: 2, name: "r" })).toBe("BAD_USER_INPUT to");
    expect(codeAndField(NamedRange, { from: 1, name: " " })).toBe("BAD_USER_INPUT name");
    expect(codeAndField(NamedRange, { name: "r", extra: 1 })).toBe("BAD_USER_INPUT undefined");
    expect(codeAndField(Range, { from: 1, name: "r" })).toBe("BAD_USER_INPUT undefined");
  });
});
