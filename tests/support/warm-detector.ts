import { detectionOptionsFor } from "../../src/domain/contacts/contact-detector.ts";
import { DEFAULT_PLATFORM_DOMAINS } from "../../src/domain/contacts/platform-domains.ts";
import { readBurst } from "../../src/domain/contacts/retroactive-mask.ts";

/**
 * Reads a split phone number and e-mail once with the application's detector (the trained stage),
 * so the tables it builds on first use (the second stage's model, the phone plans a burst reads
 * pieces against: seconds, more on a busy machine) are built in a file's `beforeAll`, whose
 * budget is the hook's, and not in its first test. The server runs in the test's process and
 * shares them.
 */
export function warmDetector(): void {
  readBurst(["my cell 512 555", "0143, or mail samfixes", "at gmail dot com"], detectionOptionsFor(DEFAULT_PLATFORM_DOMAINS, "trained"));
}
