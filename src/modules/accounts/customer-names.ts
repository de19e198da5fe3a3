import { firstNameHoldsSurname } from "../../domain/contacts/surname-in-first-name.ts";
import { badInputAt, ErrorReason } from "../../platform/errors.ts";

/** What each field is told when a customer's first name would carry their last name: neither message repeats a value. */
const SURNAME_PROBLEM = {
  firstName: "must not hold your last name or its initial: professionals read your first name, and your last name is kept from them",
  lastName: "is held in your first name, which professionals read: change your first name with it",
} as const;

/**
 * Refuses a customer's names as they would be stored when the first name holds the last name or
 * its initial (`firstNameHoldsSurname`): mechanics read the first name, never the last. `written`
 * is the field the caller wrote that makes it so: the first name whenever it was given (at sign-up,
 * where both come in one input), else the last name, which the stored first name holds.
 *
 * @throws BAD_USER_INPUT at `input.<written>`, reason CONTACT_DETAILS, never echoing a value
 */
export function refuseSurnameInFirstName(names: { firstName: string; lastName: string }, written: "firstName" | "lastName"): void {
  if (firstNameHoldsSurname(names.firstName, names.lastName)) throw badInputAt(["input", written], SURNAME_PROBLEM[written], { reason: ErrorReason.CONTACT_DETAILS });
}
