import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (text: string) => extractArticle({ text: "خبر\n\n" + text }).topics;

describe("topics from smuggling, the border strip, armed movements and sea lanes", () => {
  it("reads smuggling across a border strip as border security", () => {
    expect(topics("ناقش الضباط سبل مكافحة التهريب على الشريط الحدودي بين البلدين.")).toContain("border-security");
    expect(topics("Police said the smuggling ring moved fuel across the border at night.")).toContain("border-security");
  });

  it("reads an armed movement that states call terrorist as counter-terrorism", () => {
    expect(topics("قتل خمسة من عناصر حركة الشباب في اشتباك مع الجيش.")).toContain("counter-terrorism");
    expect(topics("Troops freed two hostages held by Abu Sayyaf on a remote island.")).toContain("counter-terrorism");
  });

  it("reads sea lanes and sea patrols as maritime security", () => {
    expect(topics("اتفق البلدان على تسيير دوريات بحرية لحماية الممرات البحرية.")).toContain("maritime-security");
    expect(topics("The frigate will guard the shipping lanes of the northern sea.")).toContain("maritime-security");
  });
});

describe("institutions named in passing", () => {
  it("does not make an article about politics from one mention of a government or a parliament", () => {
    expect(topics("بحث قائد القوات البحرية مع وفد الحكومة تطوير قاعدة بحرية جديدة.")).not.toContain("politics");
    expect(topics("The navy chief told lawmakers the new patrol boats would arrive in May.")).not.toContain("politics");
  });

  it("makes it about politics when the government or parliament is its subject", () => {
    expect(
      topics("صوت البرلمان على الثقة بالحكومة الجديدة، وقال رئيس الحكومة إن حكومته ستقدم برنامجها إلى البرلمان الأسبوع المقبل."),
    ).toContain("politics");
    expect(topics("Parliament rejected the budget, and lawmakers said the vote left parliament divided.")).toContain("politics");
  });
});

describe("borders and disputed ground", () => {
  it("reads a tri-border area, a border dispute or a border checkpoint as border security", () => {
    expect(topics("اتفق قادة الجيوش الثلاثة على تسيير دوريات في المثلث الحدودي.")).toContain("border-security");
    expect(topics("The ministers said the border dispute would go to a joint commission.")).toContain("border-security");
    expect(topics("Traders waited for the border checkpoint to reopen.")).toContain("border-security");
  });

  it("needs more than one passing mention of the border", () => {
    expect(topics("التقى الوزير نظيره في مدينة تقع على الحدود وبحثا تطوير الموانئ.")).not.toContain("border-security");
    expect(topics("عززت القوات انتشارها على الحدود، ونشرت وحدات إضافية قرب الحدود مع الجارة الشمالية.")).toContain("border-security");
  });

  it("reads a disputed area as regional stability", () => {
    expect(topics("تبادل الجانبان الاتهامات بشأن المنطقة المتنازع عليها.")).toContain("regional-stability");
    expect(topics("Both armies pulled back from the disputed territory.")).toContain("regional-stability");
  });
});
