import { describe, expect, it } from "vitest";
import { vinCarriesPhoneNumber, vinModelPart } from "./vin.ts";

describe("a VIN", () => {
  it("carries a phone number when ten of its digits make one, whatever its check digit", () => {
    expect(vinCarriesPhoneNumber("CALL5125550143XYZ")).toBe(true);
    expect(vinCarriesPhoneNumber("TEXT9715550142ABC")).toBe(true);
    expect(vinCarriesPhoneNumber("AB15125550143CDEF")).toBe(true);
    // Its last letters changed until the check digit comes out right.
    expect(vinCarriesPhoneNumber("5125550143ZZZZAAG")).toBe(true);
  });

  it("is left alone when its digits run long but make no phone", () => {
    for (const vin of ["ZFA31200000712345", "WVWZZZ1JZXW000001", "WBA3A5C51CF256985", "1HGCM82633A004352", "JH4KA7561PC008269", "5YJSA1DG9DFP14705"]) {
      expect(vinCarriesPhoneNumber(vin), vin).toBe(false);
    }
  });
});

describe("a VIN's model part", () => {
  it("keeps the manufacturer, descriptor, check digit, model year and plant, and masks the serial number", () => {
    expect(vinModelPart("1HGCM82633A004352")).toBe("1HGCM82633A******");
    expect(vinModelPart("WBA3A5C51CF256985")).toBe("WBA3A5C51CF******");
  });

  it("is null for a stored value that is no VIN, rather than a guess at what it shows", () => {
    for (const stored of ["", "1HGCM82633A", "1HGCM82633A0043521", "1hgcm82633a004352", "1HGCM82633A00435O"]) expect(vinModelPart(stored), stored).toBeNull();
  });
});
