import { describe, expect, it } from "vitest";
import { hasValidCheckDigit, vinCarriesPhoneNumber } from "./vin.ts";

describe("a VIN", () => {
  it("has its check digit read as ISO 3779 computes it", () => {
    expect(hasValidCheckDigit("1HGCM82633A004352")).toBe(true);
    expect(hasValidCheckDigit("1M8GDM9AXKP042788")).toBe(true); // a check value of 10 is written X
    expect(hasValidCheckDigit("1HGCM82643A004352")).toBe(false);
  });

  it("carries a phone number when ten of its digits make one and its check digit is wrong", () => {
    expect(vinCarriesPhoneNumber("CALL5125550143XYZ")).toBe(true);
    expect(vinCarriesPhoneNumber("TEXT9715550142ABC")).toBe(true);
    expect(vinCarriesPhoneNumber("AB15125550143CDEF")).toBe(true);
  });

  it("is left alone when its digits run long but make no phone, or its check digit is right", () => {
    for (const vin of ["ZFA31200000712345", "WVWZZZ1JZXW000001", "WBA3A5C51CF256985", "1HGCM82633A004352", "JH4KA7561PC008269", "5YJSA1DG9DFP14705"]) {
      expect(vinCarriesPhoneNumber(vin), vin).toBe(false);
    }
  });
});
