import { sentenceOfToken } from "../document";
import type { PlaceHit } from "../places/gazetteer";
import { readings, wordKey } from "../text/tokens";
import { namesInternationalBody } from "../organizations";
import type { Ctx, NameSpan, RankSpan, RoleSpan } from "./anchor-spans";
import { givenNameBefore, nameAt, nameBefore, saysOrAccording } from "./names";
import { nameAfterRole } from "./name-after-role";
import { nameAfterNationality } from "./nationality-names";
import { nameFollowsPoliceRank, policeRankAt, rankAt } from "./ranks";
import { describesHolder, hasStateSoFar, ownedByState, roleAt } from "./roles";
import { bareNameAt } from "./verb-anchored-names";
import { ofBodyBefore, possessiveOfficeAt } from "./possessive-offices";
import { ofHeadNounBody } from "./possessive-head-noun";
import { ageBetween, commaBeforeAge } from "./age-apposition";
import { appointedTo } from "./english-appointments";
import rules from "../rules/persons.json";
import { officeAfterWho, ofBodyBeforeComma } from "./office-verbs";
import { appointedOffice, officeGivenByDecree } from "./appointed-office";
import { eachOfNameAt, opensList } from "./each-of-list";
import { isTitleFieldWord } from "./english-title-words";
import { publicFigureAt, type PublicFigure } from "./public-figures";
import { headedByFillerKeys, headedByTrie, honorificTrie, isGivenName, notParticipantTrie, orgHeadTrie, roleContinuerKeys } from "./vocabulary";
import { COMMAS } from "../text/punctuation";
import { commanderOfVessel, vesselEndingAt } from "./vessel-office";
import { namesAfterPluralOffice } from "./plural-office-names";
import { courtesy } from "./reported-rank";
import { opensOtherHoldersOffice } from "./office-gender";

/**
 * Person mentions anchored on ranks, titles and roles, read left to right:
 *   ROLE [،] [RANK] NAME     وزير الدفاع التركي خلوصي أكار / قائد القوات البحرية الليبية، اللواء ركن سالم المبروك
 *   RANK NAME [،] ROLE       اللواء/ محمود سالم، قائد القوات الجوية المصرية
 *   NAME، ROLE               سيباستيان لوكورنو، وزير الجيوش الفرنسية
 *   NAME، وهو أيضا ROLE      (a second role of the same person)
 *   COUNTERPART [DEMONYM] NAME   نظيره الأذربيجاني ذاكر حسنوف / his Tajik counterpart Sherali Mirzo
 */

export interface Mention {
  name: NameSpan;
  rank: RankSpan | null;
  roles: RoleSpan[];
  /** The role came from "his counterpart": its country is the demonym printed with it. */
  counterpart: RoleSpan | null;
  /** A nationality printed right before the rank ("والروسي الجنرال سيرغي شويغو"). */
  nationality: { iso: string; surface: string } | null;
  /** A role shared by several people ("وزراء الدفاع"), made singular. */
  sharedRole: string | null;
  /** The mention this one is listed with ("X، والفريق طيار ركن Y"). */
  coordinatedWith: Mention | null;
  sentence: number;
  /** A public figure's name read with no anchor (src/lexicon/public-figures.json). */
  figure?: PublicFigure;
}

const APPOSITION_GLUE = new Set(["،", ",", "وهو", "هو", "ايضا", "أيضا", "ايضاً", "أيضاً", "and", "who", "is", "also", "the", "a", "an"]);
const HE_IS = new Set(["وهو", "وهي"]);
const ALSO = new Set(["ايضا", "أيضا", "ايضاً", "أيضاً"]);

export function findMentions(ctx: Ctx): Mention[] {
  return findMentionsAndRoles(ctx).mentions;
}

