// Issue 17: every input is declared once. Each field of an @InputType or @ArgsType class carries its rule
// (`@Check`, modules/shared/validation.ts) beside its `@Field`, and the resolver validates the
// argument once with `parseInput`; there is no second zod schema to keep in step.
import { getMetadataStorage } from "type-graphql";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { buildBaseSchema } from "../../src/app/schema.ts";
import { Check, checkedFields, CheckInput, inputSchemaOf, parseInput } from "../../src/modules/shared/validation.ts";

describe("input classes", () => {
  let inputs: { name: string; target: Parameters<typeof checkedFields>[0]; fields: string[] }[];
  beforeAll(async () => {
    await buildBaseSchema();
    const storage = getMetadataStorage();
    inputs = [...storage.inputTypes, ...storage.argumentTypes].map((type) => ({
      name: type.name,
      target: type.target,
      fields: storage.fields.filter((f) => f.target === type.target).map((f) => f.name),
    }));
  });

  it("include the argument classes of fields whose scalars were once checked in services", () => {
    expect(inputs.map((input) => input.name)).toEqual(
      expect.arrayContaining(["PageArgs", "FileComplaintArgs", "ReviewViolationArgs", "ViolationFilterArgs", "InvestigationArgs", "QuoteArrivalsArgs"]),
    );
  });

  it("declare a check on every GraphQL field, and no check on anything else", () => {
    const unchecked = inputs.filter((input) => [...input.fields].sort().join() !== checkedFields(input.target).sort().join());
    expect(unchecked.map((input) => `${input.name}: fields ${input.fields.join(",")}; checked ${checkedFields(input.target).join(",")}`)).toEqual([]);
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

  it("returns the normalised input", () => {
    expect(parseInput(Range, { from: 1, to: 2, lines: [{ label: "  a " }] })).toEqual({ from: 1, to: 2, lines: [{ label: "a" }] });
  });

  it("refuses a field's rule, a nested rule, a cross-field rule and an unknown key with BAD_USER_INPUT naming the field", () => {
    const codeAndField = (value: unknown) => {
      try {
        parseInput(Range, value);
        return null;
      } catch (error) {
        const { extensions } = error as { extensions: Record<string, unknown> };
        return `${String(extensions.code)} ${String(extensions.field)}`;
      }
    };
    expect(codeAndField({ from: 1.5 })).toBe("BAD_USER_INPUT from");
    expect(codeAndField({ lines: [{ label: "   " }] })).toBe("BAD_USER_INPUT lines.0.label");
    expect(codeAndField({ from: 3, to: 2 })).toBe("BAD_USER_INPUT to");
    expect(codeAndField({ extra: 1 })).toBe("BAD_USER_INPUT undefined");
  });
});
