// Issue 13 round 17, the platform's own pages: a link to the platform's help, terms, warranty or
// rating page, or mail from its receipts address, is the platform talking about itself and reaches
// nobody off it. Which domains are the platform's is the operator's setting (PLATFORM_DOMAINS), not
// a list in the detector; a look-alike of the platform's domain, or any other site, is still a link.
import { describe, expect, it } from "vitest";
import { loadConfig } from "../../src/app/config.ts";
import { DEFAULT_DETECTION_OPTIONS, detectContactDetails, detectionOptionsFor } from "../../src/domain/contacts/contact-detector.ts";
import { DEFAULT_PLATFORM_DOMAINS } from "../../src/domain/contacts/platform-domains.ts";

const options = detectionOptionsFor(["wrenchhub.net"]);
const kinds = (text: string) => detectContactDetails(text, options).kinds;

describe("the platform's own domains (PLATFORM_DOMAINS)", () => {
  it.each([
    "the cancellation rules are at https://wrenchhub.net/policies/cancel",
    "support.wrenchhub.net/disputes says I have 14 days to open one",
    "Leave a review on wrenchhub.net/review when you get a minute",
    "the invoice came from billing@wrenchhub.net, is it real?",
    "Is WrenchHub.net/protection the same as the warranty you mentioned?",
  ])("a link to or mail from the configured platform stays readable: %j", (text) => {
    expect(kinds(text)).toEqual([]);
  });

  it.each([
    ["a look-alike domain", "book me at wrenchhub-net.com instead", "LINK"],
    ["the platform's name under another site", "wrenchhub.net.mytools.io/book is my page", "LINK"],
    ["the platform's name as the local part of a mailbox", "write to wrenchhub.net@postbox.net", "EMAIL"],
    ["a phone beside a platform link", "help page is wrenchhub.net/help or just call 512-555-0143", "PHONE"],
  ])("%s is still caught: %j", (_kind, text, kind) => {
    expect(kinds(text)).toContain(kind);
  });

  it("a domain is the platform's only where it is configured", () => {
    expect(detectContactDetails("rules at wrenchhub.net/policies/cancel").kinds).toContain("LINK");
    expect(detectContactDetails("the terms are on autodoctor.app/terms", DEFAULT_DETECTION_OPTIONS).kinds).toEqual([]);
  });

  it.each(["support at wrenchhub dot net if the receipt looks wrong", "the invoice came from billing (at) wrenchhub.net", "mail disputes at help.wrenchhub dot net"])(
    "spoken mail on the configured platform stays readable: %j",
    (text) => {
      expect(kinds(text)).toEqual([]);
    },
  );

  it("spoken mail is the platform's only on a configured domain", () => {
    // The default domain is nobody's own on a deployment that configures another.
    expect(kinds("email support at autodoctor dot app")).toContain("EMAIL");
    expect(detectContactDetails("email support at wrenchhub dot net", DEFAULT_DETECTION_OPTIONS).kinds).toContain("EMAIL");
    expect(kinds("email support at wrenchhub-net dot com")).toContain("EMAIL");
    expect(kinds("mail me at wrenchhub dot net dot mytools dot io")).not.toEqual([]);
  });

  it("is read from the environment, lower-cased, and refuses what is no domain", () => {
    expect(loadConfig({ NODE_ENV: "test" }).platformDomains).toEqual(["autodoctor.app"]);
    // One default for the setting and the detector: an unset PLATFORM_DOMAINS reads as the detector's defaults.
    expect(loadConfig({ NODE_ENV: "test" }).platformDomains).toEqual(DEFAULT_PLATFORM_DOMAINS);
    expect(detectionOptionsFor(loadConfig({ NODE_ENV: "test" }).platformDomains)).toEqual(DEFAULT_DETECTION_OPTIONS);
    expect(loadConfig({ NODE_ENV: "test", PLATFORM_DOMAINS: " WrenchHub.net, help.other.org. " }).platformDomains).toEqual(["wrenchhub.net", "help.other.org"]);
    expect(() => loadConfig({ NODE_ENV: "test", PLATFORM_DOMAINS: "https://wrenchhub.net/" })).toThrow(/PLATFORM_DOMAINS/);
  });

  // With subdomains matching, a public suffix would let every site registered under it through.
  it.each(["co.uk", "com.au", "gov.br", "github.io", "herokuapp.com", "netlify.app", "vercel.app", "web.app", "pages.dev", "app"])(
    "refuses a public suffix at start-up, naming the setting and the entry: %j",
    (domain) => {
      expect(() => loadConfig({ NODE_ENV: "test", PLATFORM_DOMAINS: `wrenchhub.net, ${domain}` })).toThrow(
        new RegExp(`PLATFORM_DOMAINS: "${domain.replace(".", "\\.")}" is (?:a public suffix|not a domain name)`),
      );
    },
  );

  it.each(["192.168.0.10", "-wrenchhub.net", "wrenchhub-.net", "wrench..net", "wrenchhub.123", "wrench_hub.net", "wrenchhub.net:8443", `${"a".repeat(64)}.net`])(
    "refuses what is no domain name: %j",
    (domain) => {
      expect(() => loadConfig({ NODE_ENV: "test", PLATFORM_DOMAINS: domain })).toThrow(/PLATFORM_DOMAINS: ".*" is not a domain name/);
    },
  );

  it.each(["wrenchhub.co.uk", "mikes-garage.com.au", "wrenchhub.github.io", "help.wrenchhub.netlify.app", "xn--80ak6aa92e.xn--p1ai", "a1.io"])(
    "accepts a registered domain under a public suffix: %j",
    (domain) => {
      expect(loadConfig({ NODE_ENV: "test", PLATFORM_DOMAINS: domain }).platformDomains).toEqual([domain]);
    },
  );
});
