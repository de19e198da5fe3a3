/**
 * The content policy: every `String` / `[String]` argument and input-object field of the schema,
 * classified once, deny-by-default like the rule map (permissions.ts). A field missing here fails
 * start-up (`enforceContentPolicy`) and tests/authz/content-policy-coverage.test.ts, so a new
 * text field stays closed until someone decides who reads it.
 *
 * Classes:
 * - FREE_TEXT: text one party writes and another reads. Contact details are masked ("[hidden]")
 *   before the service runs; the service stores the masked text (which everyone but admins sees,
 *   the author too) and records the finding, original included, as an admin-only ContentFlag in
 *   the same transaction. A professional's finding walks the penalty ladder.
 * - NAME: short names and codes another party reads (display names, vehicle make/model/color,
 *   catalog names, part numbers). A contact detail in one is refused with BAD_USER_INPUT (`extensions.reason`
 *   "CONTACT_DETAILS"): a masked name makes no sense, and nothing is written. An "@handle" counts
 *   even without a platform named beside it. A rule may allow the kinds that are what the field
 *   names (a business name may read as a person's full name). A person's or a business's name
 *   (`nameOf`) is held to what names are: five digits in all, or a handle-shaped word beside an
 *   app or platform word, are refused too ("Sam 512 555 01", "Sam samfixes77 ig").
 * - ADDRESS_FIELD: a street address meant to reach another party (a workshop's drop-off address).
 *   The address itself is allowed; any other contact detail or hint of one (a phone number, an
 *   e-mail, a link, a handle, a messaging app, an off-platform deal) is refused like in a NAME.
 * - MEDIA_URL: links to the platform's media storage only (`MEDIA_URL_HOSTS`); any other host,
 *   a personal site or a booking link, is refused with BAD_USER_INPUT (`reason` "MEDIA_HOST").
 * - SERVICE_MONITORED: free text whose service runs the monitor itself, with the reason saying
 *   where (chat keeps the original for admins and looks across messages; a price list import
 *   applies the NAME rule to every parsed row).
 * - NOT_FREE_TEXT: not prose another party reads, with the reason (ids, cursors, validated
 *   formats, filters, the customer's own contact fields, admin-only notes).
 *
 * Keys: `Input.field` for input-object fields, `Type.field(arg)` for field arguments.
 */
import type { ContactKind } from "../domain/contacts/contact-detector.ts";

export type ContentClass = "FREE_TEXT" | "NAME" | "ADDRESS_FIELD" | "MEDIA_URL" | "SERVICE_MONITORED" | "NOT_FREE_TEXT";

export type ContentRule =
  | { class: "FREE_TEXT" }
  | {
      class: "NAME";
      /** The words the value stands after when read (e.g. "part number"), so a long code is judged as what it is. */
      readAs?: string;
      /** Kinds the monitor may find that are what the field names, not a way to reach someone (a business name's FULL_NAME). */
      allows?: readonly ContactKind[];
      /**
       * Set when the value is someone's or somewhere's name (a person's display, first or last name;
       * a business's name; a customer's city): no name holds five digits or a handle beside an app,
       * so either is refused even where the monitor, reading prose, would let it pass
       * (`nameLooksLikeContact` in content-enforce.ts). A PLACE holds no address at all: a house
       * number, a postcode or a street beside a city is the customer's address ("1537 Harrison",
       * "Portland 97214", "Elm St Austin"), in digits or in words (`placeNameHoldsAddress`).
       */
      nameOf?: "PERSON" | "BUSINESS" | "PLACE";
      /**
       * How a person's names joined into one word are read (`joinedFullName`): "given" (a first
       * name) reads them apart at any joiner but a dash ("Carmen_Kowalczyk", "Carmen·Kowalczyk"),
       * since a given name may be double ("Jean-Luc", "Hyun-Woo"); "display" (a professional's
       * display name) also at a dash when a first name is joined to a surname ("Sam-Peterson").
       */
      joined?: "given" | "display";
    }
  | { class: "ADDRESS_FIELD" }
  | { class: "MEDIA_URL" }
  | { class: "SERVICE_MONITORED"; reason: string }
  | { class: "NOT_FREE_TEXT"; reason: string };

const FREE_TEXT: ContentRule = { class: "FREE_TEXT" };
/**
 * A person's name another party reads (a mechanic's or an advisor's display name, a customer's first
 * or last name). A first name and a surname together read as a FULL_NAME and are refused: a
 * professional is shown by a first name and an initial or a trade name ("Sam P.", "Dr. Wrench"),
 * as customers are shown to professionals, so no one is looked up off the platform by name.
 */
