import { randomBytes } from "node:crypto";
import {
  deleteWatchlist as deleteWatchlistRow,
  deleteWatchRule,
  entityToFollow,
  getWatchlist,
  hasLiveFeedSecret,
  insertWatchlist,
  insertWatchRule,
  lastDeliveries,
  listWatchlistPage,
  listWatchlists,
  replaceFeedSecret,
  revokeFeedSecrets,
  searchRuleKey,
  setWatchlistMuted,
  updateWatchlist as updateWatchlistRow,
  type Db,
  type WatchViewer,
} from "@marsad/db";
import type { NewWatchRule, Watchlist } from "@marsad/schema/tables";
import {
  watchKeys,
  watchlistCreateSchema,
  watchlistUpdateSchema,
  watchRuleInputSchema,
  WATCHLIST_PAGE_SIZE,
  type WatchlistCreate,
  type WatchlistPageQuery,
  type WatchlistUpdate,
  type WatchRuleInput,
} from "@marsad/schema/zod";
import { hashSecretToken, may, type Access } from "./auth";

/** A watchlist request that cannot be carried out; `reason` maps to 404, 403 or 400. */
export class WatchlistError extends Error {
  constructor(
    message: string,
    readonly reason: "notFound" | "forbidden" | "invalid",
    /** The input field at fault, for `invalid`. */
    readonly field?: string,
  ) {
    super(message);
    this.name = "WatchlistError";
  }
}

/** Whose read marks, mutes and watchlists these are. */
export function watchViewer(access: Access): WatchViewer {
  if (access.kind === "user") return { reader: access.principal.userId, userId: access.principal.userId, seesAll: false };
  return { reader: "open", userId: null, seesAll: true };
}

/** Owners change their watchlists; admins (and the open dashboard) change any. */
function mayChange(access: Access, list: Watchlist): boolean {
  if (access.kind === "open") return true;
  if (access.kind !== "user") return false;
  return list.ownerId === access.principal.userId || access.principal.role === "admin";
}

/** The watchlist, if the caller may see it (their own or a shared one). */
async function visibleWatchlist(db: Db, access: Access, id: string): Promise<Watchlist> {
  const list = await getWatchlist(db, id);
  const viewer = watchViewer(access);
  if (!list || !(viewer.seesAll || list.shared || list.ownerId === viewer.userId)) {
    throw new WatchlistError(`no watchlist with id ${id}`, "notFound");
  }
  return list;
}

async function changeableWatchlist(db: Db, access: Access, id: string): Promise<Watchlist> {
  const list = await visibleWatchlist(db, access, id);
  if (!mayChange(access, list)) throw new WatchlistError("only its owner or an admin can change this watchlist", "forbidden");
  return list;
}

/**
 * A rule as stored: its match key and the label alerts show. `at` is where the rule sits in the
 * request (`rules.0`, `rule`, or "" when the body is the rule), for the field a refusal names.
 */
async function ruleRow(db: Db, input: WatchRuleInput, at: string): Promise<Omit<NewWatchRule, "watchlistId">> {
  const spec = watchRuleInputSchema.parse(input);
  const field = (name: string) => (at ? `${at}.${name}` : name);
  switch (spec.kind) {
    case "entity": {
      const entity = await entityToFollow(db, spec.entityId);
      if (!entity) throw new WatchlistError(`no entity with id ${spec.entityId}`, "invalid", field("entityId"));
      const countryKey = entity.type === "country" && entity.country ? watchKeys.country(entity.country) : null;
      return { kind: "entity", entityId: entity.id, scope: spec.scope, matchKey: countryKey ?? watchKeys.entity(entity.id), label: entity.name };
    }
    case "country-pair": {
      const countries = [...spec.countries].sort();
      return { kind: "country-pair", countries, matchKey: watchKeys.pair(countries[0]!, countries[1]!), label: countries.join("–") };
    }
    case "event-type": {
      const person = spec.personId ? await entityToFollow(db, spec.personId) : undefined;
      if (spec.personId && person?.type !== "person") throw new WatchlistError(`no person with id ${spec.personId}`, "invalid", field("personId"));
      const matchKey = person
        ? watchKeys.eventTypeWithPerson(spec.eventType, person.id)
        : spec.country
          ? watchKeys.eventTypeInCountry(spec.eventType, spec.country)
          : watchKeys.eventType(spec.eventType);
      return {
        kind: "event-type",
        eventType: spec.eventType,
        entityId: person?.id ?? null,
        countries: spec.country ? [spec.country] : [],
        matchKey,
        label: [spec.eventType, spec.country, person?.name].filter(Boolean).join(" · "),
      };
    }
    case "topic":
      return { kind: "topic", topic: spec.topic, matchKey: watchKeys.topic(spec.topic), label: spec.topic };
    case "search": {
      const matchKey = searchRuleKey(spec.query);
      if (!matchKey) throw new WatchlistError("the search has no searchable words", "invalid", field("query"));
      // The query as typed: the interface puts it between its own language's quotation marks.
      return { kind: "search", query: spec.query, matchKey, label: spec.query };
    }
  }
}

