import { AsyncLocalStorage } from "node:async_hooks";
import {
  getNamedType,
  getNullableType,
  GraphQLString,
  isInputObjectType,
  isIntrospectionType,
  isListType,
  isObjectType,
  type GraphQLArgument,
  type GraphQLFieldResolver,
  type GraphQLInputField,
  type GraphQLInputType,
  type GraphQLSchema,
} from "graphql";
import { placeNameHoldsAddress } from "../domain/contacts/address-in-place-name.ts";
import {
  BLANK_LETTER,
  CHANNEL_NAMES,
  detailInPath,
  detectContactDetails,
  isFirstName,
  isNorthAmericanNumber,
  unicodeSkeleton,
  UUID,
  type ContactKind,
  type ContactSpan,
  type DetectionOptions,
} from "../domain/contacts/contact-detector.ts";
import { displayNameExtra } from "../domain/contacts/display-name.ts";
import { phoneGroupsAcross } from "../domain/contacts/groups-across.ts";
import { maskOwnDetails, ownDetailNames, type OwnDetails } from "../domain/contacts/own-details.ts";
import { growMask, readBurst, withinReach, type BurstPart } from "../domain/contacts/retroactive-mask.ts";
import { SPLIT_DETAIL_MAX_EARLIER } from "../domain/contacts/split-detail.ts";
import { addressNumbersReadOut, streetAddressExtra } from "../domain/contacts/street-address.ts";
import { isDoubleGivenName } from "../domain/contacts/surname-in-first-name.ts";
import { AppError, ErrorCode, badInputAt, inputPath } from "../platform/errors.ts";
import { nameTextProblem, normalisedName } from "../platform/server/input-guard.ts";
import { contentPolicy, contentRule, type ContentRule } from "./content-policy.ts";

/** A contact detail found in a FREE_TEXT value and masked before the service ran. */
export interface ContentFinding {
  /** The argument path, e.g. "reason", "input.lineItems.0.description". */
  path: string;
  original: string;
  masked: string;
  kinds: ContactKind[];
}

/** A status change a recorded flag caused (a penalty), announced once the write committed. */
export interface ContentPenalty {
  userId: string;
  status: "ACTIVE" | "SUSPENDED" | "BANNED";
}

/** What the edge hands the service layer for one root field: the findings, and what recording them did. */
export interface ContentFindings {
  /** "Mutation.createQuote". */
  operationField: string;
  findings: readonly ContentFinding[];
  recorded: boolean;
  penalties: ContentPenalty[];
}

const findingsScope = new AsyncLocalStorage<ContentFindings>();

/**
 * The findings of the resolver running now (empty outside one). Services hand them to
 * ContentFlagService.record inside the transaction that stores the masked text.
 */
export function currentContentFindings(): ContentFindings | undefined {
  return findingsScope.getStore();
}

/**
 * What the author wrote at argument path `path` ("body", "input.detail") of the resolver running
 * now, before the edge masked it; `value` itself when nothing was masked there. For rules on the
 * author's own text, such as a minimum length that masking would defeat ("[hidden]…" is shorter
 * than the sentence it hides); never for what is stored or shown.
 */
export function writtenText(path: string, value: string): string {
  return currentContentFindings()?.findings.find((finding) => finding.path === path)?.original ?? value;
}

/**
 * A NAME or ADDRESS_FIELD value refused for holding contact details, for the record: the operation,
 * the argument path, what was written and the kinds found. Never sent to the client.
 */
export interface RefusedContent {
  operationField: string;
  field: string;
  original: string;
  kinds: ContactKind[];
}

/**
 * The refusal a client reads (BAD_USER_INPUT, CONTACT_DETAILS, the field), carrying the refused
 * value for the record only. `problem` says what is wrong with the field when it is not what the
 * client wrote there (a partner's catalog name a quote line shows).
 */
export class ContactDetailsRefusal extends AppError {
  declare readonly refused: { field: string; original: string; kinds: ContactKind[] };
  constructor(field: string, refused: { field: string; original: string; kinds: ContactKind[] }, problem = "must not contain contact details") {
    super(ErrorCode.BAD_USER_INPUT, `${field}: ${problem}`, { field, reason: "CONTACT_DETAILS" });
    // Not enumerable: no error serializer (logs, responses) copies the refused text.
    Object.defineProperty(this, "refused", { value: refused, enumerable: false });
  }
}

export interface ContentPolicyOptions {
  /** Hosts a MEDIA_URL value may point to (config.mediaUrlHosts). */
  mediaUrlHosts: readonly string[];
  /** The contact detector's options for every checked value (the platform's own domains among them: `detectionOptionsFor(config.platformDomains)`). */
  detection: DetectionOptions;
  /** A mutation masked text but its service recorded no flag: a bug, reported without the text. */
  onUnrecorded?: (operationField: string, paths: string[]) => void;
  /** A recorded flag penalised its author: drop cached statuses and end live sockets. */
  onPenalty?: (penalty: ContentPenalty) => void;
  /**
   * A value was refused for contact details: record the attempt for admins
   * (ContentFlagService.recordRefused). The client gets the refusal either way.
   */
  onRefused?: (context: unknown, refusal: RefusedContent) => Promise<void>;
  /**
   * The caller's own private details, which no professional reads (AccountService.ownPrivateDetails:
   * a customer's last name, phone, e-mail and street address), or null when they have none: every
   * monitored text they write is read for them too (`readOwnDetails`).
   */
  ownDetails?: (context: unknown) => Promise<OwnDetails | null>;
}

/** The key of a field argument or input-object field in the content policy. */
export const argumentKey = (typeName: string, fieldName: string, argName: string) => `${typeName}.${fieldName}(${argName})`;
export const inputFieldKey = (typeName: string, fieldName: string) => `${typeName}.${fieldName}`;

/** Every `String` / `[String]` argument and input-object field of the schema, as content-policy keys. */
export function textFieldKeys(schema: GraphQLSchema): string[] {
  const keys: string[] = [];
  for (const type of Object.values(schema.getTypeMap())) {
    if (isIntrospectionType(type)) continue;
    if (isInputObjectType(type)) {
      for (const field of Object.values(type.getFields())) if (getNamedType(field.type) === GraphQLString) keys.push(inputFieldKey(type.name, field.name));
    } else if (isObjectType(type)) {
      for (const field of Object.values(type.getFields())) {
        for (const arg of field.args) if (getNamedType(arg.type) === GraphQLString) keys.push(argumentKey(type.name, field.name, arg.name));
      }
    }
  }
  return keys.sort();
}