const PERSON_NAME: ContentRule = { class: "NAME", nameOf: "PERSON" };
/** A display name: PERSON_NAME, its names read apart where joined ("Sam_Peterson"), a surname dashed on to a first name too ("Sam-Peterson"). */
const DISPLAY_NAME: ContentRule = { ...PERSON_NAME, joined: "display" };
/**
 * A first name: PERSON_NAME, its names read apart where joined but by a dash ("Carmen_Kowalczyk";
 * "Jean-Luc" is one name); two given names apart ("Mary Ann", "Minh Tuan") are no full name
 * (content-enforce.ts `allowedIn`), a given name and a surname ("Mary Smith") are.
 */
const FIRST_NAME: ContentRule = { ...PERSON_NAME, joined: "given" };
/**
 * A customer's last name: PERSON_NAME, but a surname of several words ("Della Rosa", "Te Awa", "van
 * der Berg") may read as a full name, since professionals are shown only its initial (workshops;
 * mechanics nothing of it). A phone number, an e-mail, a link, a handle, five digits or an "@" in
 * it are still refused; a bare initial is refused by the accounts service (refuseInitialAsLastName).
 */
const LAST_NAME: ContentRule = { ...PERSON_NAME, allows: ["FULL_NAME"] };
/** A part number: "0280158117" is a Bosch injector, not a phone number; "512-555-0142" still is one. */
const PART_NUMBER: ContentRule = { class: "NAME", readAs: "part number" };
const MEDIA_URL: ContentRule = { class: "MEDIA_URL" };
const ADDRESS_FIELD: ContentRule = { class: "ADDRESS_FIELD" };
/** A city a workshop serves: "Round Rock" is a place, not a person's full name; "Austin 512-555-0142" still has a phone number. */
const CITY: ContentRule = { class: "NAME", readAs: "city" };
/**
 * A customer's city, which the workshops they are escalated to read: read as a city like a
 * workshop's ("Round Rock", "St. Louis", "Winston-Salem", "Coeur d'Alene"), and holding no address
 * (`placeNameHoldsAddress`): no digit, no number of 3 digits or more in words, no street, so no
 * house number, postcode or street rides in it ("1537 Harrison", "Portland, ninety seven two one
 * four", "Elm St Austin"). A town named with a number ("100 Mile House") is written with the number
 * as a word ("Hundred Mile House"): no rule tells its digits from a house's.
 */
const HOME_CITY: ContentRule = { ...CITY, nameOf: "PLACE" };
/**
 * The name of a thing: a service category ("Timing Belt", "Wheel Alignment"), a part or its
 * category, a vehicle's make, model or colour ("Grand Cherokee", "Guards Red"). Two capitalised
 * words are no person here; contact details in one are refused.
 */
const THING_NAME: ContentRule = { class: "NAME", allows: ["FULL_NAME"] };
/**
 * A business's name (a workshop's), which every signed-in caller reads in the directory: "Eastside
 * Renamed" or "Maria Lopez" may read as a person's full name, which is what many businesses are
 * called; a phone number, an e-mail, a link, a handle or a messaging app in one is still refused,
 * and so are five digits or a handle beside an app, which no business is called.
 */
const BUSINESS_NAME: ContentRule = { ...THING_NAME, nameOf: "BUSINESS" };
const not = (reason: string): ContentRule => ({ class: "NOT_FREE_TEXT", reason });

const CURSOR = not("pagination cursor: opaque, decoded and validated by the connection");
const FILTER = not("a filter value: read-only, checked by the filter policy, never stored or shown to anyone else");
const OWN_CONTACT = not("the customer's own contact fields, read only through the privacy table (authz/customer-access.ts)");
const DAY = not("a date YYYY-MM-DD, validated");
const PASSWORD = not("a password: hashed, never shown");
const EMAIL = not("an e-mail address used to sign in, validated; shown to nobody else");
const cursors = (...fields: string[]) => Object.fromEntries(fields.map((field) => [`${field}(after)`, CURSOR]));

