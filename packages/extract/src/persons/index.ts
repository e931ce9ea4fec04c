import type { Ctx, RoleSpan } from "./anchor-spans";
import type { PlaceHit } from "../places/gazetteer";
import { onlyInHeadline } from "./headline-only";
import { rankAfterOffice, reportedRank, sovereignTitleOffice } from "./reported-rank";
import { stateOfBodyAfterName } from "./body-after-name";
import { hostOfEnvoyListedBefore, hostStates, stateOfEnvoyToBody, stateOfSelfNamedEnvoy, stateServedInBody } from "./posted-host";
import { rankAt } from "./ranks";
import { ownedByState } from "./roles";
import { clusterMentions, placesIn, roleCountry, type PersonCluster } from "./coref";
import { findMentionsAndRoles, type Mention } from "./find";
import { matchKey } from "../text/normalize";
import { organizationsOf, namesInternationalBody } from "../organizations";
import { acrossWith, isOriginState, isPartyState, isVenueState } from "./venue";
import { isEponym } from "./eponyms";
import { counterpartRole } from "./counterpart-role";
import { fullerLineageName } from "./lineage-name";
import { stateOfBodyHeadInOffice, stateOfBodySaidAgain, stateOfVesselSaidAgain } from "./body-said-again";
import { stateOfBodyOwnedElsewhere } from "./state-owned-body";
import { stateOfEnglishBodySaidAgain } from "./english-body-said-again";
import { stateOfPossessiveBody, stateOfSiteRunner } from "./possessive-offices";
import { stateOfShipCommanded } from "./possessive-head-noun";
import { stateOfVesselCommanded } from "./vessel-office";
import { officesAfterFamilyNames } from "./family-name-apposition";
import { inStatelessBody, servesNoState, stateOfListedBodyInOffice } from "./stateless-offices";
import { namesInternationalBodySaidAgain } from "./international-body-said-again";
import { namesNoPerson } from "./no-name-words";
import { saidAbout } from "./states-in-speech";
import { isAddressedState } from "./addressed-state";
import { officeAtSiteSaidAgain } from "./site-said-again";
import { officeOfCompanySaidAgain } from "./company-said-again";
import { stateOfTownOwningOffice } from "./town-owned-office";
import { stateOfHeadedDelegation, stateOfSideRepresented } from "./delegation-head";
import { isRoleHeadAt } from "./head-lookups";
import { stateOfCompanyInRole } from "./company-state";
import { figureOfCluster } from "./public-figures";
import { pairedBefore } from "./english-paired-side";
import { welcomesArrival } from "./welcomer";

export interface MentionSpan {
  start: number;
  end: number;
  surface: string;
}

export interface PersonRead {
  name: string;
  aliases: string[];
  rank: string | null;
  role: string | null;
  country: string | null;
  mentions: MentionSpan[];
  /** Token ranges of every mention, for events. */
  tokenSpans: { first: number; last: number }[];
  /** Token ranges of role phrases attached to this person. */
  roleSpans: { first: number; last: number }[];
  /** Name keys of every variant (for matching bare names in event sentences). */
  keys: string[][];
}

export interface PersonsResult {
  persons: PersonRead[];
  /** Every role phrase attached to a name. */
  roleSpans: { first: number; last: number }[];
  /** Role phrases printed without a name ("وأعرب رئيس الأركان المصري …"). */
  loneRoleSpans: { first: number; last: number }[];
}

const clean = (s: string) => s.replace(/[\s،,:/]+$/u, "").replace(/^[\s،,:/]+/u, "").replace(/\s+/g, " ");

function chooseName(c: PersonCluster): { name: string; aliases: string[] } {
  const full = c.mentions.filter((m) => m.name.keys.length >= 2);
  const counts = new Map<string, { surface: string; n: number; first: number; len: number }>();
  for (const m of full) {
    const surface = clean(m.name.surface);
    const k = matchKey(surface);
    const e = counts.get(k) ?? { surface, n: 0, first: m.name.first, len: m.name.keys.length };
    e.n++;
    counts.set(k, e);
  }
  const ranked = [...counts.values()].sort((a, b) => b.n - a.n || a.len - b.len || a.first - b.first);
  const top = ranked[0]?.surface ?? clean(c.mentions[0]!.name.surface);
  const name = fullerLineageName(top, ranked.map((e) => e.surface));
  return { name, aliases: ranked.filter((e) => e.surface !== name).map((e) => e.surface) };
}

function roleText(role: RoleSpan): string {
  return clean(role.surface);
}

function tokenSet(s: string): Set<string> {
  return new Set(matchKey(s).split(" ").filter(Boolean));
}