/** Policy entries that name no field of the schema (a renamed or removed field). */
export function staleContentPolicyKeys(schema: GraphQLSchema): string[] {
  const present = new Set(textFieldKeys(schema));
  return Object.keys(contentPolicy)
    .filter((key) => !present.has(key))
    .sort();
}

const ACTIONS: ReadonlySet<ContentRule["class"]> = new Set(["FREE_TEXT", "NAME", "ADDRESS_FIELD", "MEDIA_URL"]);
type ActionRule = Extract<ContentRule, { class: "FREE_TEXT" | "NAME" | "ADDRESS_FIELD" | "MEDIA_URL" }>;

/** How to walk one value: a string with its rule, an input object with planned fields, or a list of either. */
type Plan = { kind: "text"; rule: ActionRule } | { kind: "object"; fields: Map<string, Plan> } | { kind: "list"; of: Plan };

/**
 * "@eastsideauto" standing alone: in prose the monitor wants a platform named beside it, but a
 * name has no other use for one (an e-mail's "@" follows a letter, "Tires @ Home" a space).
 */
const HANDLE = /(?:^|[^\p{L}\p{N}_@.])@[\p{L}\p{N}_]/u;

/**
 * A North American number grouped as people write one (area code, exchange and line apart) anywhere
 * in a value: alone ("971-334-2090", "(971) 334.2090"), after a word or a code's prefix, glued on or
 * not ("Code 503-555-0199", "PN-503-555-0199", "ACME-1-503-555-0199"), or before a code's suffix
 * ("503-555-0199-A"). Not inside a longer run of digit groups ("4411-503-555-0199", "503-555-0199-22").
 */
const NANP_GROUPED = /(?<!\d|\d[.\-\/_+,])(?:1[\s.-]?)?\(?[2-9]\d{2}\)?[\s.-]?[2-9]\d{2}[\s.-]\d{4}(?!\d|[.\-\/_+,]\d)/g;

/** Whether `text` (digits of any script folded to ASCII) holds a `NANP_GROUPED` number valid in North America (or on the 555 exchange). */
function holdsGroupedNanpNumber(text: string): boolean {
  return [...unicodeSkeleton(text).text.matchAll(NANP_GROUPED)].some((m) => isNorthAmericanNumber(m[0].replace(/\D/g, "")));
}

/** Digits a person's or a business's name never holds in all: "Route 66 Garage" has 2, "Sam 512 555 01" 8. */
const NAME_DIGITS_MAX = 4;
/** An app or platform named by one word ("ig", "insta", "snap", "whatsapp", "telegram", "yelp"). */
const CHANNEL_WORD = new RegExp(`^(?:${CHANNEL_NAMES})$`, "i");
/** A handle's shape: a letter first, then letters with a digit, "_" or an inner "." ("samfixes77", "sam_fixes", "sam.fixes"). */
const HANDLE_SHAPED = /^@?[a-z](?=[a-z0-9_.]*(?:\d|_|\.[a-z0-9]))[a-z0-9_.]{2,}$/i;

/**
 * Whether someone's name reads as a way to reach them though the monitor, reading prose, finds no
 * detail in it: five digits or more in all (a partial number, "Sam 512 555 01"; a number worn as a
 * model code, "Sam V12-555-0199"), or a handle-shaped word right beside an app or platform word
 * ("Sam samfixes77 ig", "snap: sam_fixes Sam"). Digits of any script count (the text is folded
 * code point by code point first). Chat never runs this: "my v6 ig coil" is prose.
 */
export function nameLooksLikeContact(text: string): boolean {
  const folded = unicodeSkeleton(text).text;
  if ((folded.match(/\d/g) ?? []).length > NAME_DIGITS_MAX) return true;
  const words = folded
    .split(/[^\p{L}\p{N}_.@]+/u)
    .map((word) => word.replace(/^\.+|\.+$/g, ""))
    .filter((word) => word.length > 0);
  return words.some((word, i) => HANDLE_SHAPED.test(word) && [words[i - 1], words[i + 1]].some((next) => next !== undefined && CHANNEL_WORD.test(next)));
}

/** Whether a place's name (a customer's city) holds an address (`placeNameHoldsAddress`): a house number, a postcode or a street, in digits or in words ("1537 Harrison", "Portland, ninety seven two one four", "Elm St Austin"). */
function placeHoldsAddress(rule: ContentRule, text: string): boolean {
  return rule.class === "NAME" && rule.nameOf === "PLACE" && placeNameHoldsAddress(text);
}

/**
 * Whether a NAME value holds a contact detail (or, being a name, any hint of one, an "@handle"
 * included), read after the rule's `readAs` words so a code is judged as what its field says it
 * is; kinds the rule `allows` (what the field names) do not count. Someone's name (`nameOf`) is
 * also refused when it merely looks like a way to reach them (`nameLooksLikeContact`), and a
 * place's when it holds an address (`placeHoldsAddress`). `detection` is the contact detector's
 * options (`ContentPolicyOptions.detection`).
 */
export function nameHoldsContactDetails(rule: ContentRule, text: string, detection: DetectionOptions): boolean {
  const { readAs, nameOf, joined } = rule.class === "NAME" ? rule : {};
  const allows = rule.class === "NAME" ? allowedIn(rule, text) : [];
  if (HANDLE.test(text) || (nameOf !== undefined && nameLooksLikeContact(text)) || placeHoldsAddress(rule, text)) return true;
  if (nameOf === "PERSON" && text.includes("@")) return true; // "Sam @ samfixes": no one's name holds an "@"
  if (joined && joinedFullName(text, joined, detection)) return true;
  if (joined === "display" && displayNameExtra(text) !== null) return true;
  // A Bosch "0280158117" or "3 397 007 120" passes, read as a part number; a North American phone
  // number grouped as one does not, whatever is glued around it ("971-334-2090", "PPS-503-555-0199",
  // "Code 503-555-0199-A"): no maker groups a part's number so, nor is a thing or a person named so,
  // though in prose a thing's label before a code's suffix makes one a reference (phone.ts CODE_SUFFIX).
  if (holdsGroupedNanpNumber(text)) return true;
  return detectContactDetails(readAs ? `${readAs} ${text}` : text, detection).kinds.some((kind) => !allows.includes(kind));
}

/**
 * The kinds a NAME value may hold (`text`, as written): its rule's `allows`, and a FULL_NAME in a
 * customer's first name (`joined: "given"`) that is two given names ("Mary Ann", "Minh Tuan":
 * `isDoubleGivenName`), which the detector reads as a first name and a surname. A given name and a
 * surname ("Mary Smith") stay a full name.
 */
