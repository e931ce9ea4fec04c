import { forceCollide, forceLink, forceManyBody, forceSimulation, forceX, forceY, type SimulationNodeDatum } from "d3-force";
import { useMemo } from "react";
import type { GraphEdge, GraphNode } from "../../lib/network-graph";

export interface PlacedNode extends GraphNode {
  x: number;
  y: number;
  r: number;
}

/** Smallest area shown, in layout units (the frame is about 1000 × 620 pixels). */
const MIN_VIEW = { width: 560, height: 350 };

type SimNode = GraphNode & SimulationNodeDatum & { r: number };

/** Circle radius from activity: area grows with the number of events, within readable bounds. */
export function nodeRadius(node: GraphNode): number {
  const base = node.kind === "state" ? 7 : 4;
  return Math.min(28, base + 2.5 * Math.sqrt(node.activity));
}

/**
 * Positions the graph with d3-force, run to rest in one go (300 ticks) rather than animated: the
 * picture is stable, and React renders once instead of 300 times. Heavier edges pull harder.
 */
export function useForceLayout(nodes: GraphNode[], edges: GraphEdge[]) {
  return useMemo(() => {
    const simNodes: SimNode[] = nodes.map((n) => ({ ...n, r: nodeRadius(n) }));
    const links = edges.map((e) => ({ ...e }));
    const maxWeight = Math.max(1, ...edges.filter((e) => e.kind === "met").map((e) => e.weight));
    const simulation = forceSimulation(simNodes)
      .force(
        "link",
        forceLink<SimNode, (typeof links)[number]>(links)
          .id((d) => d.id)
          .distance((l) => (l.kind === "serves" ? 70 : 45))
          .strength((l) => (l.kind === "serves" ? 0.15 : 0.2 + 0.6 * (l.weight / maxWeight))),
      )
      .force("charge", forceManyBody<SimNode>().strength(-90).distanceMax(400))
      .force("collide", forceCollide<SimNode>((d) => d.r + 2))
      .force("x", forceX(0).strength(0.04))
      .force("y", forceY(0).strength(0.04))
      .stop();
    simulation.tick(300);
    const placed: PlacedNode[] = simNodes.map((n) => ({
      id: n.id,
      kind: n.kind,
      label: n.label,
      country: n.country,
      activity: n.activity,
      r: n.r,
      x: n.x ?? 0,
      y: n.y ?? 0,
    }));
    const xs = placed.map((n) => n.x);
    const ys = placed.map((n) => n.y);
    // The view fits the drawing, but never less than MIN_VIEW wide: a graph of two people is not
    // blown up to fill the frame with giant circles.
    const pad = 40;
    const cx = placed.length ? (Math.min(...xs) + Math.max(...xs)) / 2 : 0;
    const cy = placed.length ? (Math.min(...ys) + Math.max(...ys)) / 2 : 0;
    const width = Math.max(MIN_VIEW.width, placed.length ? Math.max(...xs) - Math.min(...xs) + 2 * pad : 0);
    const height = Math.max(MIN_VIEW.height, placed.length ? Math.max(...ys) - Math.min(...ys) + 2 * pad : 0);
    const bounds = { minX: cx - width / 2, minY: cy - height / 2, width, height };
    return { nodes: placed, byId: new Map(placed.map((n) => [n.id, n])), bounds };
  }, [nodes, edges]);
}
