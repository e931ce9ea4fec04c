import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events.map((e) => `${e.type}: ${e.participants.join(" + ")}`);

describe("a guest received on arrival", () => {
  const received = "الدوحة - استقبل وزير الدفاع القطري اللواء سالم بن حمد المري اليوم الثلاثاء نظيره الكويتي الشيخ فهد بن ناصر الصباح لدى وصوله إلى قاعدة العديد الجوية في زيارة رسمية.";

  it("makes a reception of the host and the guest, and the talks after it a meeting of both", () => {
    const x = events("وزيرا الدفاع يبحثان التعاون", received, "وعقد الوزيران عقب الاستقبال اجتماعا في الدوحة، بحثا خلاله تعزيز التعاون العسكري بين البلدين.");
    expect(x).toContain("reception: سالم بن حمد المري + فهد بن ناصر الصباح");
    expect(x).toContain("meeting: سالم بن حمد المري + فهد بن ناصر الصباح");
  });

  it("beside the talks told in the same sentence", () => {
    const x = events("وزيرا الدفاع يبحثان التعاون", "الدوحة - استقبل وزير الدفاع القطري اللواء سالم بن حمد المري اليوم الثلاثاء نظيره الكويتي الشيخ فهد بن ناصر الصباح لدى وصوله إلى الدوحة، وبحث معه تعزيز التعاون العسكري.");
    expect(x).toContain("reception: سالم بن حمد المري + فهد بن ناصر الصباح");
    expect(x).toContain("meeting: سالم بن حمد المري + فهد بن ناصر الصباح");
  });

  it("not when the welcome is told as who awaited him ('وكان في استقباله لدى وصوله')", () => {
    const x = events("وزير الدفاع الكويتي يزور قطر", "الدوحة - وصل وزير الدفاع الكويتي الشيخ فهد بن ناصر الصباح اليوم الثلاثاء إلى الدوحة في زيارة رسمية.", "وكان في استقباله لدى وصوله إلى قاعدة العديد الجوية رئيس الأركان القطري اللواء سالم بن حمد المري.");
    expect(x.some((e) => e.startsWith("reception"))).toBe(false);
  });
});

describe("a guest awaited on arrival, with no visit told before", () => {
  const talks = "الجوف - عقد قائد حرس الحدود الأردني العميد نادر سليم الروسان ونظيره السعودي اللواء ماجد بن سعود الحربي، أمس الأربعاء، اجتماعاً في مبنى إدارة جسر الملك حسين.";

  it("makes a reception of its own beside the talks ('وكان X في استقبال Y لدى وصوله')", () => {
    const x = events("قائدا حرس الحدود يجتمعان", talks, "وكان الروسان في استقبال الحربي لدى وصوله إلى الجسر صباحاً، بحضور عدد من الضباط.");
    expect(x).toContain("reception: نادر سليم الروسان + ماجد بن سعود الحربي");
    expect(x).toContain("meeting: نادر سليم الروسان + ماجد بن سعود الحربي");
    expect(x.some((e) => e.startsWith("visit"))).toBe(false);
  });
});