/** Mentions, and the role phrases that stood alone ("وأعرب رئيس الأركان المصري …"). */
export function findMentionsAndRoles(ctx: Ctx): { mentions: Mention[]; loneRoles: RoleSpan[] } {
  const { tokens } = ctx.doc;
  const out: Mention[] = [];
  const allRoles: RoleSpan[] = [];
  let pending: RoleSpan | null = null;
  // Read through a function: the closures below reset it, which the compiler's narrowing misses.
  const pendingRole = (): RoleSpan | null => pending;
  let last: Mention | null = null;
  // The last name read in a "كل من" list, which names after و go on.
  let listItem: Mention | null = null;
  // A plural role ("وزراء الدفاع الايراني … والروسي … والسوري …") shared by the names of its sentence.
  let plural: RoleSpan | null = null;

  const onlyBetween = (a: number, b: number, allowed: ReadonlySet<string>) => {
    for (let k = a + 1; k < b; k++) if (!allowed.has(tokens[k]!.key) && !allowed.has(tokens[k]!.text)) return false;
    return true;
  };
  // "والتقى X أيضا رئيس أركان … Y": "also" alone after a name is the verb's adverb, and the office after it the object's.
  const alsoOnly = (a: number, b: number) => b - a > 1 && onlyBetween(a, b, ALSO);
  const add = (name: NameSpan, rank: RankSpan | null, roles: RoleSpan[]) => {
    const prevMention = last;
    // The phrase opens with whichever comes first: "، ومساعد رئيس الأركان اللواء X" opens with its role.
    const openerSpan = [rank, roles[0]].filter((x): x is RankSpan | RoleSpan => !!x).sort((a, b) => a.first - b.first)[0] ?? name;
    const opener = openerSpan.first;
    const counterpart = roles.find((r) => r.counterpart) ?? null;
    const m: Mention = {
      name,
      rank,
      roles: roles.filter((r) => !r.counterpart),
      counterpart,
      nationality: null,
      sharedRole: null,
      coordinatedWith: null,
      sentence: sentenceOfToken(ctx.doc, name.first)?.index ?? -1,
    };
    const openerToken = tokens[opener]!;
    const openerStart = openerSpan.start;
    const conj = openerStart > openerToken.start && /^[وف]/.test(openerToken.text);
    if (prevMention && conj && opener - prevMention.name.last <= 25 && prevMention.sentence === m.sentence) m.coordinatedWith = prevMention;
    if (opensList(tokens, opener) || (listItem && m.coordinatedWith === listItem)) listItem = m;
    out.push(m);
    last = m;
    pending = null;
    return m;
  };

  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i]!;
    if (t.lineStart) pending = null;
    if (pending && i > pending.last + 1 && !onlyBetween(pending.last, i, COMMAS)) pending = null;

    // "X, who heads Italy's coast guard,": the office of the name before the clause.
    const before = last as Mention | null;
    const held = before && (before.name.last === i - 3 || ofBodyBeforeComma(tokens, before.name.last, i - 2)) ? officeAfterWho(ctx, i) : null;
    if (before && held) {
      before.roles.push(held);
      i = held.last;
      continue;
    }
    // "وقالت X Y، التي تنسق …": the clause anchors a name no rule read yet, the subject of a verb
    // of saying (or after "according to"), or one opening with a known given name wherever it
    // stands ("استقبل … أحمد سالم، الذي يشغل منصب …"): the clause says who the name is.
    const office = !held && COMMAS.has(tokens[i - 2]?.text ?? "") ? officeAfterWho(ctx, i) : null;
    const clauseName = office ? nameBefore(ctx, i - 2) : null;
    if (office && clauseName && anchoredBeforeClause(ctx, clauseName, i) && !out.some((m) => m.name.last >= clauseName.first && m.name.first <= clauseName.last)) {
      add(clauseName, null, [office]);
      i = office.last;
      continue;
    }
    // "رئيسها التنفيذي", "وقائدها": an office said of the body named before, by its pronoun.
    let role = possessiveOfficeAt(ctx, i) ?? roleAt(ctx, i);
    // "Superintendent X", "Deputy Superintendent of Police X": a police rank that is also an
    // office's head is the rank when it covers the whole office read there and a name follows it
    // ("the hospital's medical superintendent, Dr X": set off by a comma, the office).
    // "المفتش X": the Arabic inspector's grade likewise, when what follows opens no office, rank or
    // definite word (المفتش العام، المفتش نائب الأدميرال stay the office).
    const police = role ? policeRankAt(ctx, i) : null;
    if (police && police.last >= role!.last && nameFollowsPoliceRank(ctx, police.last + 1)) role = null;
    if (role && !role.plural && !role.counterpart) allRoles.push(role);
    if (role?.plural) {
      // "Interior Ministers X of A and Y of B", "وزيرا الدفاع X وY": each holds the office.
      const holders = namesAfterPluralOffice(ctx, role);
      for (const h of holders) add(h.name, null, [h.office]).nationality = h.state;
      if (holders.length) {
        i = holders[holders.length - 1]!.name.last;
        continue;
      }
      pending = null;
      plural = role;
      i = role.last;
      continue;
    }
    if (role && !t.arabic) role = ofHeadNounBody(ctx, ofBodyBefore(ctx, extendLatinRoleBack(ctx, role, (last as Mention | null)?.name.last ?? -1)));
    if (role) {
      const prev = last as Mention | null;
      // "X، ورئيس …" / "X وقائد …": a conjoined role opens the next person of a list.
      const glueEnd = honorificEnd(ctx, prev ? prev.name.last + 1 : -1);
      // "X and Interior Minister Y": an English title right before a capitalized name is that name's.
      // "X, and Ethiopia's defence minister, Y,": after "and" a role set off before a name is that name's.
      const andBefore = !t.arabic && tokens.slice(prev ? prev.name.last + 1 : 0, role.first).some((x) => x.key === "and");
      // "and Z's State Minister for Peace, Y": the office's capitalized field after "for" or "of" comes first.
      const afterField = andBefore ? fieldAfterTitle(tokens, role.last + 1) : role.last + 1;
      const titlesNext = andBefore && ((!!tokens[role.last + 1]?.capital && !tokens[role.last + 1]!.arabic) || (COMMAS.has(tokens[afterField]?.text ?? "") && opensNamedPerson(ctx, afterField + 1)));
      // The field read past the office's end is the office's, up to the comma before the name.
      if (titlesNext && afterField > role.last + 1 && COMMAS.has(tokens[afterField]?.text ?? "")) role = { ...role, last: afterField - 1, end: tokens[afterField - 1]!.end, surface: ctx.doc.text.slice(role.start, tokens[afterField - 1]!.end) };
      // "General X, Cambodia's defence minister": the state's possessive opens the apposition.
      const owned = !t.arabic && ownedByState(ctx, role.first) ? ctx.placeAt[role.first - 3]!.firstToken : role.first;
      // "appointed X as ROLE", "X, who was named ROLE": the office the person is put into.
      const appointed = !!prev && !t.arabic && role.first > prev.name.last && appointedTo(tokens, prev.rank?.first ?? prev.name.first, prev.name.last, owned);
      // "استقبل الرئيس X Y سفير Z لدى W A B": an Arabic office printed right after a name, with
      // no comma, and a name right after it, is that next name's title.
      // A word with the article there ("قوات السلطان المسلحة") goes on with the office, rank aside.
      const titlesNextName = t.arabic && !!prev && role.first === prev.name.last + 1 && opensIndefiniteName(ctx, role.last + 1);
      // "witnessed by minister X and the German ambassador": an office joined by "and" with no comma
      // is another person's, unnamed, not a second office of the name before.
      // "Turkey's Ambassador to Kenya, H.E. X, and the Mombasa County Commissioner were present": after
      // a name already given its office, one joined by "and" is another person's too, comma or none.
      const anotherJoined = !t.arabic && !!prev && (andWithoutComma(tokens, prev.name.last, owned) || (prev.roles.length > 0 && tokens.slice(prev.name.last + 1, owned).some((x) => x.key === "and")));
      // "By X Y\n\nPresident Z": a line's first office opens its own sentence, not the last line's name.
      const newLine = !!prev && tokens.slice(prev.name.last + 1, owned + 1).some((x) => x.lineStart);
      if (prev && !newLine && !titlesNext && !titlesNextName && !anotherJoined && !role.conjoined && !role.prepositional && !role.counterpart && role.first > prev.name.last && (appointed || (((onlyBetween(prev.name.last, owned, APPOSITION_GLUE) && !alsoOnly(prev.name.last, owned)) || glueEnd === role.first || ageBetween(tokens, prev.name.last, owned)) && role.first - prev.name.last <= 6 + role.first - owned))) {
        prev.roles.push(role);
        i = role.last;
        continue;
      }
      // "X، ROLE", "X, Turkey’s defense minister", and "X Y ROLE" when X is a known given name.
      // The state that owns an English title ("Turkey’s defense minister") and "the" come before it.
      let lead = role.first;
      if (lead >= 3 && tokens[lead - 1]!.key === "s" && ["’", "'"].includes(tokens[lead - 2]!.text) && ctx.placeAt[lead - 3]) lead -= 3;
      if (lead > 0 && ["the", "a", "an"].includes(tokens[lead - 1]!.key) && !tokens[lead - 1]!.arabic) lead--;
      // "X، وهو ضابط في الجيش الألماني": the pronoun after the comma says who X is.
      if (lead > 1 && HE_IS.has(tokens[lead - 1]!.key) && COMMAS.has(tokens[lead - 2]!.text)) lead--;
      const comma = lead > 0 && COMMAS.has(tokens[lead - 1]!.text);
      // "X، وسفيرة … Y": a role joined by و opens the next person of a list, as after a known name.
      if (!role.prepositional && !role.counterpart && !role.conjoined && lead > 0 && (comma || tokens[lead - 1]!.arabic)) {
        // "X, 54, a senior adviser": the age set off after the name is skipped.
        const before = comma ? nameBefore(ctx, commaBeforeAge(tokens, lead - 1)) : givenNameBefore(ctx, lead);
        if (before && !out.some((m) => m.name.last >= before.first && m.name.first <= before.last)) {
          add(before, null, [role]);
          i = role.last;
          continue;
        }
      }
      // "مساعد وزير الخارجية، السفير X": a bare diplomatic head between an office and a name is the
      // person's diplomatic rank, not a second office.
      const held = pendingRole();
      if (held && onlyBetween(held.last, role.first, COMMAS) && isBareDiplomaticTitle(ctx, role)) {
        pending = { ...held, last: role.last };
        i = role.last;
        continue;
      }
      // "مدير المرصد الباحث X": the holder's occupation printed between his office and his name.
      if (held && t.arabic && describesHolder(ctx, held.last, role.first, role.last)) {
        pending = { ...held, last: role.last };
        i = role.last;
        continue;
      }
      // An Arabic role that has named its state is complete; the next one is another person's.
      // So is one after a comma and و ("بحضور عامل الإقليم، والقنصل العام …، X"): a list of offices.
      // "التقى نائب الوزير رئيسة قسم …": an office right after another, in the other gender, is the next person's.
      const otherHolder = t.arabic && !!pending && role.first === pending.last + 1 && opensOtherHoldersOffice(tokens, pending.first, pending.last > pending.first, role.first, role.conjoined || role.prepositional);
      if (pending && !otherHolder && onlyBetween(pending.last, role.first, COMMAS) && !role.counterpart && !pending.counterpart && !(t.arabic && (hasStateSoFar(ctx, pending.first, pending.last) || role.conjoined)) && !represented(ctx, pending.first)) {
        // a role of several titles: "Deputy Prime Minister, Minister of Foreign Affairs"
        pending = { ...role, first: pending.first, start: pending.start, surface: ctx.doc.text.slice(pending.start, role.end) };
      } else pending = withOwner(ctx, role);
      i = role.last;
      continue;
    }

    // "حكومة الوحدة الوطنية برئاسة عبد الحميد الدبيبة": the head of the body just named.
    const headed = headedByTrie.matchAt(tokens, i, ctx.doc.text);
    if (headed) {
      let j = headed.last + 1;
      while (tokens[j] && headedByFillerKeys.has(tokens[j]!.key)) j++;
      const r = rankAt(ctx, j);
      const name = nameAt(ctx, r ? r.last + 1 : j, !!r);
      if (name) {
        add(name, r, headedRole(ctx, i));
        i = name.last;
        continue;
      }
    }

    // "وقال لافروف", "Sergei Shoigu said": a public figure needs no title to be a person; read
    // before a rank, whose word may open his name ("عماد مغنية"), but after an office, which is his.
    const figure = pending && onlyBetween(pending.last, i, COMMAS) ? null : publicFigureAt(ctx, i);
    if (figure?.anchorless && !out.some((m) => m.name.first <= figure.name.last && figure.name.first <= m.name.last)) {
      add(figure.name, null, []).figure = figure.figure;
      i = figure.name.last;
      continue;
    }
    // "وأكد ولد الشيخ أحمد": a title right after ولد or بن is the father's name, no rank.
    const rank = afterPatronymic(ctx, i) ? null : rankAt(ctx, i);
    // "فخامة الرئيس البلغاري X": a form of address before a title that opens an office is the
    // address of its holder; the office is read from the next word on, as without the address.
    if (rank && addressBeforeOffice(ctx, rank)) continue;
    if (rank) {
      const name = nameAt(ctx, rank.last + 1, true);
      if (name) {
        const held = pendingRole();
        const given = officeGivenByDecree(ctx, rank.first, name.last);
        const roles = held && onlyBetween(held.last, rank.first, COMMAS) ? [appointedOffice(ctx, held, name.last) ?? held] : given ? [given] : [];
        const m = add(name, rank, roles);
        const nat = ctx.placeAt[rank.first - 1];
        if (nat?.viaDemonym && nat.iso2 && nat.lastToken === rank.first - 1) {
          m.nationality = { iso: nat.iso2, surface: nat.surface.replace(/^و/, "") };
          if (plural && sentenceOfToken(ctx.doc, plural.first)?.index === m.sentence) m.sharedRole = singularRole(ctx, plural, m.nationality.surface);
        }
        i = name.last;
      } else i = rank.last;
      continue;
    }

    if (pending && onlyBetween(pending.last, i, COMMAS)) {
      // "رحبت رئيسة البعثة، الكندية X Y،": a nationality set off after the office opens its holder's name.
      const nat = pending.last < i - 1 ? apposedNationality(ctx, i) : null;
      const name = nameAfterRole(ctx, nat ? i + 1 : i, !!nat);
      if (name) {
        const m = add(name, null, [appointedOffice(ctx, pending, name.last) ?? pending]);
        if (nat) m.nationality = nat;
        i = name.last;
        continue;
      }
    }

    // Most names in news stand alone, beside a verb of saying or doing (قال محمد سالم إن …,
    // "Sergei Shoigu said"); the rest of the article (coreference, roles after the name) fills in.
    const national = nameAfterNationality(ctx, i);
    if (national && !out.some((m) => m.name.first <= national.name.last && national.name.first <= m.name.last)) {
      const m = add(national.name, null, []);
      m.nationality = { iso: national.iso, surface: national.surface };
      i = national.name.last;
      continue;
    }
    const item = listItem as Mention | null;
    const listed = item ? { end: Math.max(item.name.last, ...item.roles.map((r) => r.last)), sentence: item.sentence } : null;
    const each = eachOfNameAt(ctx, i, listed);
    if (each && !out.some((m) => m.name.first <= each.last && each.first <= m.name.last)) {
      add(each, null, []);
      i = each.last;
      continue;
    }
    const joined = joinedNameAt(ctx, i, last);
    if (joined) {
      add(joined, null, []);
      i = joined.last;
      continue;
    }
    const bare = bareNameAt(ctx, i);
    if (bare && !out.some((m) => m.name.first <= bare.last && bare.first <= m.name.last)) {
      add(bare, null, []);
      i = bare.last;
      continue;
    }
  }
  const used = new Set(out.flatMap((m) => m.roles.map((r) => r.first)));
  return { mentions: out, loneRoles: allRoles.filter((r) => !used.has(r.first) && !out.some((m) => m.roles.some((x) => r.first >= x.first && r.last <= x.last))) };
}

