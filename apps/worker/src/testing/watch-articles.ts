import { nameKey } from "@marsad/knowledge";
import { entities, entityAliases } from "@marsad/schema/tables";
import { and, eq, isNull } from "drizzle-orm";
import type { WorkerHarness } from "./worker-harness";

// Invented reports (our own sentences): an officer named in passing, his visit, and an agreement
// between Egypt and Pakistan.
export const PASSING = [
  "مكتبة جديدة في بنغازي",
  "تضم المكتبة الجديدة في بنغازي رفا لمذكرات ضباط سابقين، بينها مذكرات كتبها اللواء سالم العبيدي قائد القوات البرية الليبية في شبابه.",
  "وتفتح المكتبة أبوابها يوميا.",
].join("\n");
export const VISIT = [
  "العبيدي في تونس",
  "وصل اللواء سالم العبيدي قائد القوات البرية الليبية إلى تونس اليوم في زيارة رسمية يلتقي خلالها رئيس أركان الجيش التونسي الفريق منير الحامدي.",
  "وتبحث الزيارة التعاون العسكري بين ليبيا وتونس.",
].join("\n");
export const NEXT_VISIT = [
  "العبيدي في الجزائر",
  "وصل اللواء سالم العبيدي قائد القوات البرية الليبية إلى الجزائر اليوم في زيارة رسمية.",
  "وتبحث الزيارة التعاون العسكري بين ليبيا والجزائر.",
].join("\n");
export const AGREEMENT = [
  "اتفاق مصري باكستاني للتعاون الدفاعي",
  "وقعت مصر وباكستان اليوم الثلاثاء في القاهرة مذكرة تفاهم للتعاون في مجال الصناعات الدفاعية، بحضور وزير الدفاع المصري الفريق أول كريم الجبالي ووزير الإنتاج الدفاعي الباكستاني نديم رضا.",
  "وأكد الجانبان أهمية تطوير العلاقات بين البلدين.",
].join("\n");

/** The id of the person the store knows by this name. */
export async function personNamed(h: WorkerHarness, name: string): Promise<string> {
  const [row] = await h.db
    .selectDistinct({ id: entities.id })
    .from(entities)
    .innerJoin(entityAliases, eq(entityAliases.entityId, entities.id))
    .where(
      and(
        eq(entities.type, "person"),
        isNull(entities.mergedInto),
        eq(entityAliases.aliasKey, nameKey(name)),
      ),
    );
  if (!row) throw new Error(`${name} is not in the store`);
  return row.id;
}

// More invented reports, for a rule on one type of his events: his visit to Rabat told twice, a
// visit by another officer, and a passing mention of him in a meeting he does not attend.
export const RABAT_VISIT = [
  "العبيدي في الرباط",
  "وصل اللواء سالم العبيدي قائد القوات البرية الليبية إلى الرباط اليوم في زيارة رسمية.",
  "وتبحث الزيارة التعاون العسكري بين ليبيا والمغرب.",
].join("\n");
export const RABAT_VISIT_AGAIN = [
  "قائد القوات البرية الليبية يزور المغرب",
  "بدأ اللواء سالم العبيدي قائد القوات البرية الليبية اليوم زيارة رسمية إلى الرباط تستمر يومين.",
  "ويلتقي خلالها قادة الجيش المغربي.",
].join("\n");
export const OTHER_VISIT = [
  "الحامدي في طرابلس",
  "وصل الفريق منير الحامدي رئيس أركان الجيش التونسي إلى طرابلس اليوم في زيارة رسمية.",
  "وتبحث الزيارة التعاون العسكري بين تونس وليبيا.",
].join("\n");
