import { headedName, ownNameOfBody, type OrgRead } from "./index";
import { longestListedAlias } from "./listed-aliases";
import { listedLegislatureOfState } from "./legislature-said-plainly";
import { nameInFull } from "./said-again";
import { nameBeforeShortForm } from "./short-forms";
import { matchKey } from "../text/normalize";

type Keeper = (name: OrgRead, standing: readonly OrgRead[], text: string) => OrgRead | undefined;

// What makes two names read one body, each answering with the name that stays the body's.
const SAME_BODY: readonly Keeper[] = [
  // "للقوات البحرية …" read by the tagger where the rules read the same name before: one body.
  (name, standing) => standing.slice(0, standing.indexOf(name)).find((o) => matchKey(o.name) === matchKey(name.name)),
  (name, standing) => headedName(name, standing),
  (name, standing) => ownNameOfBody(name, standing),
  (name, standing, text) => nameBeforeShortForm(text, name, standing),
  (name, standing) => longestListedAlias(name, standing),
  (name, standing) => nameInFull(name, standing),
  (name, standing) => listedLegislatureOfState(name, standing),
];

/**
 * The names read for the story's bodies, with every name that is another's body said again merged
 * into the name kept: one pass in the order read, asking each name the same-body tests in turn.
 */
export function mergeNamesOfOneBody(text: string, orgs: readonly OrgRead[]): OrgRead[] {
  const gone = new Set<OrgRead>();
  for (const name of orgs) {
    const standing = orgs.filter((o) => !gone.has(o));
    let keeper: OrgRead | undefined;
    for (const test of SAME_BODY) keeper ??= test(name, standing, text);
    if (!keeper) continue;
    keeper.mentions.push(...name.mentions);
    keeper.mentions.sort((a, b) => a.start - b.start);
    gone.add(name);
  }
  return orgs.filter((o) => !gone.has(o));
}