/** "فخامة الرئيس البلغاري": a rank read as a form of address and a title the office at the title's word covers. */
function addressBeforeOffice(ctx: Ctx, rank: RankSpan): boolean {
  const t = ctx.doc.tokens[rank.first]!;
  if (!t.arabic || rank.last === rank.first || !courtesy(t.key)) return false;
  const office = roleAt(ctx, rank.first + 1);
  return !!office && office.last >= rank.last && !office.counterpart && !office.plural;
}

/**
 * Whether the name before a clause opening at token i is anchored: the subject of a verb of
 * saying (or after "according to"), or opening with a known given name. A function of its own,
 * not a closure made at every token of the loop above.
 */
function anchoredBeforeClause(ctx: Ctx, n: NameSpan, i: number): boolean {
  return n.first > 0 && (saysOrAccording(ctx.doc.tokens[n.first - 1]!) || givenNameBefore(ctx, i - 2)?.first === n.first);
}

/**
 * "سامي خليل ونادين قبلان": a second name joined by و right after a name, opening with a known
 * given name; it is listed with the first.
 */
function joinedNameAt(ctx: Ctx, i: number, previous: Mention | null): NameSpan | null {
  const { tokens, text } = ctx.doc;
  const t = tokens[i]!;
  if (!previous || previous.name.last !== i - 1 || !t.arabic || !t.key.startsWith("و") || isGivenName(t)) return null;
  const bare = readings(t.key).find((r) => r.cut === 1);
  if (!bare || !isGivenName({ ...t, key: bare.key })) return null;
  const name = nameAt(ctx, i, false);
  if (!name || name.keys.length < 2) return null;
  const start = t.start + 1;
  return { ...name, start, surface: text.slice(start, name.end), keys: [bare.key, ...name.keys.slice(1)] };
}