function allowedIn(rule: Extract<ContentRule, { class: "NAME" }>, text: string): readonly ContactKind[] {
  const allows = rule.allows ?? [];
  return rule.joined === "given" && isDoubleGivenName(text) ? [...allows, "FULL_NAME"] : allows;
}

/**
 * The kinds a refused NAME or ADDRESS_FIELD value holds; a name's own shapes (a handle, a joined
 * full name, a place's address, a phone's digits) when the detector names none.
 */
export function refusedKinds(rule: ContentRule, text: string, detection: DetectionOptions): ContactKind[] {
  const allowed = rule.class === "NAME" ? allowedIn(rule, text) : ["ADDRESS"];
  const kinds = detectContactDetails(text, detection).kinds.filter((kind) => !allowed.includes(kind));
  if (kinds.length) return kinds;
  const extra = rule.class === "ADDRESS_FIELD" ? streetAddressExtra(text) : null;
  if (extra) return [extra];
  if (text.includes("@")) return ["SOCIAL_HANDLE"];
  if (placeHoldsAddress(rule, text)) return ["ADDRESS"];
  if (rule.class === "NAME" && rule.joined && joinedFullName(text, rule.joined, detection)) return ["FULL_NAME"];
  const besideName = rule.class === "NAME" && rule.joined === "display" ? displayNameExtra(text) : null;
  return [besideName ?? "PHONE"];
}

/** What a person's name refused only as a full name is told: a customer's first name (`joined: "given"`) is given alone, since an initial beside it is the last name's; a professional goes by a first name and an initial or a trade name. */
const FULL_NAME_PROBLEM = {
  given: 'must not be a full name: give your first name alone, without your last name or its initial (join a double first name with a dash: "Mary-Rose")',
  other: 'must not be a full name: go by a first name and an initial ("Sam P.") or a trade name ("Dr. Wrench")',
} as const;

/** What a professional's display name holding something beside a name (`displayNameExtra`) is told. */
const DISPLAY_NAME_PROBLEM =
  'must be a first name and an initial ("Sam P.") or a trade name ("Dr. Wrench"), without a number of three digits or more, a phone sign, a handle, or an aside in brackets or after a separator';

/** What a refused street address is told: what an address holds, and that customers reach the workshop through the platform. */
const ADDRESS_PROBLEM =
  "must be the street address alone (number, street, unit or bay, town, postcode), without a phone number or a piece of one and without an instruction to call, text or message someone: customers reach the workshop through its conversation";

/**
 * What a refused name-like field (`text`) is told: a person's name refused only as a full name says what
 * to write instead (`FULL_NAME_PROBLEM`), since "contact details" alone puzzles someone who typed
 * their own name, a professional's display name holding something beside a name says what a
 * display name is (`DISPLAY_NAME_PROBLEM`), a place's refused only as an address what a city is,
 * and a street address what an address holds (`ADDRESS_PROBLEM`).
 */
function refusalProblem(rule: ContentRule, kinds: readonly ContactKind[], text: string): string | undefined {
  if (rule.class === "ADDRESS_FIELD") return ADDRESS_PROBLEM;
  if (rule.class !== "NAME" || kinds.length === 0) return undefined;
  if (rule.nameOf === "PERSON" && kinds.every((kind) => kind === "FULL_NAME")) return FULL_NAME_PROBLEM[rule.joined === "given" ? "given" : "other"];
  if (rule.joined === "display" && displayNameExtra(text) !== null) return DISPLAY_NAME_PROBLEM;
  if (rule.nameOf === "PLACE" && kinds.every((kind) => kind === "ADDRESS"))
    return "must be a city name alone, without a street, a house number or a postcode (write a number in a town's name as a word)";
  return undefined;
}

/** Two letters joined by a character no name is spelled with ("_", ".", "·", "/", "+", ...): read as a space. */
const JOINER = /(\p{L})[_.·•/\\+,:;|~*](?=\p{L})/gu;
/** Where a display name's words may be glued without a space: a dash ("Sam-Peterson", "Jean-Luc") or a small letter meeting a capital ("SamPellegrino", "McDonald"). */
const GLUE = /\p{Pd}|(?<=\p{Ll})(?=\p{Lu})/u;

/** Each word of `text` capitalised ("sam peterson" reads as "Sam Peterson"), as the detector reads a full name. */
const capitalised = (text: string): string => text.replace(/\p{L}+/gu, (word) => word[0]!.toUpperCase() + word.slice(1));

/**
 * The words of a display name glued to the next without a space (`GLUE`), as pairs in reading
 * order: "SamPellegrinoAuto" gives (Sam, Pellegrino) and (Pellegrino, Auto).
 */
function gluedPairs(text: string): Array<[string, string]> {
  return (text.match(/\p{L}+(?:\p{Pd}\p{L}+)*/gu) ?? []).flatMap((word) => {
    const pieces = word.split(GLUE);
    return pieces.slice(1).map((piece, i): [string, string] => [pieces[i]!, piece]);
  });
}

/**
 * Whether a person's name is a full name written joined ("Carmen_Kowalczyk", "Sam·Peterson", and in a
 * display name "Sam-Peterson", "SamPellegrinoAuto"): read with its joiners as spaces and each word
 * capitalised, the detector finds a FULL_NAME where it found none as written. A display name's
 * words glued at a dash or a capital are read apart two at a time, and only a first name glued to a
 * surname of four letters or more that is no first name counts, read alone as the detector reads a
 * full name (the words around it do not make it a business's), so "Jean-Luc", "Mary-Kate",
 * "Hyun-Woo", "DeAndre", "LaToya", "McDonald" and "MacGyver Motors" stay as they are.
 */
function joinedFullName(text: string, joined: "given" | "display", detection: DetectionOptions): boolean {
  const skeleton = unicodeSkeleton(text).text;
  const apart = skeleton.replace(JOINER, "$1 ");
  const readsAsFullName = (name: string) => detectContactDetails(capitalised(name), detection).kinds.includes("FULL_NAME");
  // Only a joiner read as a space counts here: "María José" folded to "Maria Jose" is read as written.
  if (apart !== skeleton && readsAsFullName(apart)) return true;
  return joined === "display" && gluedPairs(apart).some(([first, second]) => isFirstName(first) && !isFirstName(second) && second.length >= 4 && readsAsFullName(`${first} ${second}`));
}