function chooseRole(mentions: Mention[]): { text: string | null; span: RoleSpan | null } {
  const roles = mentions.flatMap((m) => m.roles).sort((a, b) => a.first - b.first);
  if (!roles.length) return { text: null, span: null };
  const first = roles.find((r) => r.last > r.first) ?? roles[0]!;
  let text = roleText(first);
  const a = tokenSet(text);
  for (const r of roles) {
    if (r === first || r.last === r.first) continue;
    const t = roleText(r);
    const b = tokenSet(t);
    if ([...b].every((x) => a.has(x)) || [...a].every((x) => b.has(x))) continue;
    // Two English offices are joined by "and", never by the Arabic و.
    text = /\p{Script=Arabic}/u.test(t) ? `${text} و${t.replace(/^و/, "")}` : `${text} and ${t}`;
    break;
  }
  return { text, span: first };
}

// "المتحدث باسمها": in the name of a body the sentence named before.
const ITS_NAME = /باسم(ها|ه)$/u;

/** "المتحدث باسمها" after "وزارة الدفاع الروسية" is "المتحدث باسم وزارة الدفاع الروسية". */
function namedBody(ctx: Ctx, role: string, span: RoleSpan): string {
  const body = organizationsOf(ctx).mentions
    .filter((o) => o.last < span.first && span.first - o.last <= 30)
    .at(-1);
  return body ? role.replace(ITS_NAME, `باسم ${body.surface}`) : role;
}

const NON_STATE_ROLE = /(باحث|محلل|أستاذ|الرئيس التنفيذي|المدير التنفيذي|للشركة|لشركة|\banalyst|\bresearcher|\bprofessor|chief executive|\bCEO\b|\bcompany\b|\bfirm\b|\belders\b|\bcommunities\b|شيوخ العشائر|وجهاء)/iu;
// An English office ending on a public body's head, its acronym in brackets after it if printed.
const PUBLIC_BODY_ROLE = /\b(Board|Authority|Commission|Agency)( \([A-Z]{2,10}\))?$/u;
// A company's executive speaks for the company, of the state it was named with; a scholar or an
// analyst speaks for himself, wherever he works.
const EXECUTIVE_ROLE = /(التنفيذي|التنفيذية|chief executive|managing director|\bCEO\b)/iu;
// "نائب الرئيس التنفيذي لهيئة التراث", "المدير التنفيذي للمهرجان": the executive of a public
// authority or of a festival the state holds serves it, as an English Authority's chief does.
// "الرئيس التنفيذي للمؤسسة العامة لجسر …": a public corporation ("مؤسسة عامة") is one of the state's bodies too,
// and so is a public service ("الباحث بمصلحة الآثار").
const ARABIC_PUBLIC_BODY_ROLE = /(^| )(ل|لل|بال|ال|ب)?(هيئة|هيئه|وزارة|وزاره|مهرجان|بلدية|بلديه|مصلحة|مصلحه|(مؤسسة|مؤسسه) (ال)?(عامة|عامه))( |$)/u;
const THE_COUNTRY = /(^| )(ال|لل|بال)بلاد( |$)/u;