/** True when "and" stands between tokens a and b with no comma. */
function andWithoutComma(tokens: Ctx["doc"]["tokens"], a: number, b: number): boolean {
  const between = tokens.slice(a + 1, b);
  return between.some((x) => x.key === "and") && !between.some((x) => COMMAS.has(x.text));
}

const PATRONYMIC_CONNECTORS = new Set(["ولد", "بن", "ابن", "بنت", "منت"]);

/** True when token i follows a patronymic connector (ولد, بن), which calls for the father's name. */
function afterPatronymic(ctx: Ctx, i: number): boolean {
  const before = ctx.doc.tokens[i - 1];
  return !!before && before.arabic && !ctx.doc.tokens[i]!.lineStart && PATRONYMIC_CONNECTORS.has(before.key);
}

/**
 * "مندوبا عن رئيس الأركان، مساعد رئيس الأركان للعمليات اللواء X": the office after "on behalf of"
 * is someone else's, so the office after the comma does not continue it.
 */
function represented(ctx: Ctx, first: number): boolean {
  for (let k = Math.max(0, first - 4); k < first; k++) {
    const m = notParticipantTrie.matchAt(ctx.doc.tokens, k, ctx.doc.text);
    if (m && m.last === first - 1) return true;
  }
  return false;
}

/**
 * "China's foreign ministry spokesman Lin Wei", "Turkey's ambassador, X": a lower-case title before
 * the name is a description, and the state that owns it is part of it, as a nationality is ("French
 * envoy"). A capitalized title is the office's own name ("Samoa's Minister for Home Affairs X").
 */