/**
 * Whether an ADDRESS_FIELD value holds a contact detail besides the street address itself: any
 * detected kind but ADDRESS (a phone number, an e-mail, a link, a handle, a messaging app, a
 * person's name, an off-platform deal or request) counts, and so does what an address alone holds
 * that prose does not (`streetAddressExtra`): digit groups making a phone number in any cut ("Bay
 * 512-555, door 0199"), an instruction to call, text or ring someone ("Text Dana when you arrive").
 * The address's own numbers of any country, its postcode and unit ("São Paulo, 01310-200",
 * "#20-01, Singapore 048616"), are read out first (`addressNumbersReadOut`): they are no phone number.
 * `detection` as for `nameHoldsContactDetails`.
 */
export function addressHoldsContactDetails(text: string, detection: DetectionOptions): boolean {
  return detectContactDetails(addressNumbersReadOut(text), detection).kinds.some((kind) => kind !== "ADDRESS") || streetAddressExtra(text) !== null;
}

/**
 * Applies the content policy at the edge, so no service can forget it: every field with a
 * classified argument (at any depth of input objects and lists) gets a resolver wrapper that,
 * before the resolver runs, refuses NAME values holding contact details (ADDRESS_FIELD values: any
 * but the address itself) and MEDIA_URL values on
 * another host (BAD_USER_INPUT, the field path, never the value), and replaces FREE_TEXT values by
 * their masked text. The findings travel with the resolver's async context to the service, which
 * records them in the transaction of its write (ContentFlagService.record). After a mutation the
 * wrapper announces the penalties the flags caused, and reports findings no service recorded.
 *
 * It fails at start-up when a text field is unclassified or the policy names a field the schema
 * lacks. Apply it before the permission layer, so callers who may not call a field learn nothing.
 */
export function enforceContentPolicy(schema: GraphQLSchema, options: ContentPolicyOptions): GraphQLSchema {
  const unclassified = textFieldKeys(schema).filter((key) => !contentRule(key));
  if (unclassified.length) throw new Error(`Content policy does not classify: ${unclassified.join(", ")}`);
  const stale = staleContentPolicyKeys(schema);
  if (stale.length) throw new Error(`Content policy names fields the schema does not have: ${stale.join(", ")}`);

  const plans = new Map<string, Plan | null>();
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || isIntrospectionType(type)) continue;
    for (const field of Object.values(type.getFields())) {
      const argPlans = new Map<string, Plan>();
      for (const arg of field.args) {
        const plan = planArgument(type.name, field.name, arg, plans);
        if (plan) argPlans.set(arg.name, plan);
      }
      if (argPlans.size && field.resolve) field.resolve = guardContent(`${type.name}.${field.name}`, type.name === "Mutation", argPlans, field.resolve, options);
    }
  }
  return schema;
}

function planArgument(typeName: string, fieldName: string, arg: GraphQLArgument, plans: Map<string, Plan | null>): Plan | null {
  if (getNamedType(arg.type) === GraphQLString) {
    const rule = contentRule(argumentKey(typeName, fieldName, arg.name))!;
    return ACTIONS.has(rule.class) ? wrapLists(arg.type, { kind: "text", rule: rule as ActionRule }) : null;
  }
  return planInput(arg.type, plans);
}

function planInput(type: GraphQLInputType, plans: Map<string, Plan | null>): Plan | null {
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return null;
  if (!plans.has(named.name)) {
    plans.set(named.name, null); // a recursive type (AND/OR/NOT filters) meets itself as "nothing to do" until planned
    const fields = new Map<string, Plan>();
    for (const field of Object.values(named.getFields()) as GraphQLInputField[]) {
      let plan: Plan | null;
      if (getNamedType(field.type) === GraphQLString) {
        const rule = contentRule(inputFieldKey(named.name, field.name))!;
        plan = ACTIONS.has(rule.class) ? { kind: "text", rule: rule as ActionRule } : null;
        plan = plan && wrapLists(field.type, plan);
      } else plan = planInput(field.type, plans);
      if (plan) fields.set(field.name, plan);
    }
    plans.set(named.name, fields.size ? { kind: "object", fields } : null);
  }
  const plan = plans.get(named.name);
  return plan ? wrapLists(type, plan) : null;
}

function wrapLists(type: GraphQLInputType, inner: Plan): Plan {
  const nullable = getNullableType(type);
  return isListType(nullable) ? { kind: "list", of: wrapLists(nullable.ofType as GraphQLInputType, inner) } : inner;
}

function guardContent(
  operationField: string,
  isMutation: boolean,
  argPlans: Map<string, Plan>,
  resolve: GraphQLFieldResolver<unknown, unknown>,
  options: ContentPolicyOptions,
): GraphQLFieldResolver<unknown, unknown> {
  return (parent, args: Record<string, unknown>, ctx, info) => {
    const findings: ContentFinding[] = [];
    const refused = (error: unknown) => {
      if (error instanceof ContactDetailsRefusal && options.onRefused) {
        const refusal = { operationField, ...error.refused };
        return options.onRefused(ctx, refusal).then(
          () => error,
          () => error,
        );
      }
      return error;
    };
    let cleaned: Record<string, unknown>;
    const parts: BurstMember[] = [];
    try {
      cleaned = { ...args };
      for (const [name, plan] of argPlans) {
        if (args[name] == null) continue;
        cleaned[name] = apply(plan, args[name], [name], parts, options);
        collect(plan, cleaned, name, [name], parts);
      }
      readTogether(parts, findings, options);
    } catch (error) {
      return refused(error);
    }
    const run = () => {
      if (!findings.length) return resolve(parent, cleaned, ctx, info);
      const store: ContentFindings = { operationField, findings, recorded: false, penalties: [] };
      const settle = (result: unknown) => {
        for (const penalty of store.penalties) options.onPenalty?.(penalty);
        if (isMutation && !store.recorded && !(result instanceof Error))
          options.onUnrecorded?.(
            operationField,
            findings.map((f) => f.path),
          );
        return result;
      };
      const result = findingsScope.run(store, () => resolve(parent, cleaned, ctx, info));
      return result instanceof Promise ? result.then(settle) : settle(result);
    };
    const own = parts.some(readForOwnDetails) ? options.ownDetails : undefined;
    if (!own) return run();
    return own(ctx).then((details) => {
      try {
        if (details) readOwnDetails(parts, findings, details);
      } catch (error) {
        return refused(error);
      }
      return run();
    });
  };
}

