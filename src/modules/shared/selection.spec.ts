import { parse, type FieldNode, type FragmentDefinitionNode, type OperationDefinitionNode } from "graphql";
import { describe, expect, it } from "vitest";
import { requestedFields } from "./selection.ts";

/** The resolve info of a document's first root field (each call parses afresh: answers are cached per field node). */
function infoOf(document: string): { fieldNodes: FieldNode[]; fragments: Record<string, FragmentDefinitionNode> } {
  const parsed = parse(document);
  const operation = parsed.definitions.find((d): d is OperationDefinitionNode => d.kind === "OperationDefinition")!;
  const fragments = Object.fromEntries(parsed.definitions.filter((d): d is FragmentDefinitionNode => d.kind === "FragmentDefinition").map((d) => [d.name.value, d]));
  return { fieldNodes: [operation.selectionSet.selections[0] as FieldNode], fragments };
}

const sorted = (names: ReadonlySet<string>) => [...names].sort();

describe("the fields asked for under a path", () => {
  it("names the fields of a connection's nodes, by their field names (not aliases)", () => {
    const info = infoOf(`{ sessions { totalCount nodes { id state: status vehicle { make } } } }`);
    expect(sorted(requestedFields(info, ["nodes"]))).toEqual(["id", "status", "vehicle"]);
  });

  it("follows named fragments, nested fragments and inline fragments", () => {
    const info = infoOf(`
      { sessions { nodes { ...Row ... on DiagnosticSession { concern } } } }
      fragment Row on DiagnosticSession { id ...Money }
      fragment Money on DiagnosticSession { priceCents }`);
    expect(sorted(requestedFields(info, ["nodes"]))).toEqual(["concern", "id", "priceCents"]);
  });

  it("merges the path's field asked for twice, and names a field under @skip too (never misses one that runs)", () => {
    const info = infoOf(`{ sessions { nodes { id } nodes { status @skip(if: true) } } }`);
    expect(sorted(requestedFields(info, ["nodes"]))).toEqual(["id", "status"]);
  });

  it("reads a fragment spread twice once, and a missing fragment as nothing", () => {
    const info = infoOf(`{ sessions { nodes { ...Row ...Row ...Missing } } } fragment Row on DiagnosticSession { id }`);
    expect(sorted(requestedFields(info, ["nodes"]))).toEqual(["id"]);
  });

  it("is empty when the path is not asked for, and the field's own fields for an empty path", () => {
    const info = infoOf(`{ sessions { totalCount } }`);
    expect(sorted(requestedFields(info, ["nodes"]))).toEqual([]);
    expect(sorted(requestedFields(info, []))).toEqual(["totalCount"]);
  });

  it("gives the same answer for the same field node again (cached)", () => {
    const info = infoOf(`{ sessions { nodes { id } } }`);
    expect(requestedFields(info, ["nodes"])).toBe(requestedFields(info, ["nodes"]));
  });
});