export function readPersons(ctx: Ctx, home: string | null, titleEnd = 0, outlet: string | null = null): PersonsResult {
  const { mentions, loneRoles } = findMentionsAndRoles(ctx);
  const clusters = clusterMentions(ctx, mentions);
  const roleSpans = mentions.flatMap((m) => [...m.roles, ...(m.counterpart ? [m.counterpart] : [])]).map((r) => ({ first: r.first, last: r.last }));
  const persons: (PersonRead & { cluster: PersonCluster; roleSpan: RoleSpan | null })[] = [];
  const sides = new Map<PersonCluster, string>();
  const inAnyName = (k: number) => mentions.some((m) => m.name.first <= k && k <= m.name.last);
  for (const c of clusters) {
    if (!c.mentions.some((m) => m.name.keys.length >= 2 || m.figure)) continue;
    if (c.mentions.every((m) => isEponym(ctx, m.name.first)) && !c.bare.length) continue;
    if (onlyInHeadline(ctx, c, titleEnd)) continue;
    if (c.mentions.every((m) => namesNoPerson(ctx, m.name))) continue;
    const { name, aliases } = chooseName(c);
    const rankMention = c.mentions.find((m) => m.rank && m.name.keys.length >= 2) ?? c.mentions.find((m) => m.rank);
    const chosen = chooseRole(c.mentions);
    const { span } = chosen;
    // "مدير الميناء": the port, airport or crossing the article named before, with its state.
    const atSite = span && chosen.text === roleText(span) ? officeAtSiteSaidAgain(ctx, span) : null;
    let role = atSite?.role ?? chosen.text;
    let country: string | null = null;
    // "عن الجانب الكويتي": the side he signs for.
    for (const m of c.mentions) country ??= stateOfSideRepresented(ctx, m);
    if (country) sides.set(c, country);
    // 'قائد الفرقاطة المصرية "X"': the navy the ship he commands was named with.
    for (const m of c.mentions) for (const r of m.roles) country ??= stateOfVesselCommanded(r);
    for (const m of c.mentions) for (const r of m.roles) country ??= roleCountry(ctx, r);
    // "سفير المملكة غير المقيم لدى مالطا": the outlet's own state, by the name it calls itself.
    for (const m of c.mentions) for (const r of m.roles) country ??= stateOfSelfNamedEnvoy(ctx, r, outlet);
    // "Tornio's mayor": the state of the town the office is held in.
    for (const m of c.mentions) for (const r of m.roles) country ??= stateOfTownOwningOffice(ctx, r);
    for (const m of c.mentions) for (const r of m.roles) country ??= stateOfListedBodyInOffice(ctx, r);
    // "Denmark's Northern Command … its commander": the state the body was named with elsewhere.
    for (const m of c.mentions) for (const r of m.roles) country ??= stateOfBodyOwnedElsewhere(ctx, r);
    country ??= atSite?.state ?? null;
    // "وفد من الجمارك التركية … برئاسة مدير البوابة، X": the delegation's state is its head's.
    for (const m of c.mentions) country ??= stateOfHeadedDelegation(ctx, m);
    // "أمير البلاد", "رئيس البلاد": "the country" is the state the article is written from, and a
    // ruler the lexicon knows rules his own, wherever the article is datelined (a minister's talks
    // abroad conveying his king's greetings: "تحيات … الملك X ملك البلاد").
    if (c.mentions.some((m) => m.roles.some((r) => THE_COUNTRY.test(matchKey(r.surface))))) country ??= figureOfCluster(ctx, c)?.iso2 || home;
    for (const m of c.mentions) country ??= m.nationality?.iso ?? null;
    // "المتحدث باسمها": the spokesman of the body named before him.
    for (const m of c.mentions) for (const r of m.roles) if (/(ها|ه)$/u.test(r.surface)) country ??= countryBefore(ctx, r.first, inAnyName);
    // "الناطقة باسم الوزارة", "قائد المدمرة": the ministry or the ship the article named before, with its state.
    for (const m of c.mentions) for (const r of m.roles) country ??= stateOfBodySaidAgain(ctx, r) ?? stateOfVesselSaidAgain(ctx, r);
    // "مساعد المشرف العام على المركز": the centre the article named in full before, with its state.
    for (const m of c.mentions) for (const r of m.roles) country ??= stateOfBodyHeadInOffice(ctx, r);
    // "وفد من شرطة الحدود في كرواتيا يرأسه مديرها العام": the state of the body the pronoun points to.
    for (const m of c.mentions) for (const r of m.roles) country ??= stateOfPossessiveBody(r);
    // "the ship's commanding officer" after "the Danish inspection ship HDMS X": the ship's state.
    for (const m of c.mentions) for (const r of m.roles) country ??= stateOfShipCommanded(r);
    // "the BDF commander", "the air force commander": an English body named again in short.
    for (const m of c.mentions) for (const r of m.roles) country ??= stateOfEnglishBodySaidAgain(ctx, r);
    // "الرئيس التنفيذي للشركة" a sentence after "شركة X": the company of the side he signs for, named before.
    const atCompany = span && !atSite && chosen.text === roleText(span) ? officeOfCompanySaidAgain(ctx, span, sides.get(c) ?? null) : null;
    if (atCompany) {
      role = atCompany.role;
      country ??= atCompany.state;
    }
    const shared = c.mentions.find((m) => m.sharedRole)?.sharedRole ?? null;
    // "لجسر الملك فهد" beside "فهد بن ناصر X": a name a place is named after is no mention of the person.
    const own = c.mentions.filter((m) => !isEponym(ctx, m.name.first));
    const named = own.length ? own : c.mentions;
    const officeBefore = rankMention?.rank ? (rankMention.roles.filter((r) => r.last < rankMention.rank!.first).at(-1)?.surface ?? null) : null;
    const rank = rankMention?.rank ? rankAfterOffice(reportedRank(ctx, rankMention.rank, !!role && !officeBefore), officeBefore) : null;
    // "صاحب الجلالة السلطان X" with no office printed: the monarch's title is his office, no rank.
    const sovereign = role ?? shared ? null : sovereignTitleOffice(rank);
    persons.push({
      name,
      aliases,
      rank: sovereign ? null : rank,
      role: span && role && ITS_NAME.test(role) ? namedBody(ctx, role, span) : (role ?? shared ?? sovereign),
      country,
      mentions: [
        ...named.map((m) => ({ start: m.name.start, end: m.name.end, surface: m.name.surface })),
        ...c.bare.map((b) => ({ start: b.start, end: b.end, surface: b.surface })),
      ].sort((a, b) => a.start - b.start),
      tokenSpans: [...named.map((m) => ({ first: m.name.first, last: m.name.last })), ...c.bare.map((b) => ({ first: b.first, last: b.last }))],
      roleSpans: c.mentions.flatMap((m) => m.roles.map((r) => ({ first: r.first, last: r.last }))),
      keys: c.keys,
      cluster: c,
      roleSpan: span,
    });
  }
  joinNameTails(persons);
  // "his counterpart": the role of the other side, with this person's nationality.
  for (const p of persons) {
    const cm = p.cluster.mentions.find((m) => m.counterpart);
    if (!cm || !cm.counterpart) continue;
    const demonyms = placesIn(ctx, cm.counterpart.first, cm.counterpart.last);
    const iso = demonyms.find((d) => d.iso2)?.iso2 ?? null;
    p.country ??= iso;
    // "نظيره البلغاري X … والوزير X": an office said bare elsewhere ("الوزير") is the counterpart's
    // office told in short, which the host's office says in full.
    if (!p.role || (p.roleSpan && p.roleSpan.first === p.roleSpan.last && !p.roleSpans.some((r) => r.last > r.first))) {
      const other = persons.find((o) => o !== p && o.roleSpan && o.cluster.mentions.some((m) => m.sentence === cm.sentence));
      const full = other?.roleSpan ? counterpartRole(ctx, cm.counterpart, other.roleSpan) : null;
      if (full && (!p.role || sameHead(p.role, full))) p.role = full;
    }
  }
  // A public figure whose state the text printed nowhere above serves the state the lexicon gives
  // (none for a UN or NATO head), before any guess from the states near his name.
  // Roles whose "name" turned out to be no person ("وزير الدفاع الصومالي، تهدف …") stand alone too.
  const kept = new Set(persons.flatMap((p) => p.cluster.mentions));
  loneRoles.push(...mentions.filter((m) => !kept.has(m)).flatMap((m) => m.roles));
  const figureStates = new Map<PersonRead, string>();
  for (const p of persons) {
    if (p.country) continue;
    const figure = figureOfCluster(ctx, p.cluster);
    if (!figure) continue;
    figureStates.set(p, figure.iso2);
    p.country = figure.iso2 || null;
  }
  fillCountries(ctx, persons, home, titleEnd, loneRoles, outlet);
  for (const [p, iso] of figureStates) p.country = iso || null;
  // An official of an international body ("الأمين العام للأمم المتحدة", "NATO Secretary General")
  // serves no state unless the role names one ("مندوب مصر لدى الأمم المتحدة") or a pronoun's body
  // that runs the site does ("مدرسة الأمم المتحدة للتدريب … التي تديرها قوات الدفاع الإيرلندية، … قائدها").
  for (const p of persons) {
    const roles = p.cluster.mentions.flatMap((m) => m.roles);
    if (roles.some((r) => namesInternationalBody(r.surface)) && !roles.some((r) => stateServedInBody(ctx, r) || stateOfSiteRunner(r))) p.country = null;
    if (roles.some((r) => namesInternationalBodySaidAgain(ctx, r))) p.country = null;
  }
  // A company's officer, an analyst or a researcher serves no state, wherever he works.
  // The head of a state's public body ("Chief Executive of the Ghana Cocoa Board") still serves it.
  for (const p of persons) {
    if (p.role && NON_STATE_ROLE.test(p.role) && !PUBLIC_BODY_ROLE.test(p.role) && !ARABIC_PUBLIC_BODY_ROLE.test(p.role)) p.country = sides.get(p.cluster) ?? stateOfPossessiveBody(p.roleSpan) ?? (EXECUTIVE_ROLE.test(p.role) ? stateOfCompanyInRole(ctx, p.roleSpan) : null);
    // A multinational force's commander, a regional federation's president, an expert; but an
    // envoy posted to such a body still serves the state his office names.
    const roles = p.cluster.mentions.flatMap((m) => m.roles);
    if (roles.some((r) => stateOfEnvoyToBody(ctx, r))) continue;
    if (servesNoState(ctx, p.role, roles)) p.country = null;
    if (inStatelessBody(ctx, roles)) p.country = null;
  }
  // "وقال الزين، مدير عام المصنع": an office set off after the family name alone is its bearer's.
  const given = officesAfterFamilyNames(ctx, loneRoles, persons);
  if (given.size) loneRoles.splice(0, loneRoles.length, ...loneRoles.filter((r) => !given.has(r)));
  resolveLoneRoles(loneRoles, persons);
  return { persons: persons.map(({ cluster: _c, roleSpan: _r, ...p }) => p), roleSpans, loneRoleSpans: loneRoles.map((r) => ({ first: r.first, last: r.last })) };
}