/**
 * Whether a monitored text is read for its author's own details here: FREE_TEXT and the names of
 * things. Not an ADDRESS_FIELD (a drop-off address is the customer's own, given to be read), and
 * not the account's own names and city (`nameOf` PERSON, PLACE): the accounts service judges those
 * against the details as they will be stored, which the same write may change (customer-names.ts).
 */
function readForOwnDetails(part: BurstMember): boolean {
  return part.rule.class === "FREE_TEXT" || (part.rule.class === "NAME" && part.rule.nameOf === undefined);
}

/** What a name refused for its author's own details is told: which of them, that professionals read it, and what to write instead. */
export function ownDetailProblem(kinds: readonly ContactKind[]): string {
  return `must not hold your ${ownDetailNames(kinds)}: professionals read this field and are not shown them; write only what the field names (a make, a model, a colour)`;
}

/**
 * Reads a write's monitored texts (`readForOwnDetails`) for what the platform stores of their author
 * and keeps from professionals (`maskOwnDetails`: a last name however cased, cut off or glued, a
 * phone number's digits in any spelling, a distinctive mailbox name, a house number beside its
 * street): a FREE_TEXT value's are masked and recorded with its finding (grown, when the detector
 * masked it already), so the write is flagged like any other; a name's refuse the write
 * (CONTACT_DETAILS, `ownDetailProblem`). `parts[i].text` is what was written.
 */
function readOwnDetails(parts: readonly BurstMember[], findings: ContentFinding[], details: OwnDetails): void {
  for (const part of parts) {
    if (!readForOwnDetails(part)) continue;
    const field = part.path.join(".");
    const finding = findings.find((f) => f.path === field);
    const read = maskOwnDetails(part.text, finding ?? { masked: part.text, kinds: [] }, details);
    if (!read) continue;
    if (part.rule.class !== "FREE_TEXT") throw new ContactDetailsRefusal(inputPath(part.path), { field, original: part.text, kinds: read.kinds }, ownDetailProblem(read.kinds));
    if (finding) Object.assign(finding, read);
    else findings.push({ path: field, original: part.text, ...read });
    part.holder[part.key] = read.masked;
  }
}

/**
 * A monitored text of one write, in the order the write is read (`apply`), with where its masked
 * text goes once the write's texts were read together (`readTogether`).
 */
interface BurstMember extends WrittenText {
  /** The copy of the input that holds the value, and its key there. */
  holder: Record<string | number, unknown>;
  key: string | number;
}

/**
 * Walks one argument: refuses a NAME, ADDRESS_FIELD or MEDIA_URL value that fails its rule alone
 * (a media link also read with the links before it in its list, `earlier`: mediaListProblem), and
 * collects every value the write's reading (`readTogether`) reads into `parts`, in reading order:
 * an input object's own text fields first, those read as what their field names last (a catalog
 * entry's name, then its part number, as a quote line shows them), then its lists and nested
 * objects (a quote's notes, then its lines as the client sent them). Returns a copy of the value,
 * for `readTogether` to mask.
 */
function apply(plan: Plan, value: unknown, path: (string | number)[], parts: BurstMember[], options: ContentPolicyOptions, earlier: readonly unknown[] = []): unknown {
  if (value == null) return value;
  if (plan.kind === "list") {
    if (!Array.isArray(value)) return apply(plan.of, value, path, parts, options);
    const copy: unknown[] = [...value];
    copy.forEach((item, i) => {
      copy[i] = apply(plan.of, item, [...path, i], parts, options, value.slice(0, i));
      collect(plan.of, copy, i, [...path, i], parts);
    });
    return copy;
  }
  if (plan.kind === "object") {
    const copy: Record<string, unknown> = { ...(value as Record<string, unknown>) };
    const ordered = [...plan.fields].sort(([, a], [, b]) => readingRank(a) - readingRank(b));
    for (const [name, fieldPlan] of ordered) {
      if (copy[name] == null) continue;
      copy[name] = apply(fieldPlan, copy[name], [...path, name], parts, options);
      collect(fieldPlan, copy, name, [...path, name], parts);
    }
    refuseMediaAfterTexts(plan, value as Record<string, unknown>, path);
    return copy;
  }
  const text = String(value);
  const { rule } = plan;
  if (rule.class === "MEDIA_URL") {
    const refusal = mediaUrlRefusal(text, options.mediaUrlHosts, options.detection);
    if (refusal && "kinds" in refusal) throw new ContactDetailsRefusal(inputPath(path), { field: path.join("."), original: text, kinds: refusal.kinds });
    if (refusal) throw badInputAt(path, refusal.problem, { reason: "MEDIA_HOST" });
    const acrossList = mediaListProblem([...earlier.map(String), text]);
    if (acrossList) throw new ContactDetailsRefusal(inputPath(path), { field: path.join("."), original: text, kinds: ["PHONE"] }, acrossList);
    return text;
  }
  if (rule.class === "NAME" || rule.class === "ADDRESS_FIELD") {
    const cleaned = rule.class === "NAME" && rule.readAs !== "part number" ? cleanName(text, path) : text;
    if (rule.class === "NAME" ? nameHoldsContactDetails(rule, cleaned, options.detection) : addressHoldsContactDetails(cleaned, options.detection)) {
      const kinds = refusedKinds(rule, cleaned, options.detection);
      throw new ContactDetailsRefusal(inputPath(path), { field: path.join("."), original: text, kinds }, refusalProblem(rule, kinds, cleaned));
    }
    return cleaned;
  }
  return text;
}

/**
 * A name (a NAME value, but a part number, which is a code) as it is checked and stored: refused
 * when input-guard's nameTextProblem finds a separator, an invisible character inside a word, a
 * private-use character or nothing but punctuation, or when it holds a letter that shows as a blank
 * (`BLANK_LETTER`: a reader sees two words where the name rules read one); otherwise NFKC-normalised ("Ｓａｍ" is "Sam").
 * @throws BAD_USER_INPUT at `path`, saying what the name must not hold (never the value)
 */
function cleanName(text: string, path: (string | number)[]): string {
  const problem = nameTextProblem(text) ?? (BLANK_LETTER.test(text) ? "must not contain letters that show as a blank (Hangul or Braille fillers): use a space between words" : null);
  if (problem) throw badInputAt(path, problem);
  return normalisedName(text);
}

/**
 * Refuses an input's media link that completes a phone number begun in the input's FREE_TEXT values
 * (`mediaAfterTexts`: a session's concern, then its media), at the link's path; `value` is the
 * input as written. Each text and link passed its own rule first.
 *
 * @throws ContactDetailsRefusal (CONTACT_DETAILS, PHONE) at `<path>.<list>[i]`
 */
