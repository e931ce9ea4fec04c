import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-03" }).events;

describe("a backdrop frame names no one of the occasion", () => {
  it("leaves out the leaders 'في إطار العلاقات التي يرعاها X وY'", () => {
    const x = events(
      "محادثات عسكرية بين الأردن وتونس",
      "عقد وزير الدفاع الأردني اللواء سامر حداد ونظيره التونسي عماد الصغير اليوم جلسة مباحثات في عمان، في إطار العلاقات الأخوية التي يرعاها حسين الأول وقيس بلقاسم.",
    );
    expect(x.map((e) => e.type)).toEqual(["meeting"]);
    expect(x[0]!.participants).toEqual(["سامر حداد", "عماد الصغير"]);
  });

  it("reads no meeting in 'تنفيذا لما اتفق عليه X وY خلال لقائهما الأخير'", () => {
    const x = events(
      "قائدا حرس الحدود يلتقيان",
      "التقى قائد حرس الحدود الليبي العميد سالم الورفلي نظيره التونسي العميد منير الزغلامي اليوم في بن قردان، تنفيذا لما اتفق عليه عادل بوخريص وهادي الرياحي خلال لقائهما الأخير.",
    );
    expect(x.map((e) => e.type)).toEqual(["meeting"]);
    expect(x[0]!.participants).not.toContain("عادل بوخريص");
  });

  it("keeps the visitor of 'في إطار زيارة يجريها X'", () => {
    const x = events(
      "وزير مالي في نيامي",
      "التقى وزير الدفاع النيجري ساني عمرو اليوم في نيامي الوزير المالي موسى كوناتي، في إطار زيارة يجريها كوناتي إلى النيجر.",
    );
    expect(x.find((e) => e.type === "meeting")?.participants).toContain("موسى كوناتي");
  });

  it("reads no meeting in 'the course set by X and Y when they met last year'", () => {
    const x = events(
      "Zambia and Kenya sign pact",
      "LUSAKA, March 3 (Reuters) - Zambia's Defence Minister Peter Banda and his Kenyan counterpart Joseph Otieno signed a memorandum on border patrols in Lusaka on Wednesday.",
      "Banda said the memorandum followed the course set by Hakainde Mwila and William Okoth when they met in Nairobi last year.",
    );
    expect(x.map((e) => e.type)).toEqual(["agreement"]);
    expect(x[0]!.participants).toEqual(["Peter Banda", "Joseph Otieno"]);
  });
});

describe("an English host who welcomes a person receives a guest", () => {
  it("reads 'welcomed his counterpart X at the airport, before the two held talks' as a reception and a meeting", () => {
    const x = events(
      "Kenyan defence minister in Lusaka",
      "LUSAKA, March 3 (Reuters) - Zambia's Defence Minister Peter Banda welcomed his Kenyan counterpart Joseph Otieno at Lusaka airport on Tuesday, before the two held talks at the ministry.",
    );
    expect(x.map((e) => e.type).sort()).toEqual(["meeting", "reception"]);
    expect(x.find((e) => e.type === "reception")).toMatchObject({ participants: ["Peter Banda", "Joseph Otieno"], location: "Lusaka airport", date: "2027-03-02" });
  });

  it("reads 'X welcomed Y when his plane landed' as a reception", () => {
    const x = events(
      "Kenyan minister lands in Lusaka",
      "LUSAKA, March 3 (Reuters) - Zambia's Defence Minister Peter Banda welcomed Kenya's Defence Minister Joseph Otieno when his plane landed at Lusaka airport on Tuesday.",
    );
    expect(x.map((e) => e.type)).toContain("reception");
  });

  it("keeps 'welcomed the decision' no reception", () => {
    const x = events(
      "Zambia approves border posts",
      "Zambia's Defence Minister Peter Banda welcomed the decision of the cabinet on Tuesday to open two border posts.",
    );
    expect(x.map((e) => e.type)).not.toContain("reception");
  });
});
