import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const others = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events.filter((e) => e.type === "other").map((e) => `${e.participants.join(" + ")} [${e.countries.join(",")}]`);

describe("who comments on a happening", () => {
  it("took no part in the rescue he says the cooperation brought ('وأوضح X أن … عن إنقاذ طاقم')", () => {
    const x = others(
      "تعاون بحري",
      "وقع قائد خفر السواحل العماني، العميد سالم الهنائي، والمدير العام لوكالة الأمن البحري الباكستانية، اللواء البحري طارق محمود، أمس الثلاثاء في كراتشي محضر اجتماع اللجنة المشتركة.",
      "وأوضح الهنائي أن التعاون بين الجانبين أثمر يوم السبت الماضي عن إنقاذ طاقم مركب صيد عماني قبالة سواحل جيواني الباكستانية.",
    );
    expect(x).toEqual([" [OM,PK]"]);
  });

  it("tells no occasion in a deployment he says his state had made ('X said Togo had deployed …')", () => {
    const x = others(
      "Border pact",
      "ACCRA, March 10 (Wire) - Interior Minister Kofi Mensah met Togo's Security Minister General Koffi Agbeko in Aflao on Tuesday.",
      "General Agbeko said Togo had deployed additional troops to its Savanes region, which borders Burkina Faso.",
    );
    expect(x).toEqual([]);
  });

  it("leaves a deployment the article tells, with its source after it, a happening", () => {
    const x = others(
      "Border pact",
      "ACCRA, March 10 (Wire) - Interior Minister Kofi Mensah met Togo's Security Minister General Koffi Agbeko in Aflao on Tuesday.",
      "Togo deployed additional troops to its Savanes region on Monday, the ministry said.",
    );
    expect(x).toHaveLength(1);
  });

  it("leaves a seizure a body reports it made to the body, not to the visitor told before ('The agency said its agents seized …')", () => {
    const x = others(
      "Minister tours river station",
      "ASUNCION, March 10 (Wire) - Interior Minister Carla Benitez toured the coast guard station in Pilar on Tuesday.",
      "The national anti-drug agency said its agents seized 900 kilograms of cocaine on a barge near the port of Alberdi last Saturday.",
    );
    expect(x).toHaveLength(1);
    expect(x[0]?.startsWith(" [")).toBe(true);
  });

  it("still took part in the ceremony he spoke at, before his words ('وقال X في كلمة خلال حفل الختام إن')", () => {
    const x = others("اختتام تمرين بحري", "وقال قائد القوات البحرية الأذربيجانية، الأدميرال صبحي قاسموف، في كلمة خلال حفل الختام في باكو، إن التمرين أثبت قدرة الأساطيل على العمل معا.");
    expect(x[0]?.split(" [")[0]).toBe("صبحي قاسموف");
  });
});
