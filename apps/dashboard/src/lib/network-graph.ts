import type { NetworkData } from "@marsad/db";

/**
 * The who-met-whom graph drawn by /network and exported as GraphML: one node per person, one per
 * state those persons serve, a `met` edge per pair of persons (weight = shared events) and a
 * `serves` edge from each person to their state. Pure, so the page and the export agree.
 */

export type GraphNodeKind = "person" | "state";

export interface GraphNode {
  id: string;
  kind: GraphNodeKind;
  label: string;
  country: string | null;
  /** Events attended (a state: the sum of its persons'). */
  activity: number;
}

export interface GraphEdge {
  source: string;
  target: string;
  kind: "met" | "serves";
  weight: number;
}

export function stateNodeId(country: string): string {
  return `state:${country}`;
}

// One list of state names for every page: the runtime's ICU named some states differently on the
// server and in the browser, which failed the map's hydration (React #418).
import { countryName } from "./analyst-labels";

export { countryName };

export function buildNetworkGraph(data: Pick<NetworkData, "persons" | "meetings">): { nodes: GraphNode[]; edges: GraphEdge[] } {
  const nodes: GraphNode[] = [];
  const edges: GraphEdge[] = [];
  const states = new Map<string, GraphNode>();
  for (const p of data.persons) {
    nodes.push({ id: p.id, kind: "person", label: p.name, country: p.country, activity: p.activity });
    if (!p.country) continue;
    const country = p.country.toUpperCase();
    let state = states.get(country);
    if (!state) {
      state = { id: stateNodeId(country), kind: "state", label: countryName(country), country, activity: 0 };
      states.set(country, state);
    }
    state.activity += p.activity;
    edges.push({ source: p.id, target: state.id, kind: "serves", weight: 1 });
  }
  nodes.push(...states.values());
  for (const m of data.meetings) edges.push({ source: m.sourceId, target: m.targetId, kind: "met", weight: m.weight });
  return { nodes, edges };
}