function refuseMediaAfterTexts(plan: Extract<Plan, { kind: "object" }>, value: Record<string, unknown>, path: (string | number)[]): void {
  const fields = [...plan.fields];
  const texts = fields.flatMap(([name, p]) => (p.kind === "text" && p.rule.class === "FREE_TEXT" && typeof value[name] === "string" ? [value[name]] : []));
  for (const [name, p] of fields) {
    if (p.kind !== "list" || p.of.kind !== "text" || p.of.rule.class !== "MEDIA_URL" || !Array.isArray(value[name])) continue;
    const urls = (value[name] as unknown[]).map(String);
    const at = mediaAfterTexts(texts, urls);
    if (at >= 0) throw new ContactDetailsRefusal(inputPath([...path, name, at]), { field: [...path, name, at].join("."), original: urls[at]!, kinds: ["PHONE"] }, MEDIA_AFTER_TEXT_PROBLEM);
  }
}

/**
 * Where a field of an input object is read (`apply`): its texts first (0), those read as what their
 * field names after them (1: a part number after the name it is shown with), its nested inputs last (2).
 */
function readingRank(plan: Plan): number {
  if (plan.kind === "list") return readingRank(plan.of);
  if (plan.kind === "object") return 2;
  return isReadAs(plan.rule) ? 1 : 0;
}

/** A NAME read as what its field names ("part number 0280158117", "city Round Rock"): read after an input's other texts. */
export function isReadAs(rule: ContentRule): boolean {
  return rule.class === "NAME" && rule.readAs !== undefined;
}

/**
 * Adds the text value at `holder[key]` (walked by `apply`) to the write's reading; nothing for an
 * input object or a list, whose texts `apply` added (a single value where a list is planned is the
 * text itself). A value read as what its field names (`readAs`: a part number, a city) is read for
 * the number its digit groups make with its neighbours' only, not in the burst (`readFieldsTogether`).
 * MEDIA_URL values are links checked for their shape, not read as prose (their list: mediaListProblem).
 */
function collect(plan: Plan, holder: Record<string | number, unknown> | unknown[], key: string | number, path: (string | number)[], parts: BurstMember[]): void {
  const value = (holder as Record<string | number, unknown>)[key];
  if (plan.kind === "list" && !Array.isArray(value)) return collect(plan.of, holder, key, path, parts);
  if (plan.kind !== "text" || typeof value !== "string") return;
  const { rule } = plan;
  if (rule.class === "MEDIA_URL") return;
  parts.push({ path, rule, text: value, holder: holder as Record<string | number, unknown>, key });
}

/**
 * Kinds a detail found only across fields does not count as, where chat would count it (the one
 * difference from a chat burst). An ADDRESS: each field is a record of its own, not a message cut
 * by the send button, and a number ending one line and the words opening the next are a quantity
 * and the next item ("Core charge 22" / "Brake fluid, 1 L"), which chat's address rules read as a
 * house number and its street: on generated innocent quotes (bench/fields-together.ts) every flag
 * across fields was one. A FULL_NAME in a name field: a first name and a surname in fields of their
 * own are meant to be read together. And what a name field itself allows (a business's name may read
 * as a person's full name).
 */
function allowedAcross(rule: BurstRule): readonly ContactKind[] {
  if (rule.class === "FREE_TEXT") return ["ADDRESS"];
  return [...(rule.class === "NAME" ? (rule.allows ?? []) : []), "ADDRESS", "FULL_NAME"];
}

/** Space and punctuation only: what may stand between a detail and the edge of its text. */
const EDGE = /^[\s.,;:!?…)(]*$/;

/**
 * The spans reading `texts[i]` with its neighbours found in it beyond what it holds alone, less
 * those that only continue a detail of the same kind its neighbour already hid whole on its own:
 * "Pads, mail sam@example.test" then "Brake service" glue into one longer address
 * ("sam@example.testBrake"), as a word cut by the send button would in chat, but the reader holds
 * no part of that address to complete. Such a span touches the edge of the text next to the hidden
 * detail. A detail of another kind is new: "receipts to samfixes" then "at gmail dot com" (a link
 * alone) make an e-mail, whose mailbox is masked too.
 */
function addedAcross(texts: readonly string[], read: readonly BurstPart[], i: number): ContactSpan[] {
  const { alone, shown } = read[i]!;
  const text = texts[i]!;
  const hiddenToEnd = (k: number, kind: ContactKind): boolean => k >= 0 && read[k]!.alone.spans.some((span) => span.detail && span.kind === kind && EDGE.test(texts[k]!.slice(span.end)));
  const hiddenFromStart = (k: number, kind: ContactKind): boolean =>
    k < texts.length && read[k]!.alone.spans.some((span) => span.detail && span.kind === kind && EDGE.test(texts[k]!.slice(0, span.start)));
  return shown.spans.filter((span) => {
    if (alone.spans.some((own) => own.kind === span.kind && own.start <= span.start && own.end >= span.end)) return false;
    const continuesBefore = EDGE.test(text.slice(0, span.start)) && hiddenToEnd(i - 1, span.kind);
    const continuesAfter = EDGE.test(text.slice(span.end)) && hiddenFromStart(i + 1, span.kind);
    return !continuesBefore && !continuesAfter;
  });
}

/**
 * The entry a text of a write belongs to, as `phoneGroupsAcross` keys it: its path up to the last
 * list index ("input.lineItems.0": a quote line's description and its part number; a partner
 * quote's line), or the write's own fields ("": a catalog entry's name and part number, a quote's
 * notes).
 */
function entryOf(path: readonly (string | number)[]): string {
  const last = path.findLastIndex((key) => typeof key === "number");
  return path.slice(0, last + 1).join(".");
}

/** A monitored text of one write as `readFieldsTogether` judges it: FREE_TEXT is masked, NAME and ADDRESS_FIELD refused. */
export type BurstRule = Extract<ContentRule, { class: "FREE_TEXT" | "NAME" | "ADDRESS_FIELD" }>;

/** What one text of a write holds once read with the others: its masked text and kinds, or a refusal (a name or address holding a part). */
export type FieldReading = { refused: false; kinds: ContactKind[]; masked: string } | { refused: true; kinds: ContactKind[] } | null;

