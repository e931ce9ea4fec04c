import { familySkeleton, nameKey, nameTokens } from "../person-names";
import type { Span, StorableExtraction } from "./extraction-shape";
import { organizationKey } from "./organization-identity";
import type { EntityCandidate } from "./resolve-entity";
import { siteIdentity } from "./site-identity";

/*
 * What an article's extraction names, as entity candidates: the people, organizations and places
 * it would link, each with what its link row says of it.
 */

export interface Linked {
  entityId: string;
  name: string;
  rank: string | null;
  role: string | null;
  country: string | null;
  spans: Span[];
}

// People's lock is their family name's skeleton: the Arabic and the Latin spelling of one person
// must not both create him at the same moment.
export const entityLockKey = (c: EntityCandidate) =>
  c.type === "person" ? `person:${familySkeleton(c.name) ?? nameTokens(c.name).at(-1) ?? ""}` : `${c.type}:${c.key ?? nameKey(c.name)}`;

export function candidatesOf(x: StorableExtraction): Array<{ candidate: EntityCandidate; linked: Omit<Linked, "entityId"> }> {
  const out: Array<{ candidate: EntityCandidate; linked: Omit<Linked, "entityId"> }> = [];
  for (const p of x.persons) {
    out.push({
      candidate: { type: "person", name: p.name, variants: [p.name, ...p.aliases], country: p.country },
      linked: { name: p.name, rank: p.rank, role: p.role, country: p.country, spans: p.mentions ?? [] },
    });
  }
  for (const o of x.organizations) {
    // A known organization is one entity in every language (الناتو / NATO, وزارة الدفاع التركية / Turkish Defense Ministry).
    const known = organizationKey(o.name, o.country);
    out.push({
      candidate: { type: "organization", name: o.name, variants: [o.name], country: o.country, ...(known ? { key: known } : {}) },
      linked: { name: o.name, rank: null, role: null, country: o.country, spans: o.mentions ?? [] },
    });
  }
  for (const l of x.locations) {
    const isCountry = l.kind === "country" && l.country;
    const gazetteerKey = placeKey(l);
    // A site is where its name says, whoever the article credits it to.
    const site = l.kind === "site" ? siteIdentity(l.name) : undefined;
    const country = site?.state ?? l.country;
    out.push({
      candidate: {
        type: isCountry ? "country" : "place",
        name: l.name,
        // "محافظة المهرة" and "المهرة" are one place to link and to search by.
        variants: [l.name, ...(l.aliases ?? [])],
        country,
        ...(site?.specific && !site.state ? { anyCountry: true } : {}),
        placeKind: l.kind,
        lat: l.lat,
        lon: l.lon,
        ...(isCountry ? { key: `iso:${l.country!.toLowerCase()}` } : gazetteerKey ? { key: gazetteerKey } : {}),
      },
      linked: { name: l.name, rank: null, role: null, country, spans: l.mentions ?? [] },
    });
  }
  return out;
}

/**
 * A city or region the gazetteer knows is one place in every language: its key is the gazetteer
 * entry's state and coordinates (بكين and Beijing are both CN 39.9 116.41), not its spelling.
 * Sites and places the gazetteer does not place keep their name key.
 */
function placeKey(l: StorableExtraction["locations"][number]): string | undefined {
  if ((l.kind !== "city" && l.kind !== "region") || l.lat == null || l.lon == null) return undefined;
  return `geo:${l.kind}:${l.country ?? ""}:${l.lat.toFixed(2)}:${l.lon.toFixed(2)}`;
}

/** Kind, state and entity of a place the article names, from its own locations. */
export function placeOf(
  x: StorableExtraction,
  name: string,
  entityOf: (location: StorableExtraction["locations"][number]) => string | undefined,
): { kind: string; country: string | null; entityId?: string | undefined } | undefined {
  const key = nameKey(name);
  const exact = x.locations.find((l) => nameKey(l.name) === key);
  const hit = exact ?? x.locations.find((l) => key.includes(nameKey(l.name)));
  // The entity stands for the event's place only when it is that place, not a city it lies in.
  return hit ? { kind: hit.kind, country: hit.country, entityId: exact ? entityOf(exact) : undefined } : undefined;
}
