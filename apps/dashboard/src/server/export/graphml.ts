/**
 * GraphML (http://graphml.graphdrawing.org/) for Gephi, yEd or networkx, pure. Node attributes are
 * declared once as `<key>`s; Gephi reads `label` as the node label and `weight` as the edge weight.
 */

export interface GraphmlNode {
  id: string;
  label: string;
  type: string;
  country: string | null;
  activity: number;
}

export interface GraphmlEdge {
  source: string;
  target: string;
  type: string;
  weight: number;
}

// XML 1.0 forbids most control characters even escaped; text from articles can carry them.
const INVALID_XML_CHARS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g;

export function xmlEscape(text: string): string {
  return text
    .replace(INVALID_XML_CHARS, "")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

const KEYS = [
  { id: "label", for: "node", type: "string" },
  { id: "type", for: "node", type: "string" },
  { id: "country", for: "node", type: "string" },
  { id: "activity", for: "node", type: "int" },
  { id: "weight", for: "edge", type: "double" },
  { id: "relation", for: "edge", type: "string" },
] as const;

function data(key: string, value: string | number | null): string {
  return value === null ? "" : `<data key="${key}">${xmlEscape(String(value))}</data>`;
}

/** An undirected graph (who met whom is symmetric); the person→state edges are typed `serves`. */
export function toGraphml(nodes: GraphmlNode[], edges: GraphmlEdge[]): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map((k) => `  <key id="${k.id}" for="${k.for}" attr.name="${k.id}" attr.type="${k.type}"/>`),
    '  <graph id="marsad-network" edgedefault="undirected">',
    ...nodes.map(
      (n) =>
        `    <node id="${xmlEscape(n.id)}">${data("label", n.label)}${data("type", n.type)}${data("country", n.country)}${data("activity", n.activity)}</node>`,
    ),
    ...edges.map(
      (e, i) =>
        `    <edge id="e${i}" source="${xmlEscape(e.source)}" target="${xmlEscape(e.target)}">${data("weight", e.weight)}${data("relation", e.type)}</edge>`,
    ),
    "  </graph>",
    "</graphml>",
    "",
  ];
  return lines.join("\n");
}
