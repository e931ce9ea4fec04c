import { describe, expect, it } from "vitest";
import { countryName } from "./analyst-labels";

describe("countryName", () => {
  it("names states in Arabic from the bundled list, whatever the case of the code", () => {
    expect(countryName("EG")).toBe("مصر");
    expect(countryName("jo")).toBe("الأردن");
  });

  it("is the same as long as the list is (no ICU difference between server and browser)", () => {
    // Intl.DisplayNames answers from the runtime's own CLDR; this list does not depend on it.
    expect(countryName("US")).toBe("الولايات المتحدة");
    expect(countryName("ZZ")).toBe("ZZ");
  });
});
