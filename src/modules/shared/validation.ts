import type { ClassType } from "type-graphql";
import { z } from "zod";
import { badInputAt, ERROR_REASON_DESCRIPTIONS, type ErrorReason, type InputPath } from "../../platform/errors.ts";

/** An input class, as decorators and type-graphql's metadata see it. */
// eslint-disable-next-line @typescript-eslint/no-unsafe-function-type -- decorators receive the class as a bare Function
type InputClass = Function;

type Refinement = (value: Record<string, unknown>, ctx: z.RefinementCtx) => void;

const fieldChecks = new Map<InputClass, Map<string, z.ZodType>>();
const classRefinements = new Map<InputClass, Refinement[]>();
const built = new Map<InputClass, z.ZodType>();
const nestingLimits = new Map<InputClass, { keys: ReadonlySet<string>; max: number }>();

/**
 * The rule of one field of an `@InputType` or `@ArgsType` class, declared beside its `@Field`: an
 * input is declared once, and `parseInput` validates it against these rules (issue 17), in the
 * resolver, so services receive parsed values and validate nothing themselves. A field without a
 * `@Check` fails tests/server/input-checks.test.ts. A class that extends another input class
 * inherits its checks with its fields (as type-graphql inherits the fields), and may re-declare one.
 */
export function Check(schema: z.ZodType): PropertyDecorator {
  return (target, property) => {
    const checks = fieldChecks.get(target.constructor) ?? new Map<string, z.ZodType>();
    checks.set(String(property), schema);
    fieldChecks.set(target.constructor, checks);
  };
}

/**
 * A rule across fields of an `@InputType` class (add issues to `ctx`), run after every field's
 * `@Check` passed; a subclass runs its ancestors' rules first.
 */
export function CheckInput(refinement: Refinement): ClassDecorator {
  return (target) => {
    classRefinements.set(target, [...(classRefinements.get(target) ?? []), refinement]);
  };
}

/**
 * Caps how deep an `@InputType`'s self-referencing fields (a filter's `AND`/`OR`/`NOT`) may nest:
 * `max` levels of them, counted along any path (`{ NOT: { AND: [{ NOT: {} }] } }` is 3). Checked
 * before any field's `@Check`, without recursion, so an input nested thousands deep is refused
 * with BAD_USER_INPUT naming the first field past the cap instead of overflowing the stack of the
 * recursive checks, the permission walk or the query builders behind it.
 */
export function MaxNesting(keys: readonly string[], max: number): ClassDecorator {
  return (target) => {
    nestingLimits.set(target, { keys: new Set(keys), max });
  };
}

/** The path to the first of `keys` nested deeper than `max` in `value`, or null when none is. Iterative (a stack, not recursion). */
export function overNested(value: unknown, keys: ReadonlySet<string>, max: number): (string | number)[] | null {
  const pending: { value: unknown; path: (string | number)[]; depth: number }[] = [{ value, path: [], depth: 0 }];
  while (pending.length) {
    const { value: current, path, depth } = pending.pop()!;
    if (!current || typeof current !== "object" || Array.isArray(current)) continue;
    for (const [key, inner] of Object.entries(current)) {
      if (!keys.has(key) || inner == null) continue;
      const at = [...path, key];
      if (depth + 1 > max) return at;
      if (Array.isArray(inner)) inner.forEach((branch, index) => pending.push({ value: branch, path: [...at, index], depth: depth + 1 }));
      else pending.push({ value: inner, path: at, depth: depth + 1 });
    }
  }
  return null;
}

/** `input` and the classes it extends, the farthest ancestor first. */
function lineageOf(input: InputClass): InputClass[] {
  const lineage: InputClass[] = [];
  for (let type: unknown = input; typeof type === "function" && type !== Function.prototype; type = Object.getPrototypeOf(type)) lineage.unshift(type);
  return lineage;
}

/**
 * The field checks of `input`, its own and those it inherits, ancestors' fields first (the order
 * type-graphql gives an inherited input's fields); a field re-declared lower down takes the lower check.
 */
function checksOf(input: InputClass): Map<string, z.ZodType> {
  return new Map(lineageOf(input).flatMap((type) => [...(fieldChecks.get(type) ?? [])]));
}

/** The fields an `@InputType` class checks, inherited ones included, by name (tests compare them with the GraphQL fields). */
export function checkedFields(input: InputClass): string[] {
  return [...checksOf(input).keys()];
}

/**
 * The zod schema of an `@InputType` class, from its fields' `@Check`s and its `@CheckInput`s (inherited ones included):
 * strict (an unknown key is refused), built once. Use it to nest an input in another's `@Check`.
 */
