import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const placesOf = (text: string) => extractArticle({ text }).locations.map((l) => l.name);

describe("a province named by a compass point and a listed region", () => {
  it("keeps an English compass word before the region", () => {
    const places = placesOf("Navy patrol\n\nJAKARTA, May 4 (AP) - Two patrol boats left a base in North Kalimantan on Monday to search for a missing fishing boat.");
    expect(places).toContain("North Kalimantan");
    expect(places).not.toContain("Kalimantan");
  });

  it("keeps an Arabic compass adjective after the region", () => {
    const places = placesOf("معرض تجاري\n\nجاكرتا - قالت الشركة إنها ستفتح مصنعا جديدا في جاوة الوسطى العام المقبل.");
    expect(places).toContain("جاوة الوسطى");
    expect(places).not.toContain("جاوة");
  });
});

describe("a part of a water no state holds, named by a compass word", () => {
  const loc = (text: string, name: string) => extractArticle({ text }).locations.find((l) => l.name === name);

  it("keeps an Arabic compass noun before the sea, with the whole sea as an alias", () => {
    const text = "جولة بحرية\n\nأثينا - تواصل الفرقاطة جولتها التدريبية في شرق البحر الأبيض المتوسط حتى نهاية الشهر.";
    expect(loc(text, "شرق البحر الأبيض المتوسط")?.aliases).toContain("البحر الأبيض المتوسط");
  });

  it("keeps an English compass adjective in lower case before the sea", () => {
    const text = "Rescue at sea\n\nVALLETTA, June 2 (AP) - Two boats were found adrift in the central Mediterranean on Sunday, the navy said.";
    expect(loc(text, "central Mediterranean")?.aliases).toContain("Mediterranean");
  });

  it("leaves a lower-case compass word before a state out of the name", () => {
    const text = "Floods\n\nLISBON, June 2 (AP) - Heavy rain flooded roads in northern Portugal on Sunday.";
    expect(extractArticle({ text }).locations.map((l) => l.name)).toContain("Portugal");
  });

  it("reads a capitalized compass word before a state's name as a region of that state, each part apart", () => {
    const x = extractArticle({ text: "Patrols\n\nOSLO, June 2 (AP) - Coast guard boats will patrol the fjords of West Norway this summer, and two more will sail off North Norway." });
    const at = (n: string) => x.locations.find((l) => l.name === n);
    expect(at("West Norway")).toMatchObject({ kind: "region", country: "NO" });
    expect(at("North Norway")).toMatchObject({ kind: "region", country: "NO" });
  });

  it("leaves a state named whole with its compass word a state", () => {
    const x = extractArticle({ text: "Talks\n\nJUBA, June 2 (AP) - Envoys of South Sudan and Sudan met on Sunday." });
    expect(x.locations.find((l) => l.name === "South Sudan")).toMatchObject({ kind: "country", country: "SS" });
  });
});