/**
 * Reads the monitored texts of one write together, in the order given, as chat reads a sender's
 * consecutive messages (`readBurst`, each text with the SPLIT_DETAIL_MAX_EARLIER texts before it:
 * the same reach and guards as chat, since a write's fields are no likelier than a burst to hold
 * innocent numbers that join, and a longer reach joins unrelated lines): a detail cut across fields
 * ("Questions? 512 555" in the notes, "0143 after 6pm" in the first line) is found in every field
 * holding a part. Per text: null when it holds nothing; a FREE_TEXT value's masked text and kinds
 * (its own and those of the detail it holds a part of); a NAME or ADDRESS_FIELD value holding a
 * part (of a kind the field does not allow) refused. A mask only grows: what a value hides alone
 * stays hidden, whatever the texts around it (a thing's label before a number takes a phone out of
 * a burst, not out of a field).
 *
 * A value read as what its field names (`readAs`: a part number, a city) stays out of the burst:
 * its digits read as prose would join its neighbours' where a code's never do, and would part the
 * lines around it (a burst joins only pieces in consecutive texts). But a reader sees it beside
 * them, so every text's digit groups are also read across its neighbours' as a number's groups
 * (`phoneGroupsAcross`, "prose", each text's entry by its path: `entryOf`): a name ending in an
 * area code and a part number opening with the rest ("Belt kit, desk 303" / "PPS-555-0177") is a
 * phone number, in any cut within one entry, on the number's groups across entries, and a NAME
 * holding a piece of one is refused (PHONE). Pieces in FREE_TEXT values only are the burst's to judge.
 */
export function readFieldsTogether(parts: ReadonlyArray<{ path: readonly (string | number)[]; rule: BurstRule; text: string }>, detection: DetectionOptions): FieldReading[] {
  const inBurst = parts.flatMap((part, i) => (isReadAs(part.rule) ? [] : [i]));
  const texts = inBurst.map((i) => parts[i]!.text);
  const read = readBurst(
    texts.map((text, b) => (parts[inBurst[b]!]!.rule.class === "NAME" ? asWholeWords(text) : text)),
    detection,
    withinReach(SPLIT_DETAIL_MAX_EARLIER),
  );
  const cut = phoneGroupsAcross(
    parts.map((part) => part.text),
    "prose",
    parts.map((part) => entryOf(part.path)),
  );
  return parts.map(({ rule, text }, i): FieldReading => {
    const holdsCut: ContactKind[] = rule.class !== "FREE_TEXT" && cut.has(i) ? ["PHONE"] : [];
    const b = inBurst.indexOf(i);
    if (b < 0) return holdsCut.length ? { refused: true, kinds: holdsCut } : null;
    const { alone } = read[b]!;
    const allowed = allowedAcross(rule);
    const added = addedAcross(texts, read, b).filter((span) => !allowed.includes(span.kind));
    const addedKinds = added.map((span) => span.kind);
    if (rule.class !== "FREE_TEXT") return added.length || holdsCut.length ? { refused: true, kinds: [...new Set([...addedKinds, ...holdsCut])].sort() } : null;
    const kinds = [...new Set([...alone.kinds, ...addedKinds])].sort();
    if (!kinds.length) return null;
    // Only a new part of a detail changes the value; otherwise it reads as it does alone.
    const masked = added.length ? (growMask(text, alone.masked, read[b]!.shown.masked) ?? alone.masked) : alone.masked;
    return { refused: false, kinds, masked };
  });
}

/** A name of initials alone: letters each with its dot ("T.J.", "J. R. R.", "J."). */
const INITIALS_ALONE = /^(?:\p{L}\.\s*)+$/u;

/**
 * A NAME value as the burst reads it: a name of initials alone (`INITIALS_ALONE`) ends on its
 * abbreviation's dot, a whole word, so it is read with a space after it. Glued to the next field
 * ("T.J." / "Miller" as "T.J.Miller", "J.K." / "Rowling") it read as one dotted handle, and the
 * first name was refused as holding part of a contact detail. Its characters are unchanged, so a
 * number or an address its neighbours complete is read as before; only NAME values, whose reading
 * is a refusal and never a mask, are read so.
 */
const asWholeWords = (text: string): string => (INITIALS_ALONE.test(text.trim()) ? `${text} ` : text);

/** A monitored text of one write as `readWriteTogether` reads it: where it sits in the input, its rule, and what was written. */
export interface WrittenText {
  /** The argument path ("input", "parts", 0): a refusal names it. */
  path: (string | number)[];
  rule: BurstRule;
  text: string;
}

/**
 * Reads the texts of one write together, in the order given (`readFieldsTogether`), and names the
 * write's refusal: the first NAME or ADDRESS_FIELD text holding a part of a detail found across
 * them (BAD_USER_INPUT, CONTACT_DETAILS at its path, `problem` as ContactDetailsRefusal's), or
 * null. One shape for every write read whole: the edge's reading of a write's own texts (a
 * workshop's quote: its notes, then its lines) and a partner quote's (its notes, then the partner's
 * catalog names its lines show: PartnerQuoteService).
 */
export function readWriteTogether(parts: readonly WrittenText[], detection: DetectionOptions, problem?: string): { readings: FieldReading[]; refusal: ContactDetailsRefusal | null } {
  const readings = readFieldsTogether(parts, detection);
  const refused = parts.findIndex((_, i) => readings[i]?.refused);
  if (refused < 0) return { readings, refusal: null };
  const part = parts[refused]!;
  return { readings, refusal: new ContactDetailsRefusal(inputPath(part.path), { field: part.path.join("."), original: part.text, kinds: readings[refused]!.kinds }, problem) };
}

/** What a NAME or ADDRESS_FIELD value holding a piece of a detail found only across a write's texts is told. */
export const ACROSS_FIELDS_PROBLEM = "must not contain contact details: read with the other fields shown with it, it holds part of one";

/**
 * Masks the FREE_TEXT values of one write read together (`readWriteTogether`) in the copies of
 * the arguments and records each as a finding, so the write is one offence like a chat burst
 * (ContentFlagService.record); refuses the write when a NAME or ADDRESS_FIELD value holds a part.
 */
function readTogether(parts: readonly BurstMember[], findings: ContentFinding[], options: ContentPolicyOptions): void {
  // A name or an address alone was judged by its own rule in `apply`.
  if (parts.length === 0 || (parts.length === 1 && parts[0]!.rule.class !== "FREE_TEXT")) return;
  const { readings, refusal } = readWriteTogether(parts, options.detection, ACROSS_FIELDS_PROBLEM);
  if (refusal) throw refusal;
  parts.forEach((part, i) => {
    const reading = readings[i];
    if (!reading || reading.refused) return;
    findings.push({ path: part.path.join("."), original: part.text, masked: reading.masked, kinds: reading.kinds });
    part.holder[part.key] = reading.masked;
  });
}