/**
 * A person whose role names no state takes it from: a relative with the same family name
 * (خليفة حفتر ← صدام حفتر), a colleague whose role contains the same institution, and last the
 * state the article is based in.
 */
function fillCountries(ctx: Ctx, persons: (PersonRead & { cluster: PersonCluster })[], home: string | null, titleEnd: number, loneRoles: RoleSpan[], outlet: string | null): void {
  for (const p of persons) {
    if (p.country) continue;
    const fam = p.keys[0]?.at(-1);
    const rel = fam && fam.length >= 3 ? persons.find((o) => o !== p && o.country && o.keys.some((k) => k.at(-1) === fam)) : undefined;
    if (rel) p.country = rel.country;
  }
  for (const p of persons) {
    if (p.country || !p.role) continue;
    const core = matchKey(p.role).replace(/^(نائب|مساعد|deputy|assistant) /, "");
    // "Defense Minister X and Polish Deputy Defense Minister Y": the head of an office does not take
    // the state of another side's deputy in it (a deputy takes his minister's, not the reverse).
    const deputyOf = (o: string) => new RegExp(`(^| )(نائب|نائبه|مساعد|مساعده|deputy|assistant) ${core}`).test(o) && core === matchKey(p.role!);
    // "his counterpart" holds the same office for the other side: he is no colleague.
    const counterparts = (o: { cluster: PersonCluster }) => o.cluster.mentions.some((m) => m.counterpart) !== p.cluster.mentions.some((m) => m.counterpart);
    // "commanding officer" beside "commanding officer of the frigate X": the other holds it on a ship
    // or in a body named there, which says nothing of where this one holds it.
    const heldElsewhere = (o: string) => o.includes(`${core} of `);
    // "Prime Minister X" beside "(New Zealand) Prime Minister Y": the same whole English office held
    // by two people at once, the other's maybe with its state before it, is held in two states. (An
    // Arabic office read short, "وزير الدفاع" of an office's staff, may still be a colleague's.)
    const sameOffice = (o: string) => /^[a-z]/.test(o) && (o === matchKey(p.role!) || o.endsWith(` ${matchKey(p.role!)}`));
    const col = persons.find((o) => o !== p && o.country && o.role && matchKey(o.role).includes(core) && !sameOffice(matchKey(o.role)) && !deputyOf(matchKey(o.role)) && !heldElsewhere(matchKey(o.role)) && !counterparts(o) && core.split(" ").length >= 2);
    if (col) p.country = col.country;
  }
  // "سفير X لدى صربيا": the state a diplomat is posted to is never his, however near, nor that of
  // whoever is listed with him ("بحضور الملحق العسكري … في روما، والمستشارة الأولى بالسفارة").
  const hostsOf = (p: { cluster: PersonCluster }) => hostStates(ctx, p.cluster.mentions.flatMap((x) => [...x.roles, ...(x.coordinatedWith?.roles ?? [])]));
  // "مديرة إدارة أوروبا في وزارة الخارجية وشؤون المغتربين" beside "وزير الخارجية وشؤون المغتربين X":
  // an office in a ministry whose minister the article names serves the minister's state.
  // Named with no state yet, the minister still tells the official is no envoy's host's.
  // A field of one word ("الخارجية") is every state's: its minister tells no state, though he still
  // tells the official travels with him, no envoy's host's ("بوزارة الخارجية" after "سفير X لدى Y").
  const ministersOfField = (p: PersonRead) => {
    const field = p.role ? MINISTRY_FIELD.exec(matchKey(p.role))?.[1] : undefined;
    return field ? persons.filter((o) => o !== p && o.role && ` ${matchKey(o.role)} `.includes(` ${MINISTER} ${field} `)) : [];
  };
  const ministersOf = (p: PersonRead) => (p.role && MINISTRY_FIELD.exec(matchKey(p.role))?.[1]?.includes(" ") ? ministersOfField(p) : []);
  for (const p of persons) {
    if (p.country) continue;
    const states = new Set(ministersOf(p).map((o) => o.country));
    if (states.size === 1 && [...states][0]) p.country = [...states][0]!;
  }
  // Listed with someone ("X، والفريق طيار ركن Y"): the same delegation.
  for (const p of persons) {
    if (p.country) continue;
    const m = p.cluster.mentions.find((x) => x.coordinatedWith);
    const other = m && persons.find((o) => o.cluster.mentions.includes(m.coordinatedWith!));
    // "… والعقيد Y من إدارة … بوزارة الدفاع الكورية": a body of his own printed after his name tells.
    const own = other ? stateOfBodyAfterName(ctx, p.tokenSpans) : null;
    if (own) {
      p.country = own;
      continue;
    }
    const host = other && !ministersOfField(p).length ? hostOfEnvoyListedBefore(ctx, p.cluster.mentions.flatMap((x) => x.roles), other.cluster.mentions.flatMap((x) => x.roles)) : null;
    if (host) p.country = host;
    else if (other?.country && !hostsOf(p).has(other.country)) p.country = other.country;
  }
  // The state named nearest to the person in the same sentence, outside other people's roles.
  // A place inside a name ("عبد الجليل") says nothing of the state either.
  const roleTokens = new Set<number>();
  for (const o of persons) for (const r of [...o.roleSpans, ...o.tokenSpans]) for (let k = r.first; k <= r.last; k++) roleTokens.add(k);
  // "X, and Togo's Minister of Security, Y": the state owning another's office is his too.
  for (const o of persons) for (const r of o.roleSpans) for (const pl of ownerOf(ctx, r)) for (let k = pl.firstToken; k < r.first; k++) roleTokens.add(k);
  // "X، والرئيسة التنفيذية للمجمع التركي، Y": a state inside an office whose holder the rules did
  // not name is that office's, not its neighbour's.
  for (const r of loneRoles) for (let k = r.first; k <= r.last; k++) roleTokens.add(k);
  // "استقبل X … نظيره التشادي Y": the nationality printed with "his counterpart" is the guest's only.
  for (const o of persons) for (const m of o.cluster.mentions) if (m.counterpart) for (let k = m.counterpart.first; k <= m.counterpart.last; k++) roleTokens.add(k);
  // "مع قائد التحالف الجنرال الأمريكي مارك …": a demonym just before another person's name (a
  // rank between them at most) is that person's nationality, not the state of his neighbours.
  const untitled = (p: PersonRead & { cluster: PersonCluster }) => !p.role && !p.rank && !p.cluster.mentions.some((m) => m.nationality || m.counterpart);
  const nameStarts = new Set(persons.flatMap((o) => o.tokenSpans.map((s) => s.first)));
  const afterRank = (k: number) => [1, 2, 3].some((d) => rankAt(ctx, k - d)?.last === k - 1);
  // "Iraqi Transport Minister X": in English capitalized title words may stand between the two.
  const latinTitleTo = (k: number, d: number) => ctx.doc.tokens.slice(k + 1, k + d).every((t) => !t.arabic && t.capital && t.kind === "word");
  const qualifiedName = (k: number) => [1, 2, 3, 4].find((d) => nameStarts.has(k + d) && (d <= 2 || latinTitleTo(k, d)));
  const nationalityOfNext = (k: number) => !!ctx.placeAt[k]?.viaDemonym && (qualifiedName(k) !== undefined || afterRank(k));
  // "General X of India": a state after "of" right after a name is that person's.
  const nameEnds = new Map(persons.flatMap((o) => o.tokenSpans.map((s) => [s.last, o] as const)));
  const stateOfName = (k: number) => {
    const first = ctx.placeAt[k]!.firstToken;
    return ctx.doc.tokens[first - 1]?.key === "of" ? nameEnds.get(first - 2) : undefined;
  };
  // "سفيرة الدولة مريم خليفة السويدي": a nisba printed right after a name is its family name,
  // though the name was read without it, and tells no nationality.
  const familyNisba = (k: number) => {
    const pl = ctx.placeAt[k]!;
    return ctx.doc.tokens[k]!.arabic && pl.viaDemonym && pl.firstToken === k && pl.lastToken === k && nameEnds.has(k - 1);
  };
  const roleOwnerAt = new Map(persons.flatMap((o) => o.roleSpans.map((r) => [r.first, o] as const)));
  // The full stop of "U.S." may stand between the demonym and the office.
  const officeOwnerAfter = (k: number) => roleOwnerAt.get(k + 1) ?? (ctx.doc.tokens[k + 1]?.text === "." ? roleOwnerAt.get(k + 2) : undefined);
  for (const p of persons) {
    if (p.country) continue;
    const m = p.cluster.mentions[0]!;
    const sentence = ctx.doc.sentences[m.sentence];
    if (!sentence) continue;
    let best: { d: number; iso: string } | null = null;
    // "… X أجرت في مدينة فالبارايسو التشيلية محادثات": the state of a venue or a destination is
    // the host's; it is his only when nothing else tells (no other state, no dateline).
    let venue: { d: number; iso: string } | null = null;
    const hosts = hostsOf(p);
    // "وكان في استقبالها مفوض الشرطة X": a nationality near the one who welcomes is the arriving side's.
    const welcomer = p.cluster.mentions.some((x) => welcomesArrival(ctx, x.name.first));
    for (let k = sentence.first; k < sentence.last; k++) {
      const pl = ctx.placeAt[k];
      if (!pl?.iso2 || hosts.has(pl.iso2) || (welcomer && pl.viaDemonym) || roleTokens.has(k) || (nationalityOfNext(k) && !p.tokenSpans.some((s) => s.first === k + (qualifiedName(k) ?? 1) || s.first === k + 2))) continue;
      const owner = stateOfName(k);
      if ((owner && owner !== p) || familyNisba(k)) continue;
      const d = Math.abs(k - m.name.first);
      // "بحث … مع وفد من البوسنة": a state across "مع" is the other party's; so is a delegation's
      // nationality after the name ("رافق X الوفد السوري").
      if (acrossWith(ctx, k, m.name.first) || (k > m.name.last && (isPartyState(ctx, k) || isAddressedState(ctx, k)))) continue;
      // "Defence Minister X and U.S. Deputy Secretary of Defense Y": a state or nationality right before
      // another person's office is his, however many words the office runs to.
      if ((officeOwnerAfter(pl.lastToken) ?? p) !== p) continue;
      // "… and the German ambassador": an English nationality right before an office no name holds is that office's.
      if (pl.viaDemonym && !ctx.doc.tokens[k]!.arabic && isRoleHeadAt(ctx, pl.lastToken + 1)) continue;
      // A state named far along the sentence ("… من منطقة قرب الحدود السورية") is what it tells, not his.
      if (d > NEAR_STATE_TOKENS || isOriginState(ctx, k)) continue;
      const venueState = isVenueState(ctx, k);
      if (!venueState && saidAbout(ctx, k, sentence.first)) continue;
      if (venueState) {
        if (!venue || d < venue.d) venue = { d, iso: pl.iso2 };
      } else if (!best || d < best.d) best = { d, iso: pl.iso2 };
    }
    if (best) p.country = best.iso;
    else if (venue && (home === null || untitled(p))) p.country = venue.iso;
  }
  // Someone the text gives no title, rank or nationality, and no state near his name ("وقال
  // عثمان بابكر، وهو تاجر"), is not taken to serve the state the article is written from.
  // "the backing of Javier Milei and Y": an untitled name paired with one side's person is the other side's.
  for (const p of persons) {
    const partner = home !== null && untitled(p) && !p.country ? pairedBefore(ctx.doc.tokens, persons, p) : undefined;
    const side = partner?.country ? otherSide(ctx, roleTokens, partner.country, titleEnd) : null;
    if (side && side !== partner!.country) p.country = side;
  }
  for (const p of persons) {
    if (untitled(p) || p.country) continue;
    // "… (بلغراد) سفير X لدى صربيا": a diplomat posted to the state written from serves the other side.
    const foreign = home !== null && (metForeignHome(ctx, persons, p, home, loneRoles) || hostsOf(p).has(home));
    const state = foreign ? otherSide(ctx, roleTokens, home, titleEnd) : home;
    // "وقع مدير الجمارك X ونظيره الموريتاني Y": whoever has a counterpart of a state is not of it.
    if (state !== null && hostsOf(p).has(state)) {
      p.country = null;
      continue;
    }
    const counterparts = counterpartStates(persons, p);
    if (state === null || !counterparts.has(state)) {
      p.country = state;
      continue;
    }
    // "عقد وزير الخارجية X مباحثات مع نظيرته البلجيكية" filed from Brussels: the one whose counterpart
    // is of the state written from is the visiting side, the outlet's own state when it is another.
    const visiting = outlet !== null && !counterparts.has(outlet) ? outlet : otherSide(ctx, roleTokens, state, titleEnd);
    p.country = counterparts.has(visiting) ? null : visiting;
  }
}

