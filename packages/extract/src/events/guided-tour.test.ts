import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every article below is written for these tests, not taken from a page.

const events = (...lines: string[]) => extractArticle({ text: lines.join("\n\n"), publishedHint: "2027-03-10" }).events;
const visits = (...lines: string[]) => events(...lines).filter((e) => e.type === "visit").map((e) => e.participants.join(" + "));

describe("a tour with its host guiding", () => {
  it("keeps both ministers and the engineer who briefed them after 'حيث قدم لهما'", () => {
    const x = visits(
      "تعاون أمني بين البلدين",
      "بحث وزير الدفاع الغيني، مامادي كوندي، مع وزير الدفاع المالي، سيدو تراوري، أمس الثلاثاء في مدينة سيغيري، سبل تأمين الحدود.",
      "وعقب الاجتماع، زار الوزيران ورشة بناء الجسر، حيث قدم لهما المهندس المشرف على المشروع، عثمان بالدي، شرحا عن تقدم الأشغال.",
    );
    expect(x).toEqual(["مامادي كوندي + سيدو تراوري + عثمان بالدي"]);
  });

  it("reads the two who inspected a crossing with its director ('تفقدا … برفقة مدير المعبر') as one visit", () => {
    const x = visits(
      "وزيرا الداخلية في المعبر",
      "عقد وزير الداخلية الليبي، اللواء سالم الورفلي، ووزير الداخلية التونسي، كمال الفقي، أمس الاثنين اجتماعا في مدينة بن قردان.",
      "وبعد الاجتماع توجه الوزيران إلى الحدود، حيث تفقدا معبر راس جدير برفقة مدير المعبر، نبيل الطرابلسي، الذي اطلعهما على أجهزة المراقبة.",
    );
    expect(x).toEqual(["سالم الورفلي + كمال الفقي + نبيل الطرابلسي"]);
  });

  it("reads 'the two ministers toured …, where X took them through' as the pair and their guide", () => {
    const x = visits(
      "Border talks",
      "Interior Minister Kofi Mensah and Togo's Security Minister General Koffi Agbeko held talks in the border town of Aflao on Tuesday.",
      "Later, the two ministers toured the border post, where the regional commander of the immigration service, Superintendent Abena Owusu, took them through the new scanners.",
    );
    expect(x).toEqual(["Kofi Mensah + Koffi Agbeko + Abena Owusu"]);
  });

  it("keeps the host of the place who went round with the visitor ('toured the bridge with Colonel X')", () => {
    const x = visits(
      "Minister tours bridge",
      "QUITO, March 10 (Wire) - On Tuesday, Colombian Defence Minister Andrés Duarte toured the Rumichaca bridge with Colonel Hernán Paredes, the Ecuadorean police chief of Carchi province.",
    );
    expect(x).toEqual(["Andrés Duarte + Hernán Paredes"]);
  });

  it("keeps the host who received the visitors ('حيث استقبلهما قائدها')", () => {
    const x = visits(
      "زيارة مقر القوة",
      "اجتمع والي كسلا، اللواء محمد موسى، ووالي القاش، الطاهر عيسى، أمس الاثنين في مدينة كسلا.",
      "وبعد الاجتماع زار موسى وعيسى مقر القوة المشتركة في كسلا، حيث استقبلهما قائدها، العقيد يوسف إدريس.",
    );
    expect(x).toEqual(["محمد موسى + الطاهر عيسى + يوسف إدريس"]);
  });

  it("finds the pair of 'the two ministers' however many sentences of quotes stand after their talks", () => {
    const x = visits(
      "Lake patrol deal",
      "KISUMU, March 10 (Wire) -- Kenya's Defence Minister Achieng Otieno and Uganda's Defence Minister General Peter Okello on Tuesday signed a memorandum on joint patrols of Lake Victoria.",
      "Officials from both navies also attended the ceremony.",
      "Under the memorandum, the two navies will patrol the lake together from May.",
      "Otieno said fishermen had suffered from piracy for years.",
      "\"Our waters must be safe for those who work on them,\" she said.",
      "Okello said his country would send two patrol boats.",
      "The lake is shared by three countries.",
      "Fish exports are an important source of income for both states.",
      "Before the signing, the two ministers visited the fish landing site at Dunga, where its manager, Inspector Mary Auma, showed them the new cold store.",
    );
    expect(x).toEqual(["Achieng Otieno + Peter Okello + Mary Auma"]);
  });
});