describe("a guest received in the passive", () => {
  const lead = "ROSSO, Mauritania, March 9 (Reuters) - Senegal's Interior Minister Awa Ndiaye met Mauritania's Interior Minister Sidi Ould Brahim in the border town of Rosso on Tuesday.";

  it("on his arrival at a place is a reception there ('crossed the bridge and was received at the bridge by')", () => {
    const x = events("Ministers meet in Rosso", lead, "Ndiaye crossed the Senegal River Bridge on Tuesday morning and was received at the bridge by Ould Brahim before the talks.");
    expect(x.some((e) => e.startsWith("reception: ") && e.includes("Sidi Ould Brahim"))).toBe(true);
  });

  it("not a call paid at a palace ('was received at the palace by the president')", () => {
    const x = events("Ministers meet in Rosso", lead, "Ndiaye was received at the presidential palace later in the day by President Amadou Ould Sidi.");
    expect(x.some((e) => e.startsWith("reception"))).toBe(false);
  });

  it("with the host named before the place ('was welcomed by X at the far end of the bridge')", () => {
    const x = events("Ministers meet in Rosso", lead, "Ndiaye crossed the Senegal River Bridge on Tuesday morning and was welcomed by Ould Brahim at the Mauritanian end of the bridge.");
    expect(x.some((e) => e.startsWith("reception: ") && e.includes("Sidi Ould Brahim") && e.includes("Awa Ndiaye"))).toBe(true);
  });

  it("met at an airport, with no arrival told: a reception there, no talks ('were met at the airport by')", () => {
    const x = events(
      "Ministers tour island",
      "Japan's defense minister Kenji Tanaka and Philippine defense secretary Jose Ramos were met at Laoag airport by the regional army commander, Maj. Gen. Pedro Santos, on Friday, before proceeding to a radar station in the town of Pagudpud.",
    );
    expect(x).toContain("reception: Kenji Tanaka + Jose Ramos + Pedro Santos");
    expect(x.some((e) => e.startsWith("meeting"))).toBe(false);
  });

  it("not a call paid later ('were met by the minister at the palace')", () => {
    const x = events("Ministers meet in Rosso", lead, "Later the two were met by President Amadou Ould Sidi at the presidential palace.");
    expect(x.some((e) => e.startsWith("reception"))).toBe(false);
  });
});

describe("a guest received at a point of arrival", () => {
  it("makes a reception at an airport, a port or a border crossing with no 'لدى وصوله' ('استقبل X بالمنفذ الحدودي الوفد')", () => {
    const x = events(
      "مهرجان الواحات يفتتح في درج",
      "افتتح وزير السياحة الليبي سالم عمر القماطي مساء الجمعة مهرجان درج الدولي بحضور والي إليزي كريم بن عيسى.",
      "وكان القماطي قد استقبل يوم الأربعاء الماضي بالمنفذ الحدودي الدبداب الوفد الجزائري المشارك، الذي يقوده بن عيسى.",
    );
    expect(x.some((e) => e.startsWith("reception: ") && e.includes("سالم عمر القماطي"))).toBe(true);
  });

  it("not a reception in an office ('استقبل X بمكتبه Y')", () => {
    const x = events("رئيس الأركان يستقبل قائدا زائرا", "استقبل رئيس الأركان العامة الفريق الركن سالم بن حمد المري بمكتبه اليوم الثلاثاء قائد القوات البحرية الإيطالية الأميرال ماركو روسي، وبحثا التعاون بين البلدين.");
    expect(x.some((e) => e.startsWith("reception"))).toBe(false);
  });

  it("dates a guest met at the airport by the journey told before ('were met at the airport by')", () => {
    const r = extractArticle({
      text: [
        "Ministers tour island",
        "LAOAG — Japan's defense minister Kenji Tanaka flew to Ilocos Norte on Friday with Philippine defense secretary Jose Ramos, a day after the two held talks in Manila.",
        "Tanaka and Ramos were met at Laoag airport by the regional army commander, Maj. Gen. Pedro Santos, before proceeding to a radar station in the town of Pagudpud.",
      ].join("\n\n"),
      publishedHint: "2026-03-15",
    });
    expect(r.events.find((e) => e.type === "reception")?.date).toBe("2026-03-13");
  });
});

describe("talks told right after a reception", () => {
  it("were held the day the guest was received ('وعقد الجانبان عقب ذلك اجتماعا')", () => {
    const r = extractArticle({
      text: [
        "مهرجان الواحات يفتتح في درج",
        "افتتح وزير السياحة الليبي سالم عمر القماطي مساء الجمعة مهرجان درج الدولي بحضور والي إليزي كريم بن عيسى.",
        "وكان القماطي قد استقبل يوم الأربعاء الماضي بالمنفذ الحدودي الدبداب الوفد الجزائري المشارك، الذي يقوده بن عيسى.",
        "وعقد الجانبان عقب ذلك اجتماعاً بمقر بلدية درج، تناول تنشيط السياحة العابرة للحدود.",
      ].join("\n\n"),
      publishedHint: "2027-03-13",
    });
    const reception = r.events.find((e) => e.type === "reception");
    expect(reception?.date).toBe("2027-03-10");
    expect(r.events.find((e) => e.type === "meeting")?.date).toBe(reception?.date);
  });
});