/** Whether a bare office ("الوزير", "the minister") opens with the head of `office` ("وزير الدفاع البلغاري"). */
function sameHead(bare: string, office: string): boolean {
  const head = (s: string) => matchKey(s).split(" ")[0]!.replace(/^(ال|the )/, "");
  return head(bare) === head(office);
}

/** The states of those named in a sentence of `p`'s as "his counterpart" ("ونظيره الموريتاني"), when `p` is none. */
function counterpartStates(persons: (PersonRead & { cluster: PersonCluster })[], p: { cluster: PersonCluster }): Set<string> {
  const out = new Set<string>();
  if (p.cluster.mentions.some((m) => m.counterpart)) return out;
  const sentences = new Set(p.cluster.mentions.map((m) => m.sentence));
  for (const o of persons) if (o.country && o.cluster.mentions.some((m) => m.counterpart && sentences.has(m.sentence))) out.add(o.country);
  return out;
}

/**
 * True when `p` shares a sentence with someone whose own role names the home state ("… مع Y، وزير
 * التجارة بدولة مدغشقر"): a report names the visiting side's state and leaves its own implicit, so
 * the unqualified `p` is the other side, not the home state. A town in the role ("managing director
 * of Karachi Shipyard") names where a body is, not a side.
 */
function metForeignHome(ctx: Ctx, persons: (PersonRead & { cluster: PersonCluster })[], p: PersonRead & { cluster: PersonCluster }, home: string, loneRoles: RoleSpan[]): boolean {
  const sentence = p.cluster.mentions[0]?.sentence;
  const namesHome = (r: RoleSpan) => [...placesIn(ctx, r.first, r.last), ...ownerOf(ctx, r)].some((pl) => pl.iso2 === home && pl.kind === "country");
  // "وقّع قائد خفر السواحل X، والمدير العام للوكالة الباكستانية Y" with Y read by the tagger only:
  // the other side's office, listed right after his name (و and a comma between), is printed all the same.
  const listedAfter = (r: RoleSpan) => r.conjoined && !r.plural && p.tokenSpans.some((s) => r.first > s.last && r.first - s.last <= 2 && ctx.doc.tokens.slice(s.last + 1, r.first).every((t) => t.kind === "punct"));
  return (
    persons.some((o) => o !== p && o.country === home && o.cluster.mentions.some((m) => m.sentence === sentence && m.roles.some(namesHome))) ||
    loneRoles.some((r) => listedAfter(r) && namesHome(r))
  );
}

