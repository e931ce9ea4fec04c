import { describe, expect, it } from "vitest";
import { extractArticle } from "../index";

// Every sentence below is written for these tests, not taken from an article.

const topics = (...lines: string[]) => extractArticle({ text: lines.join("\n") }).topics;

describe("a foreign minister's talks abroad are politics", () => {
  it("files a foreign minister's signing of a fisheries pact abroad under politics", () => {
    const t = topics(
      "Ghana and Norway sign fisheries pact in Accra",
      "",
      "ACCRA — Norwegian Foreign Minister Erik Lund met his Ghanaian counterpart Ama Mensah in Accra on Monday and signed an agreement on fisheries research.",
      "The agreement funds two research vessels and training for inspectors at the port of Tema.",
    );
    expect(t).toContain("politics");
  });

  it("reads the Arabic title of a foreign minister in a meeting abroad", () => {
    const t = topics(
      "الأردن والنرويج يبحثان التعاون في مجال المياه",
      "",
      "عمان - التقى وزير الخارجية النرويجي إريك لوند اليوم الاثنين في عمان نظيره الأردني سامي الحسن، وبحث الجانبان التعاون في إدارة الموارد المائية.",
    );
    expect(t).toContain("politics");
  });

  it("does not take a deputy foreign minister for the minister", () => {
    const t = topics(
      "Ghana and Norway sign fisheries pact in Accra",
      "",
      "ACCRA — Norwegian Deputy Foreign Minister Erik Lund met Ghana's fisheries minister Ama Mensah in Accra on Monday and signed an agreement on fisheries research.",
      "The agreement funds two research vessels and training for inspectors at the port of Tema.",
    );
    expect(t).not.toContain("politics");
  });

  it("leaves a meeting of ministers of three states to what their forum is about", () => {
    const t = topics(
      "Ghana hosts Togo and Benin ministers on river survey",
      "",
      "ACCRA — Ghanaian Foreign Minister Ama Mensah met Togolese Foreign Minister Kofi Agbo and Beninese Foreign Minister Paul Houngbo in Accra on Monday for talks on a joint survey of the Volta river.",
    );
    expect(t).not.toContain("politics");
  });
});