/**
 * A media path ("/u/1/5125550143.jpg") as the texts the detector judges (besides `detailInPath`,
 * which reads a phone number's digits across names and separators): each folder or file name
 * alone, once with every separator as a space ("512-555-0143.jpg") and once with only dashes and the
 * extension's dot ("ig-alice_k.jpg", where "_" and "." belong to a handle). Alone, because the ids
 * before a file name read as the start of one long number ("u 1 5125550143" as nothing, "27
 * 1701352235" as a South African phone). UUIDs are left out first: their digit groups read as
 * phone numbers in about 3% of them.
 */
function readingsOfPath(path: string): string[] {
  const names = path.replace(UUID, " ").split("/").filter(Boolean);
  const spaced = (name: string): string => name.replace(/[_.+-]+/g, " ");
  const dashed = (name: string): string => name.replace(/[+-]+/g, " ").replace(/\.(?=[a-z0-9]+$)/i, " ");
  return [...names.map(spaced), ...names.map(dashed)];
}

/** What a media link not on the platform's media storage is told (MEDIA_HOST). */
const NOT_MEDIA_LINK = "must be a link to the platform's media storage";

/** `text` URI-decoded, or null when it is not valid percent-encoding. */
function decoded(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/**
 * The contact details a media link on the platform's host carries, as kinds: its path read as file
 * and folder names (`readingsOfPath`, `detailInPath` for a phone's digits across them; an "@" is a
 * handle's or a mailbox's), its query and fragment as words.
 */
function mediaUrlKinds(url: URL, path: string, detection: DetectionOptions): ContactKind[] {
  const kinds = new Set(readingsOfPath(path).flatMap((reading) => detectContactDetails(reading, detection).kinds));
  const rest = decoded(`${url.search.slice(1)} ${url.hash.slice(1)}`) ?? `${url.search} ${url.hash}`;
  for (const kind of detectContactDetails(rest.replace(/[=&_+]+/g, " "), detection).kinds) kinds.add(kind);
  if (detailInPath(url.pathname, true)) kinds.add("PHONE");
  if (kinds.size === 0 && `${path}${rest}`.includes("@")) kinds.add("SOCIAL_HANDLE");
  return [...kinds].sort();
}

/**
 * Why a media link is refused, or null: a link that is no https link on a platform media host
 * (user info, a port), or whose path is no valid percent-encoding, answers a `problem`
 * (MEDIA_HOST); one on the host whose path, query or fragment reads as a message ("text-me-512-555-
 * 0142.jpg", a name in an e-mail's shape, "?call=5125550142") answers the contact details' `kinds`
 * (CONTACT_DETAILS, like every other field); any other query or fragment is a `problem` too.
 */
function mediaUrlRefusal(value: string, hosts: readonly string[], detection: DetectionOptions): { problem: string } | { kinds: ContactKind[] } | null {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return { problem: NOT_MEDIA_LINK };
  }
  if (url.protocol !== "https:" || url.username || url.password || url.port || !hosts.includes(url.host.toLowerCase())) return { problem: NOT_MEDIA_LINK };
  const path = decoded(url.pathname);
  if (path === null) return { problem: "must be a media link with a valid path" };
  const kinds = mediaUrlKinds(url, path, detection);
  if (kinds.length) return { kinds };
  return url.search || url.hash ? { problem: "must be a media link without a query or fragment" } : null;
}

/**
 * Why a media link is refused read with the links before it in its list (`urls`, this one last),
 * or null: a reader of a session's media sees the file names in order, so a phone number's groups
 * spread over them ("engine-503.jpg", "engine-555.jpg", "engine-0162.jpg") are one number, as they
 * would be in one name ("IMG_503_555_0162.jpg", refused by mediaUrlRefusal). Read by
 * `phoneGroupsAcross` ("file-name": each name's last stretch of digits with the next ones', whatever
 * its words, each name an entry of its own: cut on the number's groups), on the file names without
 * their extensions and UUIDs; dates, times, ids and counters stop the reading, so camera and storage names pass ("IMG_20240512_212530" / "IMG_1234"). The
 * link refused is the one completing the number. `urls` passed mediaUrlRefusal one by one.
 */
function mediaListProblem(urls: readonly string[]): string | null {
  if (urls.length < 2) return null;
  const names = urls.map(fileNameOf);
  // One entry: any cut counts across file names ("engine-50", "engine-3555", "engine-0162"), where
  // the names cameras and storage give uploads are kept apart by the reading's stops, not its cuts.
  return phoneGroupsAcross(
    names,
    "file-name",
    names.map(() => "list"),
  ).has(names.length - 1)
    ? "must not contain contact details: read with the links before it, its file name completes a phone number"
    : null;
}

/** A media link's file name as `phoneGroupsAcross` reads it: without its folders, extension and UUIDs. */
function fileNameOf(url: string): string {
  const path = decodeURIComponent(new URL(url).pathname);
  return path
    .slice(path.lastIndexOf("/") + 1)
    .replace(UUID, " ")
    .replace(/\.[a-z0-9]+$/i, "");
}

/** What a media link completing a phone number begun in the text shown before it is told. */
const MEDIA_AFTER_TEXT_PROBLEM = "must not contain contact details: read with the text shown before it, its file name completes a phone number";

/**
 * The index of the media link (of `urls`, each accepted alone and with the links before it) that
 * completes a phone number begun in the FREE_TEXT values of the same input (`texts`, as written),
 * or -1: a mechanic reads a session's concern with its media list (openSessionRequests), so
 * "Brakes squeal 512 555" and ".../u/0199.jpg" are one number, as a quote's notes and its lines
 * are (`phoneGroupsAcross`: the texts as prose, each an entry of its own, then the file names, one
 * entry, so across the text and the list a number counts only cut on its own groups).
 */
function mediaAfterTexts(texts: readonly string[], urls: readonly string[]): number {
  if (!texts.length || !urls.length) return -1;
  const names = urls.map(fileNameOf);
  const holding = phoneGroupsAcross(
    [...texts, ...names],
    [...texts.map(() => "prose" as const), ...names.map(() => "file-name" as const)],
    [...texts.map((_, i) => `text ${i}`), ...names.map(() => "list")],
  );
  if (![...holding].some((i) => i < texts.length)) return -1;
  return Math.max(-1, ...[...holding].filter((i) => i >= texts.length).map((i) => i - texts.length));
}