function withOwner(ctx: Ctx, role: RoleSpan): RoleSpan {
  const { tokens, text } = ctx.doc;
  const t = tokens[role.first]!;
  if (t.arabic || t.capital || !ownedByState(ctx, role.first)) return role;
  const first = ctx.placeAt[role.first - 3]!.firstToken;
  const start = tokens[first]!.start;
  return { ...role, first, start, surface: text.slice(start, role.end) };
}

/** English roles put their modifiers first: "Chinese Defense Minister", "National Defense Minister". */
function extendLatinRoleBack(ctx: Ctx, role: RoleSpan, floor: number): RoleSpan {
  const { tokens, text } = ctx.doc;
  let first = role.first;
  for (let k = role.first - 1; k > floor && k >= role.first - 4; k--) {
    const t = tokens[k]!;
    // "Island Times Reporter" over "President X": the line before is no part of the office.
    if (tokens[k + 1]!.lineStart) break;
    if (t.kind !== "word" || !t.capital || t.lineStart && k !== role.first - 1) break;
    const place: PlaceHit | undefined = ctx.placeAt[k];
    if (!roleContinuerKeys.has(t.key) && !place && !readings(t.key).length) break;
    // "Defense Production Minister X", "Jonglei Governor X": capitalized words of the office's field.
    if (!roleContinuerKeys.has(t.key) && !place && !(role.start === tokens[role.first]!.start && tokens[role.first]!.capital && isTitleFieldWord(t))) break;
    first = k;
    if (t.lineStart) break;
  }
  // "New Zealand Defence Minister" opening a paragraph: a state or nationality of several words is
  // kept whole, though its first word starts the line.
  const state = ctx.placeAt[first];
  if (first < role.first && state && state.firstToken < first && state.firstToken > floor) first = state.firstToken;
  // "NATO Secretary General", "UN envoy": the international body the title belongs to.
  for (let n = Math.min(4, first - floor - 1); n >= 1; n--) {
    const words = tokens.slice(first - n, first);
    if (!words[0]?.capital || tokens[first]!.lineStart || words.some((w, x) => w.kind !== "word" || (x > 0 && w.lineStart))) continue;
    if (namesInternationalBody(text.slice(tokens[first - n]!.start, tokens[first - 1]!.end))) {
      first -= n;
      break;
    }
  }
  // "The First Deputy Prime Minister": the article is no part of the role.
  if (first < role.first && tokens[first]!.key === "the") first++;
  if (first === role.first) return role;
  const start = tokens[first]!.start;
  return { ...role, first, start, surface: text.slice(start, role.end) };
}