/** "Togo's Minister of Security": the state owning an English office before it. */
function ownerOf(ctx: Ctx, r: { first: number }): PlaceHit[] {
  return !ctx.doc.tokens[r.first]!.arabic && ownedByState(ctx, r.first) ? [ctx.placeAt[r.first - 3]!] : [];
}

/**
 * The state the body names most often besides `not`, outside people's roles (the headline lists
 * partners, not sides); else `not`.
 */
function otherSide(ctx: Ctx, roleTokens: Set<number>, not: string, titleEnd: number): string {
  const counts = new Map<string, number>();
  let previous: unknown = null;
  ctx.placeAt.forEach((pl, k) => {
    if (!pl?.iso2 || pl === previous || roleTokens.has(k) || pl.iso2 === not || pl.start < titleEnd) return;
    previous = pl;
    counts.set(pl.iso2, (counts.get(pl.iso2) ?? 0) + 1);
  });
  return [...counts.entries()].sort((a, b) => b[1] - a[1])[0]?.[0] ?? not;
}

const NEAR_STATE_TOKENS = 14;
const MINISTER = matchKey("وزير");
// The field of a ministry an office is held in, to the office's end ("… في وزارة الخارجية وشؤون المغتربين").
const MINISTRY_FIELD = new RegExp(`(?:^| )(?:ب|ل|في )?(?:ال)?${matchKey("وزارة")} (.+)$`, "u");