export const contentPolicy: Readonly<Record<string, ContentRule>> = {
  // ── accounts
  "Mutation.signIn(email)": EMAIL,
  "Mutation.signIn(password)": PASSWORD,
  "SignUpInput.email": EMAIL,
  "SignUpInput.password": PASSWORD,
  "SignUpInput.phone": OWN_CONTACT,
  "SignUpInput.addressLine1": OWN_CONTACT,
  "SignUpInput.addressLine2": OWN_CONTACT,
  "SignUpInput.postalCode": OWN_CONTACT,
  // Names others read: a mechanic's display name (customers), a customer's first name (mechanics),
  // last name (its initial, workshops) and city (workshops). A name is allowed; a number in it is not
  // (a customer's own last name in their first name neither: refuseSurnameInFirstName, modules/accounts).
  "SignUpInput.displayName": DISPLAY_NAME,
  "SignUpInput.firstName": FIRST_NAME,
  "SignUpInput.lastName": LAST_NAME,
  "SignUpInput.city": HOME_CITY,
  "CreateStaffAccountInput.email": EMAIL,
  "CreateStaffAccountInput.password": PASSWORD,
  "CreateStaffAccountInput.displayName": DISPLAY_NAME,
  "CreateStaffAccountInput.workshopId": not("a workshop id, validated"),
  "UpdateProfileInput.email": EMAIL,
  "UpdateProfileInput.currentPassword": PASSWORD,
  "UpdateProfileInput.phone": OWN_CONTACT,
  "UpdateProfileInput.addressLine1": OWN_CONTACT,
  "UpdateProfileInput.addressLine2": OWN_CONTACT,
  "UpdateProfileInput.postalCode": OWN_CONTACT,
  "UpdateProfileInput.displayName": DISPLAY_NAME,
  "UpdateProfileInput.firstName": FIRST_NAME,
  "UpdateProfileInput.lastName": LAST_NAME,
  "UpdateProfileInput.city": HOME_CITY,
  "Mutation.changePassword(currentPassword)": PASSWORD,
  "Mutation.changePassword(newPassword)": PASSWORD,
  "Mutation.requestPasswordReset(email)": EMAIL,
  "Mutation.resetPassword(token)": not("a reset token: random, hashed, never shown to anyone else"),
  "Mutation.resetPassword(newPassword)": PASSWORD,
  "Query.mailOutbox(to)": FILTER,

  // ── reviews
  "ReviewInput.comment": FREE_TEXT,
  ...cursors("Query.mechanicReviews", "Query.workshopReviews"),

  // ── sessions
  "AddVehicleInput.make": THING_NAME,
  "AddVehicleInput.model": THING_NAME,
  "AddVehicleInput.color": THING_NAME,
  "AddVehicleInput.vin": not("a VIN: 17 characters of a fixed alphabet, validated"),
  "RequestSessionInput.concern": FREE_TEXT,
  "RequestSessionInput.mediaUrls": MEDIA_URL,
  "CompleteSessionInput.diagnosis": FREE_TEXT,
  // Category names ("brakes") matched against workshops' services: a masked one would match nothing.
  "CompleteSessionInput.recommendedServices": THING_NAME,
  "Mutation.cancelSession(reason)": FREE_TEXT,
  // Admin operations on sessions (issue 18): the cancel reason and the note reach the session's parties.
  "Mutation.adminCancelSession(reason)": FREE_TEXT,
  "Mutation.postPlatformNote(body)": FREE_TEXT,
  "Mutation.adminReassignSession(reason)": not("an admin's reason for a reassignment: kept in the audit log, no other party reads it"),

  // ── workshop onboarding and mechanic vetting (issue 18): names and categories others read are
  // refused with CONTACT_DETAILS (a workshop's name is a business name); a vetting reason is shown to the mechanic.
  "CreateWorkshopInput.name": BUSINESS_NAME,
  "CreateWorkshopInput.city": CITY,
  "CreateWorkshopInput.serviceArea": CITY,
  "CreateWorkshopInput.servicesOffered": THING_NAME,
  "UpdateWorkshopInput.name": BUSINESS_NAME,
  "UpdateWorkshopInput.city": CITY,
  "UpdateWorkshopInput.serviceArea": CITY,
  "UpdateWorkshopInput.servicesOffered": THING_NAME,
  "AutoAcceptRuleInput.serviceCategory": THING_NAME,
  "AddWorkshopAdvisorInput.email": EMAIL,
  "AddWorkshopAdvisorInput.password": PASSWORD,
  "AddWorkshopAdvisorInput.displayName": DISPLAY_NAME,
  "Mutation.approveMechanic(reason)": not("an admin's note on an approval: only admins read it (mechanicVettings); a claim shows a mechanic only a rejection's reason"),
  "Mutation.rejectMechanic(reason)": FREE_TEXT,

  // ── chat and enforcement
  "Mutation.sendMessage(body)": {
    class: "SERVICE_MONITORED",
    reason: "chat: ChatService masks and flags every message itself, keeps the original for admins and detects details split across messages",
  },
  "Mutation.reviewViolation(note)": not("an admin's review note: admin-only, no other party reads it"),
  "ReportSolicitationInput.detail": FREE_TEXT,
  "Mutation.resolveSolicitationReport(note)": not("an admin's resolution note: admin-only and the reporting customer's, never a professional's"),
  "SanctionInput.reason": not("an admin's reason shown to the sanctioned account holder only (statusReason): staff-written, no customer's data"),
  "SuspendAccountInput.reason": not("an admin's reason shown to the sanctioned account holder only (statusReason): staff-written, no customer's data"),
  "AuditLogFilter.action": FILTER,
  "AuditLogFilter.entityType": FILTER,

  // ── escalations and quotes
  "EscalateInput.notes": FREE_TEXT,
  "Mutation.respondToEscalation(reason)": FREE_TEXT,
  "QuoteInput.notes": FREE_TEXT,
  "QuoteLineItemInput.description": FREE_TEXT,
  "QuoteLineItemInput.partNumber": PART_NUMBER,
  "Mutation.declineQuote(reason)": FREE_TEXT,
  "Mutation.fileComplaint(body)": FREE_TEXT,
  "Mutation.resolveComplaint(note)": not("an admin's resolution note: admin-only, no other party reads it"),

  // ── partnerships
  "ApplyForPartnershipInput.contractStartDate": DAY,
  "ApplyForPartnershipInput.contractEndDate": DAY,
  "CatalogPartInput.name": THING_NAME,
  "CatalogPartInput.category": THING_NAME,
  "CatalogPartInput.partNumber": PART_NUMBER,
  "CatalogPartInput.validFrom": DAY,
  "CatalogPartInput.validUntil": DAY,
  "LaborRateInput.serviceCategory": THING_NAME,
  "LaborRateInput.validFrom": DAY,
  "LaborRateInput.validUntil": DAY,
  "Mutation.importCatalog(content)": {
    class: "SERVICE_MONITORED",
    reason: "a price list (CSV or JSON): validateCatalogImport applies CatalogPartInput's NAME rules to every parsed row and rejects the import",
  },
  "PartnerQuoteInput.notes": FREE_TEXT,
  "Mutation.rejectPartnerQuote(reason)": FREE_TEXT,
  "Mutation.suspendPartnership(reason)": FREE_TEXT,
  "Mutation.terminatePartnership(reason)": FREE_TEXT,

  // ── payments
  "Mutation.payDiagnostic(idempotencyKey)": not("an idempotency key: never shown"),
  "Mutation.payQuote(idempotencyKey)": not("an idempotency key: never shown"),
  "Mutation.refundPayment(reason)": FREE_TEXT,
  "Mutation.refundPayment(idempotencyKey)": not("an idempotency key: never shown"),

  // ── reads: filters and cursors
  "StringFilter.equals": FILTER,
  "StringFilter.contains": FILTER,
  "StringFilter.startsWith": FILTER,
  "StringFilter.in": FILTER,
  "Query.workshops(city)": FILTER,
  "Query.contentFlags(entityType)": FILTER,
  ...cursors(
    "Query.customers",
    "Query.messages",
    "Query.violations",
    "Query.contentFlags",
    "Query.flaggedConversations",
    "Query.escalations",
    "Query.openEscalationOffers",
    "Query.partnerships",
    "Query.partnerDirectory",
    "Query.partnershipsPendingVerification",
    "Query.partnershipQuotes",
    "Query.payments",
    "Query.disputes",
    "Query.complaints",
    "Query.solicitationReports",
    "Query.auditLog",
    "Query.quotes",
    "Query.sessions",
    "Query.strandedSessions",
    "Query.mechanicVettings",
    "Query.openSessionRequests",
    "Query.workshops",
    "Escalation.quotes",
  ),

  // ── workshop conversations and drop-off bookings (issue 18)
  "Mutation.sendWorkshopMessage(body)": {
    class: "SERVICE_MONITORED",
    reason: "a workshop conversation is a chat thread: ChatService masks and flags it like sendMessage, the advisor walks the ladder",
  },
  ...cursors("Query.workshopConversation"),
  // The workshop's street address, shown to a customer with a booked drop-off: the address is meant to be read, nothing else is.
  "Mutation.setDropOffAddress(streetAddress)": ADDRESS_FIELD,
};

/** The rule for an input-object field or a field argument; undefined when unclassified. */
export function contentRule(key: string): ContentRule | undefined {
  return Object.hasOwn(contentPolicy, key) ? contentPolicy[key] : undefined;
}

/** The NAME fields of an input type and their rules, for services that receive the same record another way (a price list import). */
export function nameFieldsOf(inputType: string): Array<[field: string, rule: ContentRule]> {
  const prefix = `${inputType}.`;
  return Object.entries(contentPolicy).flatMap(([key, rule]) => (key.startsWith(prefix) && rule.class === "NAME" ? [[key.slice(prefix.length), rule] as [string, ContentRule]] : []));
}

/** How many entries each class has (README, the report of the coverage test). */
export function classCounts(): Record<ContentClass, number> {
  const counts: Record<ContentClass, number> = { FREE_TEXT: 0, NAME: 0, ADDRESS_FIELD: 0, MEDIA_URL: 0, SERVICE_MONITORED: 0, NOT_FREE_TEXT: 0 };
  for (const rule of Object.values(contentPolicy)) counts[rule.class]++;
  return counts;
}
