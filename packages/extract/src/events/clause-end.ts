import rules from "../rules/events.json";

// "باتجاه جزيرة X", "bound for X": from here on the clause tells where those aboard were heading.
const heading = new RegExp(`(?:^|[\\s،,(])و?(?:${rules.headingFor.ar.concat(rules.headingFor.en).join("|")})(?=[\\s])`, "i");

// "…، وسط انتقادات من المعارضة وتحذيرات من تركيا", "…, amid tensions with China": from here on the
// sentence tells what the happening was set against (critics, rivals), not who took part in it.
// "، وسط البلاد" (the middle of the country) is a place: only an indefinite noun or a word of
// tension follows the "amid" of a backdrop.
const amid = /،\s*وسط\s+(?:(?!ال)|(?:التوتر|التوترات|المخاوف|الانتقادات|التحذيرات)(?=[\s،.]))|,\s+amid\s/u;

// "التي هاجمها قراصنة قبالة ميناء لومي قبل ثلاثة أسابيع، بعد اتصالات شاركت فيها السلطات النيجيرية":
// after a comma, "after" opens another clause of the sentence, not the earlier happening's.
const afterAnother = /[،,]\s*(?:و)?(?:بعد|عقب|إثر|اثر|after|following)\s/u;

/**
 * Where the clause of an earlier happening opened at `from` stops naming its parties: before the
 * words that say where those in it were bound ("غرق قارب قبالة X، كان يقل مهاجرين انطلقوا باتجاه Y"):
 * Y's state took no part; or before what it was set against ("، وسط تحذيرات من X"); an `earlier`
 * happening's clause also before another clause opened by "after" ("، بعد اتصالات …"). Else at `end`.
 */
export function clauseEnd(text: string, from: number, end: number, earlier = false): number {
  const clause = text.slice(from, end);
  const stops = [clause.search(heading), clause.search(amid), earlier ? clause.search(afterAnother) : -1].filter((at) => at >= 0);
  return stops.length ? from + Math.min(...stops) : end;
}