/**
 * The state named last before `at` in its sentence. A place read inside a person's name ("X
 * بورتسموث، وزيرة الصحة") is a family name, no state: `inName` tells those tokens.
 */
function countryBefore(ctx: Ctx, at: number, inName: (k: number) => boolean): string | null {
  for (let k = at - 1; k >= 0 && k >= at - 12; k--) {
    const p = ctx.placeAt[k];
    if (p?.iso2 && !inName(k)) return p.iso2;
    if (ctx.doc.tokens[k]!.text === ".") break;
  }
  return null;
}

const roleWordsCache = new Map<string, string[]>();
const roleWords = (s: string): string[] => {
  let w = roleWordsCache.get(s);
  if (!w) {
    w = computeRoleWords(s);
    if (roleWordsCache.size > 10_000) roleWordsCache.clear();
    roleWordsCache.set(s, w);
  }
  return w;
};
const computeRoleWords = (s: string) =>
  matchKey(s)
    .split(" ")
    .map((w, i) => (i === 0 ? w.replace(/^(و|ف|ب|ل)(?=..)/, "") : w))
    .filter(Boolean);

/**
 * A role printed without a name refers to the person who holds it in the article ("وأعرب رئيس
 * الأركان المصري" is أحمد خليفة): the role words must agree with one person's role, and with
 * only one.
 */
