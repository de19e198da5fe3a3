// Issue 13 round 17: the platform's own domains (PLATFORM_DOMAINS) are read the same way by every
// check the content policy makes, not only by monitored free text: a name, a street address or a
// price list row naming the configured platform's page is accepted, and the default domain is
// nobody's own on a deployment that configures another.
import "reflect-metadata";
import { describe, expect, it } from "vitest";
import { addressHoldsContactDetails, nameHoldsContactDetails } from "../../src/authz/content-enforce.ts";
import { contentRule } from "../../src/authz/content-policy.ts";
import { DEFAULT_DETECTION_OPTIONS, detectionOptionsFor } from "../../src/domain/contacts/contact-detector.ts";
import { validateCatalogImport } from "../../src/modules/partnerships/catalog.service.ts";

const wrenchhub = detectionOptionsFor(["wrenchhub.net"]);
const HEADER = "partNumber,name,category,wholesalePriceCents,retailPriceCents,availableQuantity,leadTimeDays,validFrom,validUntil";
const priceList = (name: string): string => `${HEADER}\nBP-1,${name},brakes,100,150,10,1,2020-01-01,`;

describe("the content policy's checks read the configured platform domains", () => {
  it("a name naming the configured platform's page is accepted there, and refused where it is not configured", () => {
    const rule = contentRule("CatalogPartInput.name")!;
    expect(nameHoldsContactDetails(rule, "Brake pads (fitment on wrenchhub.net/fit)", wrenchhub)).toBe(false);
    expect(nameHoldsContactDetails(rule, "Brake pads (fitment on wrenchhub.net/fit)", DEFAULT_DETECTION_OPTIONS)).toBe(true);
    expect(nameHoldsContactDetails(rule, "Brake pads (fitment on autodoctor.app/fit)", wrenchhub)).toBe(true);
  });

  it("a street address beside the configured platform's page is accepted there only", () => {
    expect(addressHoldsContactDetails("12 Main St, map at wrenchhub.net/shops/12", wrenchhub)).toBe(false);
    expect(addressHoldsContactDetails("12 Main St, map at wrenchhub.net/shops/12", DEFAULT_DETECTION_OPTIONS)).toBe(true);
  });

  it("a price list row is read with the configured domains, like the upsert", () => {
    expect(validateCatalogImport("CSV", priceList("Pads - see wrenchhub.net/fit"), wrenchhub).rejected).toEqual([]);
    expect(validateCatalogImport("CSV", priceList("Pads - see wrenchhub.net/fit"), DEFAULT_DETECTION_OPTIONS).rejected).toEqual([
      { row: 1, field: "name", reason: "must not contain contact details" },
    ]);
    expect(validateCatalogImport("CSV", priceList("Pads - see autodoctor.app/fit"), wrenchhub).rejected).not.toEqual([]);
  });
});
