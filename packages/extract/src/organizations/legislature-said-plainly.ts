import rules from "../rules/organizations.json";
import { matchKey } from "../text/normalize";
import type { OrgRead } from "./index";

const listedLegislatureKeys = new Set(rules.legislatures.flatMap((l) => l.names.map((n) => matchKey(n))));
// The plain word for a legislature, and what names its state beside it ("Estonia's", "the … of").
const PLAIN_WORDS = new Set(["parliament", "legislature", "البرلمان", "برلمان"].map((w) => matchKey(w)));
const LINKS = new Set(["the", "of", "s"]);

/**
 * "Estonia's parliament" beside "Riigikogu": a state's legislature called by the plain word, with
 * nothing but its state beside it, is the legislature the story names by its own name, of the same
 * state; a part of it ("parliament committee") names another body.
 */
export function listedLegislatureOfState(name: OrgRead, standing: readonly OrgRead[]): OrgRead | undefined {
  if (!name.country) return undefined;
  const words = matchKey(name.name).split(" ").filter((w) => !LINKS.has(w));
  const plain = words.filter((w) => PLAIN_WORDS.has(w)).length;
  if (plain !== 1 || words.length !== 2) return undefined;
  return standing.find((o) => o !== name && o.country === name.country && listedLegislatureKeys.has(matchKey(o.name)));
}
