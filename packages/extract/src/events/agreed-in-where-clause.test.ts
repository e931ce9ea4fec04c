import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const types = (x: ReturnType<typeof extractArticle>) => x.events.map((e) => e.type);

describe("talks told with 'where they agreed'", () => {
  it("reads English talks and the agreement reached there as one agreement", () => {
    const x = extractArticle({
      text: "Dutch, Danish ministers watch drill\n\nCOPENHAGEN, June 9 (DPA) – Danish Defence Minister Lars Holmvik and his Dutch counterpart Pieter Anstel on Wednesday watched hundreds of troops practise a river crossing near Aarhus.\n\nAfter the drill, the two ministers held talks in Aarhus, where they agreed to set up a joint working group on rail transport.\n",
    });
    expect(types(x)).not.toContain("meeting");
    const a = x.events.find((e) => e.type === "agreement");
    expect(a?.location).toBe("Aarhus");
  });

  it("reads Arabic talks and the agreement reached there as one agreement", () => {
    const x = extractArticle({
      text: "وزيرا دفاع الأردن والعراق يتفقان على لجنة مشتركة\n\nعمان 4 آذار (بترا)- عقد وزير الدفاع الأردني سامر عودة الحمايدة ونظيره العراقي كريم ناصر الجبوري، اليوم الأربعاء، جلسة مباحثات في مدينة الزرقاء، حيث اتفقا على تشكيل لجنة عسكرية مشتركة.\n",
    });
    expect(types(x)).toContain("agreement");
    expect(types(x)).not.toContain("meeting");
  });
});
