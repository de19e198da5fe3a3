import { afterAll, beforeAll } from "vitest";
import { detectionOptionsFor } from "../../src/domain/contacts/contact-detector.ts";
import { DEFAULT_PLATFORM_DOMAINS } from "../../src/domain/contacts/platform-domains.ts";
import { readBurst } from "../../src/domain/contacts/retroactive-mask.ts";
import { startTestApp, type TestApp } from "../setup/test-app.ts";

/**
 * The hooks a spec file on what the contact detector reads across a write's fields shares
 * (tests/content/split-detail-*): the test server before its tests, handed to `started`, which
 * keeps it (`detectorSpec((started) => (app = started))`), and closed after them. Its escalations
 * do not expire under a test that quotes on them (ESCALATION_EXPIRY_INTERVAL_SECONDS 0: no sweep).
 * The detector is warmed in the same hook (warmDetector).
 */
export function detectorSpec(started: (app: TestApp) => void): void {
  let app: TestApp | undefined;
  beforeAll(async () => {
    app = await startTestApp({ ESCALATION_EXPIRY_INTERVAL_SECONDS: "0" });
    warmDetector();
    started(app);
  });
  afterAll(() => app?.close());
}

/**
 * Reads a split phone number and e-mail once with the application's detector (the trained stage),
 * so the tables it builds on first use (the second stage's model, the phone plans a burst reads
 * pieces against: seconds, more on a busy machine) are built in a file's `beforeAll`, whose
 * budget is the hook's, and not in its first test. The server runs in the test's process and
 * shares them.
 */
function warmDetector(): void {
  readBurst(["my cell 512 555", "0143, or mail samfixes", "at gmail dot com"], detectionOptionsFor(DEFAULT_PLATFORM_DOMAINS, "trained"));
}
