import { Kind, type FieldNode, type FragmentDefinitionNode, type GraphQLResolveInfo, type SelectionSetNode } from "graphql";

type Fragments = Readonly<Record<string, FragmentDefinitionNode>>;

/** Parsed documents are cached and reused, so the answer for a field node is too. */
const answers = new WeakMap<FieldNode, Map<string, ReadonlySet<string>>>();

/**
 * The names of the fields asked for under `path` of the field being resolved (`["nodes"]`: the
 * fields of a connection's nodes), through aliases, fragments and inline fragments. @skip and
 * @include are not evaluated, so it may name a field that will not run, never miss one that will:
 * loaders may leave out what is not named.
 */
export function requestedFields(info: Pick<GraphQLResolveInfo, "fieldNodes" | "fragments">, path: readonly string[]): ReadonlySet<string> {
  const key = path.join(".");
  const cacheable = info.fieldNodes.length === 1 ? info.fieldNodes[0]! : null;
  const cached = cacheable && answers.get(cacheable)?.get(key);
  if (cached) return cached;
  let selections = info.fieldNodes.flatMap((node) => (node.selectionSet ? [node.selectionSet] : []));
  for (const name of path) {
    selections = fieldsIn(selections, info.fragments)
      .filter((field) => field.name.value === name)
      .flatMap((field) => (field.selectionSet ? [field.selectionSet] : []));
  }
  const names = new Set(fieldsIn(selections, info.fragments).map((field) => field.name.value));
  if (cacheable) {
    const byPath = answers.get(cacheable) ?? new Map<string, ReadonlySet<string>>();
    answers.set(cacheable, byPath.set(key, names));
  }
  return names;
}

function fieldsIn(selectionSets: readonly SelectionSetNode[], fragments: Fragments): FieldNode[] {
  const fields: FieldNode[] = [];
  const spread = new Set<string>();
  const visit = (selectionSet: SelectionSetNode) => {
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) fields.push(selection);
      else if (selection.kind === Kind.INLINE_FRAGMENT) visit(selection.selectionSet);
      else if (!spread.has(selection.name.value)) {
        spread.add(selection.name.value);
        const fragment = fragments[selection.name.value];
        if (fragment) visit(fragment.selectionSet);
      }
    }
  };
  for (const selectionSet of selectionSets) visit(selectionSet);
  return fields;
}

/**
 * The columns of a Prisma-style `select` (column: true) that the fields asked for (`fields`,
 * requestedFields; unset: every column) need: a column is kept when `always` names it, or when
 * a field it is read for was asked for: the fields `readFor[column]` names, else the column's own
 * name. A column left out is `false`, so the select keeps its keys (and a row built from it its shape).
 */
export function columnsFor<S extends Readonly<Record<string, unknown>>>(
  select: S,
  fields: ReadonlySet<string> | undefined,
  { always = new Set<string>(), readFor = {} }: { always?: ReadonlySet<string>; readFor?: Readonly<Record<string, readonly string[]>> } = {},
): { [K in keyof S]: boolean } {
  const needed = (column: string) => !fields || always.has(column) || (readFor[column] ?? [column]).some((field) => fields.has(field));
  return Object.fromEntries(Object.entries(select).map(([column, picked]) => [column, picked === true && needed(column)])) as { [K in keyof S]: boolean };
}