function resolveLoneRoles(roles: RoleSpan[], persons: PersonRead[]): void {
  for (const r of roles) {
    const words = roleWords(r.surface);
    if (words.length < 2) continue;
    const scored = persons
      .filter((p) => p.role)
      .map((p) => {
        const pw = roleWords(p.role!);
        const inter = words.filter((w) => pw.includes(w)).length;
        const prefix = pw.slice(0, words.length).join(" ") === words.join(" ") || words.slice(0, pw.length).join(" ") === pw.join(" ");
        return { p, s: prefix ? 1 : inter / new Set([...words, ...pw]).size };
      })
      .filter((x) => x.s >= 0.6)
      .sort((a, b) => b.s - a.s);
    if (!scored.length || (scored[1] && scored[1].s === scored[0]!.s)) continue;
    scored[0]!.p.tokenSpans.push({ first: r.first, last: r.last });
  }
}

/**
 * "قال حيدر شاه" after "عمران حيدر شاه": a name of two words or more, with no office of its own,
 * that ends exactly one longer name of the article is that person named without his first name;
 * a bare title of one word before it ("Senator X Y" after "Minister W X Y", a two-word family
 * name) is how the text calls him, no office of another person, unless his rank is another's.
 */
function joinNameTails(persons: (PersonRead & { cluster: PersonCluster })[]): void {
  const words = (p: PersonRead) => matchKey(p.name).split(" ");
  for (const p of [...persons]) {
    if (p.role && p.role.trim().split(/\s+/u).length > 1) continue;
    const w = words(p);
    if (w.length < 2) continue;
    const longer = persons.filter((o) => o !== p && words(o).length > w.length && words(o).slice(-w.length).join(" ") === w.join(" "));
    if (longer.length !== 1) continue;
    const o = longer[0]!;
    if (p.rank && o.rank && p.rank !== o.rank) continue;
    o.role ??= p.role;
    o.rank ??= p.rank;
    o.mentions.push(...p.mentions);
    o.mentions.sort((a, b) => a.start - b.start);
    o.tokenSpans.push(...p.tokenSpans);
    persons.splice(persons.indexOf(p), 1);
  }
}
