// Round 49: a phone number glued to the word before it by "-", "/", "_", ".", "+", "," (one to
// three of them) or typed straight onto it ("Carmen-503-555-0162", "Rosa/503-555-0199",
// "Rosa5035550199") is read as when apart (phone.ts GLUED_WORD), but only when it is written as a
// phone is (phone.ts gluedAsPhone): "+" and a country code, or grouped at every break its national
// format has ("503-555-0199", "(503) 555.0199", "1-503-555-0199"), since a code's digits are glued to
// its prefix ("PN-12345-67890", "OEM-04465-33450", "FedEx-7749-2345-6789"). Ungrouped, validity tells
// nothing (Bosch's wiper "3397007120" is a valid Massachusetts number), so only the fiction ranges
// count ("Rosa-5035550199"). An identifier's word glued on is a code's prefix, as "-UK" after it is a
// code's suffix (detect-fp18-a-code-s-suffix-on-a-labelled-number): "invoice INV-604-555-0188",
// "PN-503-555-0199" and "BOSCH-5035550199" are that thing's numbers, unless a phone word follows
// (name fields refuse the grouped ones all the same: tests/content/glued-phone-in-names-refused).
// The sentences are written for this file.
import { describe, expect, it } from "vitest";
import { hides, kindsOf } from "./detector-helpers.ts";

describe("a phone number glued to a word", () => {
  it.each([
    ["Too pricey for now. Carmen-503-555-0162 for anything else.", "503-555-0162"],
    ["Parts desk is Rosa-503-555-0199 if you need it.", "503-555-0199"],
    ["Battery, backorder line Rosa/503-555-0199", "503-555-0199"],
    ["the color is Red-503-555-0199", "503-555-0199"],
    ["PN-503-555-0199 call me", "503-555-0199"],
    ["ACME-1-503-555-0199", "1-503-555-0199"],
    ["Rosa-5035550199 any time", "5035550199"],
    ["Роза-503-555-0199 any time", "503-555-0199"],
    ["ask for Rosa_503-555-0199 at the counter", "503-555-0199"],
    ["Rosa.503.555.0199 after six", "503.555.0199"],
    ["Rosa+503-555-0199 any time", "503-555-0199"],
    ["Rosa,503-555-0199 is the desk", "503-555-0199"],
    ["Rosa--503-555-0199 is the desk", "503-555-0199"],
    ["Rosa–503-555-0199 is the desk", "503-555-0199"],
    ["try Rosa-(971) 334-2090 tomorrow", "971) 334-2090"],
    ["try Rosa/971.334.2090 tomorrow", "971.334.2090"],
    ["try Rosa503-555-0199 tomorrow", "503-555-0199"],
    ["Rosa-503-555-0199-A for parts", "503-555-0199"],
    ["Rosa-+44 7911 123456 any time", "44 7911 123456"],
    ["Rosa-07700 900123 any time", "07700 900123"],
  ])("%j is flagged PHONE with %j hidden", (text, secret) => {
    expect(kindsOf(text)).toContain("PHONE");
    expect(hides(text, secret)).toBe(true);
  });

  it.each([
    ["Bosch 0280158117 injector is on the shelf"],
    ["BOSCH-5035550199 is the one for the 2012"],
    ["BOSCH-9713342090 is the one for the 2014"],
    ["invoice INV-604-555-0188 shows twice in my history"],
    ["PN-503-555-0199 came in the box"],
    ["the wiper blade is BOSCH-3397007120, fits both sides"],
    ["Bosch-1987302123 bulb for the low beam"],
    ["Bosch-0-986-452-041 pads are on the shelf"],
    ["Ordered PN-12345-67890 from the dealer, arrives Tuesday"],
    ["Toyota filter 04465-33450 and plug 90915-YZZD1 are in stock"],
    ["OEM-04465-33450 pads are the ones to get"],
    ["Denso-234-9041 oxygen sensor, about $80"],
    ["Part no. GM-12345678 replaces the old one"],
    ["Mopar-68191349AC is the updated TIPM"],
    ["Nissan-15208-65F0E filter"],
    ["Ford-BC3Z-7Z369-A part"],
    ["Dorman-917-025 and Dorman-926-055 clips"],
    ["Brake kit SKU-100-200-3000 on sale"],
    ["Part PN-123-456-7890 fits the 2014"],
    ["SKU-011-555-0199 on the shelf"],
    ["timing-belt-kit-5035-5501-99 arrived"],
    ["Invoice INV-2024-0315 is paid"],
    ["Order ORD-112-4567890-1234567 shipped yesterday"],
    ["Order#112-4567890-1234567"],
    ["Amazon order 113-5035550-1994722 came"],
    ["Claim CLM-2024-0503-5550 is open"],
    ["Case ref CLM_2024_000731 with the insurer"],
    ["Work order WO/2023/0045871 closed"],
    ["Receipt #A-20240315-0017"],
    ["Tracking UPS-1Z999AA10123456784 says Thursday"],
    ["FedEx-7749-2345-6789 delivered at 10am"],
    ["DHL-4417330621 is in Leipzig"],
    ["VIN ends WVWZZZ1JZ-XW000001"],
    ["VIN: 1HGCM82633A004352"],
    ["Last service was on date-2024-03-15 at 61,200 miles"],
    ["Date-15.03.2024 mileage-84,500"],
    ["Serial SN/2024/03/15/0199"],
    ["Ref_20240315_1745"],
    ["Booked for 2024/03/15, ref BK-240315-0930"],
    ["Open Mon-Fri 0800-1730, Sat-0900-1300"],
    ["ECU serial SN-4G63-212-554"],
    ["ISBN-978-3-16-148410-0 for the Haynes manual"],
    ["EAN-4006381333931 barcode on the box"],
    ["Price was USD-1,250.00 in total"],
    ["Mileage-123456 at last check"],
    ["Torque spec M12x1.5-110Nm"],
    ["Firmware v2.503.555 build-20240315"],
    ["batch LOT-2231-8890 paint"],
  ])("%j stays innocent", (text) => {
    expect(kindsOf(text)).toEqual([]);
  });
});
