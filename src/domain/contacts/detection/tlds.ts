/**
 * Top-level domains: the full IANA list from the `tlds` package, plus the names RFC 2606 reserves
 * for examples and tests (".test", ".example"), which people and documentation use as real-looking
 * domains ("alice.k@example.test" in issue 13) and which no registry list holds.
 */
import { createRequire } from "node:module";
import { domainToASCII } from "node:url";

// The package is a bare JSON file: Node's ESM loader wants an import attribute for it (tsx did not),
// require reads it the same under tsx and from dist/.
const IANA_TLDS = createRequire(import.meta.url)("tlds") as string[];

/**
 * Every top-level domain, lower case: the IANA list, its internationalised names also in their
 * ASCII form ("рф" and "xn--p1ai"), as a link may be written either way.
 */
export const TLDS: readonly string[] = [...IANA_TLDS, ...IANA_TLDS.filter((tld) => /[^\p{ASCII}]/u.test(tld)).map((tld) => domainToASCII(`a.${tld}`).slice(2)), "test", "example"];

export const TLD_SET: ReadonlySet<string> = new Set(TLDS);