/** "رئيس" + the organization printed right before "برئاسة", as a role. */
function headedRole(ctx: Ctx, at: number): RoleSpan[] {
  const { tokens, text } = ctx.doc;
  // 'زورق الدورية العماني "X" بقيادة المقدم Y': the ship named right before is what Y commands.
  const vessel = readings(tokens[at]!.key).some((r) => r.key === COMMANDING) ? vesselEndingAt(ctx, at) : null;
  if (vessel) return [commanderOfVessel(ctx, vessel, at, at, tokens[at]!.start, "قائد", false)];
  for (let k = at - 1; k >= 0 && k >= at - 7; k--) {
    if (tokens[k]!.kind !== "word") return [];
    const org = orgHeadTrie.matchAt(tokens, k, text);
    if (org) {
      // Only a body named right before "برئاسة": every word between is part of its name.
      for (let x = org.last + 1; x < at; x++) {
        const t = tokens[x]!;
        if (!(t.key.startsWith("ال") || /^(لل|ل)ال?/.test(t.key) || ctx.placeAt[x])) return [];
      }
      const start = org.start;
      const end = tokens[at - 1]!.end;
      const latin = !tokens[k]!.arabic;
      const surface = (latin ? "Head of " : "رئيس ") + (org.surface + text.slice(org.end, end));
      // The span is the "برئاسة" word itself, so the body keeps its own name as an organization.
      return [{ first: at, last: at, start, end, surface, prepositional: false, counterpart: false, plural: false, conjoined: false }];
    }
  }
  return [];
}

