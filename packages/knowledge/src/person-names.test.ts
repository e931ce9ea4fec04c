import { describe, expect, it } from "vitest";
import { compatibleNames, nameKey } from "./person-names";

describe("compatibleNames", () => {
  it("matches spelling variants of one name", () => {
    expect(compatibleNames("عبدالمجيد صقر", "عبد المجيد صقر")).toBe(true);
    expect(compatibleNames("أحمد خليفة", "احمد خليفه")).toBe(true);
  });

  it("matches a name with the father's name inserted", () => {
    expect(compatibleNames("صدام حفتر", "صدام خليفة حفتر")).toBe(true);
  });

  it("never merges people who share a family name or a name token", () => {
    expect(compatibleNames("أحمد خليفة", "خليفة حفتر")).toBe(false);
    expect(compatibleNames("خليفة حفتر", "صدام خليفة حفتر")).toBe(false);
    expect(compatibleNames("خالد حفتر", "صدام حفتر")).toBe(false);
    expect(compatibleNames("حفتر", "صدام حفتر")).toBe(false);
  });

  it("keys names without diacritics or hamza differences", () => {
    expect(nameKey("أَحْمَد خليفة")).toBe(nameKey("احمد خليفه"));
  });
});
