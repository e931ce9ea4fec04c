import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const read = (text: string) => extractArticle({ text: "خبر\n\n" + text });

describe("centres named by their work that act in the story", () => {
  it("reads a centre named by its work as a body after أن and after مع, a town in its name no place of the story", () => {
    const x = read("أفاد بيان للبحرية بأن مركز تنسيق عمليات الإغاثة والإنقاذ البحري تلقى بلاغا من قارب صيد، وأن التنسيق جرى مع مركز إنقاذ أثينا عبر الخط الساخن.");
    expect(x.organizations.map((o) => o.name)).toEqual(["مركز تنسيق عمليات الإغاثة والإنقاذ البحري", "مركز إنقاذ أثينا"]);
    expect(x.locations.map((l) => l.name)).not.toContain("أثينا");
  });

  it("reads a centre named by its work that sends a message after من", () => {
    const x = read("وانتشل زورق البحرية الصيادين بعد نداء استغاثة من مركز تنسيق الإنقاذ البحري في صلالة.");
    expect(x.organizations.map((o) => o.name)).toEqual(["مركز تنسيق الإنقاذ البحري"]);
  });

  it("reads no body from a centre only visited or shown, nor from one described by an indefinite adjective", () => {
    const x = read("وتفقد الوزير مركز تدريب الغواصين واطلع على قدرات مركز المراقبة الجوية، كما أعلن أن مركز قيادة مشترك سيقام قرب الحدود.");
    expect(x.organizations).toEqual([]);
  });
});

describe("centres named by their work and a state's nationality", () => {
  it("reads a centre whose name closes with a nationality or 'national' as a body wherever it is named", () => {
    const x = read("وزار الوفد مقر مركز مكافحة الألغام الأردني، واتفق الجانبان على إيفاد ضباط إلى مركز التدريب الجوي الوطني.");
    expect(x.organizations.map((o) => o.name)).toEqual(["مركز مكافحة الألغام الأردني", "مركز التدريب الجوي الوطني"]);
  });
});