const SINGULAR: Record<string, string> = rules.pluralToSingular;
const COMMANDING = wordKey("قيادة");

/** "وزراء الدفاع الايراني" + "الروسي" → "وزير الدفاع الروسي". */
function singularRole(ctx: Ctx, role: RoleSpan, nationality: string): string {
  const words: string[] = [];
  for (let k = role.first; k <= role.last; k++) {
    const t = ctx.doc.tokens[k]!;
    if (t.kind !== "word" || ctx.placeAt[k]) continue;
    words.push(k === role.first ? SINGULAR[t.key] ?? t.text : t.text);
  }
  return [...words, nationality].join(" ");
}

/** Token index after an honorific formula ("المعظم", "حفظه الله") starting at i, or -1. */
function honorificEnd(ctx: Ctx, i: number): number {
  if (i < 0) return -1;
  let j = i;
  while (ctx.doc.tokens[j] && [",", "،", "-", "–"].includes(ctx.doc.tokens[j]!.text)) j++;
  const m = honorificTrie.matchAt(ctx.doc.tokens, j, ctx.doc.text);
  if (!m) return -1;
  j = m.last + 1;
  while (ctx.doc.tokens[j] && [",", "،", "-", "–"].includes(ctx.doc.tokens[j]!.text)) j++;
  return j;
}