export function inputSchemaOf<T extends object>(input: ClassType<T>): z.ZodType<T> {
  let schema = built.get(input);
  if (!schema) {
    const checks = checksOf(input);
    if (checks.size === 0) throw new Error(`${input.name} has no @Check fields`);
    const object = z.object(Object.fromEntries(checks)).strict();
    const refinements = lineageOf(input).flatMap((type) => classRefinements.get(type) ?? []);
    schema = refinements.length === 0 ? object : object.superRefine((value, ctx) => refinements.forEach((refine) => refine(value, ctx)));
    const limit = nestingLimits.get(input);
    if (limit) {
      const names = [...limit.keys];
      const keys = names.length > 1 ? `${names.slice(0, -1).join(", ")} and ${names.at(-1)}` : names.join("");
      // A pipe stops at the first schema's issue: an over-nested input never reaches the recursive checks.
      schema = z
        .unknown()
        .superRefine((value, ctx) => {
          const path = overNested(value, limit.keys, limit.max);
          if (path) ctx.addIssue({ code: "custom", message: `${keys} may nest at most ${limit.max} levels deep`, path });
        })
        .pipe(schema);
    }
    built.set(input, schema);
  }
  return schema as z.ZodType<T>;
}

/** How a bound reads for the kind of value it applies to: a number, a string's characters, a list's items. */
function boundText(origin: unknown, relation: string, bound: number): string {
  if (origin === "string") return `must be ${relation} ${bound} ${bound === 1 ? "character" : "characters"}`;
  if (origin === "array" || origin === "set") return `must have ${relation} ${bound} ${bound === 1 ? "item" : "items"}`;
  return `must be ${relation} ${bound}`;
}

/**
 * The message of a bound, type or whole-number rule declared without its own ("must be at most 3",
 * "must be at least 8 characters", "must have at least 1 item", "must be a whole number", "must be
 * text", "is required", "has unknown fields") instead of zod's default English ("Too big: expected
 * number to be <=3", "Invalid input: expected string, received object"); a message a `@Check`
 * gives wins. Other issues keep zod's.
 */
function clearMessage(issue: z.core.$ZodRawIssue): string | undefined {
  if (issue.code === "too_big") return boundText(issue.origin, issue.inclusive ? "at most" : "less than", Number(issue.maximum));
  if (issue.code === "too_small") return boundText(issue.origin, issue.inclusive ? "at least" : "more than", Number(issue.minimum));
  if (issue.code === "invalid_type" && issue.expected === "int") return "must be a whole number";
  if (issue.code === "invalid_type") return issue.input === undefined ? "is required" : (EXPECTED_TYPE[issue.expected] ?? undefined);
  if (issue.code === "unrecognized_keys") return "has unknown fields";
  return undefined;
}

/** How a value of the wrong type is told what it must be (a JSON import's row can hold anything). */
const EXPECTED_TYPE: Readonly<Record<string, string>> = {
  string: "must be text",
  number: "must be a number",
  boolean: "must be true or false",
  array: "must be a list",
  object: "must be an object",
};

/** The `ErrorReason` a `@Check` rule gave its issue (`refine(test, { message, params: { reason: "CONTACT_DETAILS" } })`), if any. */
function reasonOf(issue: z.core.$ZodIssue): ErrorReason | undefined {
  const reason: unknown = issue.code === "custom" ? issue.params?.["reason"] : undefined;
  return typeof reason === "string" && Object.hasOwn(ERROR_REASON_DESCRIPTIONS, reason) ? (reason as ErrorReason) : undefined;
}

/**
 * Validates (and normalises: trims, defaults) an `@InputType` or `@ArgsType` argument against its
 * class's checks, once, at the edge: the resolver calls it (the credential operations' services,
 * after charging the attempt), and the service receives the result. `argument` is the name of the
 * field's argument an `@InputType` value came in (`"input"`, `"where"`); an `@ArgsType`'s fields
 * are arguments themselves, so it has none. The error names the field by its full argument path
 * (`input.lineItems[0].unitPriceCents`, badInputAt) and the rule, never the value, so hidden data a
 * caller probes with cannot come back in a message; a rule declared without its message reads as
 * `clearMessage` words it, and a rule that gives an `ErrorReason` in its issue's params (`reasonOf`)
 * puts it in `extensions.reason`.
 *
 * @throws AppError BAD_USER_INPUT naming the field and the rule (never the value), with the rule's reason if it gives one
 */
export function parseInput<T extends object>(input: ClassType<T>, value: unknown, argument?: string): T {
  const result = checkInput(input, value);
  if ("value" in result) return result.value;
  const [{ path, problem, reason }] = result.problems;
  throw badInputAt(argument ? [argument, ...path] : path, problem, reason ? { reason } : {});
}

/** One broken rule of an input: where (InputPath), the rule as `clearMessage` words it (never the value), its ErrorReason if it gives one. */
export interface InputProblem {
  path: InputPath;
  problem: string;
  reason?: ErrorReason;
}

/**
 * Validates `value` against an `@InputType`'s checks, as parseInput does, and returns every broken
 * rule instead of throwing the first: for a value checked outside a GraphQL argument (a row of a
 * price list import), whose caller reports them all.
 */
export function checkInput<T extends object>(input: ClassType<T>, value: unknown): { value: T } | { problems: [InputProblem, ...InputProblem[]] } {
  const result = inputSchemaOf(input).safeParse(value, { error: clearMessage });
  if (result.success) return { value: result.data };
  const problems = result.error.issues.map((issue): InputProblem => {
    const reason = reasonOf(issue);
    return { path: issue.path.map((step) => (typeof step === "number" ? step : String(step))), problem: issue.message, ...(reason ? { reason } : {}) };
  });
  return { problems: problems as [InputProblem, ...InputProblem[]] };
}
