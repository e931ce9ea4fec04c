import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from a page.

const stateOf = (text: string, name: string) => extractArticle({ text }).locations.find((l) => l.name === name)?.country;

describe("the state of a town no list holds", () => {
  it("takes the nationality before the noun of what the town is", () => {
    const text = "Border talks\n\nQUITO, May 4 (AFP) - Police officers met in the Chilean border town of Vallerma, Bolivia and Peru said on Tuesday.";
    expect(stateOf(text, "Vallerma")).toBe("CL");
  });

  it("takes the state the report is filed from when the sentence names it among others", () => {
    const text = "Border talks\n\nLIMA, May 4 (ANDINA) - Peru and Bolivia signed a pact after a meeting in the border town of Karuvilca on Tuesday.";
    expect(stateOf(text, "Karuvilca")).toBe("PE");
  });

  it("takes the state whose side of the border the words after the name put it on", () => {
    const text = "Border markets\n\nQUETTA, Jan. 3 (APP) - A working group of Pakistan and Iran will meet in Kuhvand, on the Iranian side, next month.";
    expect(stateOf(text, "Kuhvand")).toBe("IR");
  });

  it("does not take the origin of seized goods", () => {
    const text = "Raid\n\nLIMA, May 4 (AFP) - Peruvian police seized a boat loaded with Bolivian fuel near the village of St. Arcadio on Sunday.";
    expect(stateOf(text, "St. Arcadio")).toBe("PE");
  });

  it("does not take the flag of a ship or an aircraft named by several words", () => {
    const text = "Rescue at sea\n\nNUUK, Greenland, March 3 (AP) - A Danish inspection ship and an Icelandic Coast Guard helicopter lifted nine fishermen from a burning trawler some 40 nautical miles off Qorlik on Friday.";
    expect(stateOf(text, "Qorlik")).toBe("GL");
  });

  it("does not take the state of an embassy, which stands abroad", () => {
    const text = "Aid talks\n\nAPIA, Samoa, May 4 (AFP) - The envoy met farmers in the coastal village of Vailuma on Tuesday, according to the Korean Embassy.";
    expect(stateOf(text, "Vailuma")).toBe("WS");
  });
});

describe("the state of a town printed with its region", () => {
  it("takes the state of the region after the comma of any mention", () => {
    const text = "Navy visit\n\nPelmora, North Kalimantan (ANTARA) - The frigates of Brunei's navy arrived at Pelmora on Monday after a long passage.";
    expect(stateOf(text, "Pelmora")).toBe("ID");
  });
});