/** The token after "for Peace", "of Trade" (a lower-case "for"/"of" and up to three capitalized words) at k, or k. */
function fieldAfterTitle(tokens: Ctx["doc"]["tokens"], k: number): number {
  const t = tokens[k];
  if (!t || t.arabic || (t.key !== "for" && t.key !== "of" && t.key !== "and")) return k;
  let j = k + 1;
  while (j < k + 4 && tokens[j]?.kind === "word" && tokens[j]!.capital && !tokens[j]!.arabic) j++;
  if (j === k + 1) return k;
  // "Minister of Security and Civil Protection": a second field joined by "and".
  return t.key !== "and" && tokens[j]?.key === "and" ? fieldAfterTitle(tokens, j) : j;
}

/** A name, or a rank and a name, starts at i ("Mekdes Alemu", "Gen. Paul Okello"). */
function opensNamedPerson(ctx: Ctx, i: number): boolean {
  const rank = rankAt(ctx, i);
  return !!nameAt(ctx, rank ? rank.last + 1 : i, !!rank);
}

/** A name of two words or more, its first with no article nor و, opens at i, after a rank or not. */
function opensIndefiniteName(ctx: Ctx, i: number): boolean {
  const rank = rankAt(ctx, i);
  const first = ctx.doc.tokens[rank ? rank.last + 1 : i];
  if (!first || /^(ال|و)/u.test(first.key)) return false;
  return (nameAt(ctx, rank ? rank.last + 1 : i, !!rank)?.keys.length ?? 0) >= 2;
}

/** "السفير" or "السفيرة" alone right before a name. */
function isBareDiplomaticTitle(ctx: Ctx, role: RoleSpan): boolean {
  const t = ctx.doc.tokens[role.first]!;
  if (!t.arabic || role.first !== role.last || !AMBASSADOR_KEYS.has(t.key)) return false;
  return !!nameAt(ctx, role.last + 1, false);
}

const AMBASSADOR_KEYS = new Set(["السفير", "السفيره"]);

/** A nationality with the article, alone at i ("الكندية"), as it stands between an office and its holder. */
function apposedNationality(ctx: Ctx, i: number): { iso: string; surface: string } | null {
  const p = ctx.placeAt[i];
  const t = ctx.doc.tokens[i];
  if (!p?.viaDemonym || !p.iso2 || p.firstToken !== i || p.lastToken !== i || !t?.arabic || !t.key.startsWith("ال")) return null;
  return { iso: p.iso2, surface: p.surface };
}