const newWebhookSecret = () => randomBytes(32).toString("hex");

export async function createWatchlist(db: Db, access: Access, input: WatchlistCreate) {
  const valid = watchlistCreateSchema.parse(input);
  if (valid.shared && !may(access, "shareWatchlists")) {
    throw new WatchlistError("sharing a watchlist with everyone needs the editor role", "forbidden", "shared");
  }
  const rules = await Promise.all(valid.rules.map((r, i) => ruleRow(db, r, `rules.${i}`)));
  const viewer = watchViewer(access);
  const created = await insertWatchlist(
    db,
    {
      ownerId: viewer.userId,
      name: valid.name,
      shared: valid.shared,
      webhookUrl: valid.webhookUrl ?? null,
      webhookSecret: valid.webhookUrl ? newWebhookSecret() : null,
    },
    rules,
  );
  return watchlistDetail(db, access, created.id);
}

export async function updateWatchlist(db: Db, access: Access, id: string, input: WatchlistUpdate) {
  const valid = watchlistUpdateSchema.parse(input);
  // Muting is the caller's own affair: anyone who sees a watchlist may mute it for themselves.
  const list = await visibleWatchlist(db, access, id);
  if (valid.muted !== undefined) await setWatchlistMuted(db, watchViewer(access).reader, id, valid.muted);
  const { muted: _muted, ...changes } = valid;
  if (Object.keys(changes).length) {
    if (!mayChange(access, list)) throw new WatchlistError("only its owner or an admin can change this watchlist", "forbidden");
    if (changes.shared && !may(access, "shareWatchlists")) {
      throw new WatchlistError("sharing a watchlist with everyone needs the editor role", "forbidden", "shared");
    }
    const webhook =
      changes.webhookUrl === undefined
        ? {}
        : { webhookUrl: changes.webhookUrl, webhookSecret: changes.webhookUrl ? (list.webhookSecret ?? newWebhookSecret()) : null };
    await updateWatchlistRow(db, id, { ...changes, ...webhook });
  }
  return watchlistDetail(db, access, id);
}

export async function removeWatchlist(db: Db, access: Access, id: string): Promise<void> {
  await changeableWatchlist(db, access, id);
  await deleteWatchlistRow(db, id);
}

/** Adds a rule; `at` is where the rule sits in the request ("" when the body is the rule), for refusals. */
export async function addWatchRule(db: Db, access: Access, watchlistId: string, rule: WatchRuleInput, at = "") {
  await changeableWatchlist(db, access, watchlistId);
  const row = await ruleRow(db, rule, at);
  await insertWatchRule(db, { ...row, watchlistId });
  return watchlistDetail(db, access, watchlistId);
}

export async function removeWatchRule(db: Db, access: Access, watchlistId: string, ruleId: string) {
  await changeableWatchlist(db, access, watchlistId);
  if (!(await deleteWatchRule(db, watchlistId, ruleId))) throw new WatchlistError(`no rule with id ${ruleId} in this watchlist`, "notFound");
  return watchlistDetail(db, access, watchlistId);
}

export function listVisibleWatchlists(db: Db, access: Access) {
  return listWatchlists(db, watchViewer(access));
}

/** One page of the watchlists list (the dashboard's), newest first. */
export function visibleWatchlistPage(db: Db, access: Access, query: WatchlistPageQuery) {
  return listWatchlistPage(db, watchViewer(access), WATCHLIST_PAGE_SIZE, query);
}

/** A watchlist with its rules, its last webhook deliveries and (for who may change it) the webhook secret. */
export async function watchlistDetail(db: Db, access: Access, id: string) {
  const list = await visibleWatchlist(db, access, id);
  const [[withRules], deliveries, feedActive] = await Promise.all([
    listWatchlists(db, watchViewer(access), [id]),
    lastDeliveries(db, id),
    hasLiveFeedSecret(db, id),
  ]);
  return {
    ...withRules!,
    webhookSecret: mayChange(access, list) ? list.webhookSecret : null,
    deliveries: deliveries.map(({ alertIds, ...d }) => ({ ...d, alertCount: alertIds.length })),
    feedActive,
  };
}

/**
 * Makes a new secret for the watchlist's Atom feed and revokes the earlier one. The secret is in
 * the answer once; only its hash is kept.
 */
export async function newFeedSecret(db: Db, access: Access, watchlistId: string): Promise<string> {
  await changeableWatchlist(db, access, watchlistId);
  const secret = randomBytes(32).toString("base64url");
  await replaceFeedSecret(db, watchlistId, hashSecretToken(secret));
  return secret;
}

export async function revokeFeed(db: Db, access: Access, watchlistId: string): Promise<void> {
  await changeableWatchlist(db, access, watchlistId);
  await revokeFeedSecrets(db, watchlistId);
}
