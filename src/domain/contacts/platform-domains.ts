/**
 * The platform's own domains (the operator's `PLATFORM_DOMAINS`): links to them and their
 * subdomains, and mail from them, reach nobody off the platform, so the contact detector lets them
 * through (`detectionOptionsFor`). Dependency-free: app/config.ts imports it, and instrumentation.ts
 * reads config.ts before the rest of the application loads.
 */

/** The platform's own domains when the operator configures none: its help, terms and rating pages and the mail it sends. */
export const DEFAULT_PLATFORM_DOMAINS: readonly string[] = ["autodoctor.app"];

/** One DNS label: letters, digits and inner hyphens, 1 to 63 characters. */
const LABEL = /^(?!-)[a-z0-9-]{1,63}(?<!-)$/;
/** A top-level domain: letters, or an internationalised one in its ASCII form ("xn--p1ai"); never digits (an IP address). */
const TOP_LABEL = /^(?:[a-z]{2,63}|xn--[a-z0-9-]{1,59})$/;
/** Second levels registries sell under a country code ("co.uk", "com.au", "gov.br", "ac.jp"). */
const COUNTRY_SECOND_LEVEL = /^(?:co|com|org|net|gov|gob|gouv|govt|ac|edu|or|ne|ltd|plc)\.[a-z]{2}$/;
/** Hosting suffixes under which anyone gets a site of their own ("mikesgarage.github.io"). */
const HOSTING_SUFFIXES: ReadonlySet<string> = new Set([
  "github.io",
  "gitlab.io",
  "herokuapp.com",
  "netlify.app",
  "vercel.app",
  "web.app",
  "firebaseapp.com",
  "pages.dev",
  "workers.dev",
  "appspot.com",
  "azurewebsites.net",
  "cloudfront.net",
  "amazonaws.com",
  "onrender.com",
  "fly.dev",
  "blogspot.com",
  "wordpress.com",
  "wixsite.com",
]);

/**
 * Why `domain` (lower case, no trailing dot) cannot be one of the platform's own, or null when it
 * can: it must be a host name of at least two labels under an alphabetic top-level domain, and not
 * a public suffix (a bare TLD, "co.uk", "github.io"), since its subdomains, every site registered
 * under it, would all pass as the platform's.
 */
export function platformDomainProblem(domain: string): string | null {
  const labels = domain.split(".");
  if (domain.length > 253 || !labels.every((label) => LABEL.test(label)) || !TOP_LABEL.test(labels[labels.length - 1]!)) {
    return "is not a domain name (letters, digits and inner hyphens in dot-separated labels, an alphabetic top-level domain; no scheme, port, path or IP address)";
  }
  if (labels.length < 2 || COUNTRY_SECOND_LEVEL.test(domain) || HOSTING_SUFFIXES.has(domain)) {
    return "is a public suffix: every site under it would pass as the platform's; name the platform's own domain (e.g. autodoctor.app)";
  }
  return null;
}
