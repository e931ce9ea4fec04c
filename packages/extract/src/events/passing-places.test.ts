import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const read = (...lines: string[]) => extractArticle({ text: lines.join("\n"), publishedHint: "2026-03-02" });

describe("a place passed through is not where it happened", () => {
  it("leaves out the port a seized ship was heading to", () => {
    const x = read("ضبط", "", "عدن - ضبطت دوريات خفر السواحل أمس قبالة سواحل محافظة المهرة سفينة محملة بالأسلحة كانت في طريقها إلى ميناء نشطون.");
    expect(x.events.map((e) => e.location)).toEqual(["المهرة"]);
  });

  it("leaves out the port a ship came from, but not a place further on", () => {
    const x = read("احتجاز", "", "احتجزت البحرية القبرصية أمس سفينة شحن قادمة من اللاذقية بعد رصدها في المياه الإقليمية.");
    expect(x.events.map((e) => e.location)).toEqual([null]);
    const z = read("احتجاز", "", "احتجزت البحرية القبرصية أمس سفينة شحن قادمة من العاصمة الليبية طرابلس بعد رصدها في المياه الإقليمية.");
    expect(z.events.map((e) => e.location)).toEqual([null]);
    const y = read("احتجاز", "", "أثينا - احتجزت البحرية اليونانية أمس سفينة شحن قادمة من بنغازي قرب جزيرة كريت.");
    expect(y.events.map((e) => e.location)).toEqual(["جزيرة كريت"]);
  });
});

describe("the state printed after a place passed through", () => {
  it("leaves out the state a town one arrived from is described by, and takes the site said again", () => {
    const x = read(
      "لقاء حدودي",
      "",
      "عقد رئيس أركان الجيش الأردني اللواء سامر فهد الخطيب ونظيره السعودي اللواء ماجد سعد العتيبي أمس اجتماعا في مبنى إدارة منفذ الدرة الحدودي.",
      "",
      "وكان الخطيب في استقبال العتيبي لدى وصوله إلى المنفذ صباحا قادما من مدينة حقل السعودية.",
    );
    const reception = x.events.find((e) => e.type === "reception");
    expect(reception?.location).toBe("منفذ الدرة الحدودي");
  });
});

describe("a place those aboard set out for is not where it happened", () => {
  it("keeps the town a boat sank off, not the island the migrants set out for, nor its state", () => {
    const x = read("غرق", "", "طرابلس - غرق قارب صيد أمس قبالة مدينة صبراتة الليبية، كان يقل نحو خمسين مهاجرا انطلقوا باتجاه جزيرة لامبيدوسا الإيطالية، وأنقذ خفر السواحل الليبي ثلاثين منهم.");
    expect(x.events.map((e) => [e.location, e.countries])).toEqual([["صبراتة", ["LY"]]]);
  });
});

describe("a place a distance is measured from is a landmark, not the venue", () => {
  it("keeps the province a ship was seized off, not the town the distance is counted from", () => {
    const x = read("ضبط", "", "عدن - ضبطت دوريات خفر السواحل أمس سفينة محملة بالأسلحة قبالة سواحل محافظة المهرة على بعد أربعين كيلومترا من مدينة الغيضة.");
    expect(x.events.map((e) => e.location)).toEqual(["المهرة"]);
  });
});

describe("an attack placed only by the dateline", () => {
  it("takes the place a later sentence that names the attack gives", () => {
    const x = read(
      "Attack",
      "",
      "NIAMEY, Niger (AFP) — Gunmen attacked an army post before dawn on Sunday, killing six soldiers, officials said.",
      "",
      "The attack took place in the Tillaberi region, about 20 kilometers from the town of Ayorou, said Moussa Hamani, a spokesman for the army.",
    );
    expect(x.events.map((e) => e.location)).toEqual(["Tillaberi"]);
  });
});
