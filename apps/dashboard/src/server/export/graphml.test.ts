import { describe, expect, it } from "vitest";
import { toGraphml, xmlEscape } from "./graphml";

describe("toGraphml", () => {
  const xml = toGraphml(
    [
      { id: "p1", label: 'العميد "أ" & <ب>', type: "person", country: "EG", activity: 3 },
      { id: "state:EG", label: "مصر", type: "state", country: "EG", activity: 3 },
      { id: "p2", label: "اللواء ج", type: "person", country: null, activity: 1 },
    ],
    [
      { source: "p1", target: "p2", type: "met", weight: 2 },
      { source: "p1", target: "state:EG", type: "serves", weight: 1 },
    ],
  );

  it("declares the attributes Gephi reads and an undirected graph", () => {
    expect(xml.startsWith('<?xml version="1.0" encoding="UTF-8"?>')).toBe(true);
    expect(xml).toContain('<key id="label" for="node" attr.name="label" attr.type="string"/>');
    expect(xml).toContain('<key id="weight" for="edge" attr.name="weight" attr.type="double"/>');
    expect(xml).toContain('edgedefault="undirected"');
  });

  it("writes every node with its attributes, escaped, and weighted edges", () => {
    expect(xml).toContain(
      '<node id="p1"><data key="label">العميد &quot;أ&quot; &amp; &lt;ب&gt;</data><data key="type">person</data><data key="country">EG</data><data key="activity">3</data></node>',
    );
    // No country: the attribute is left out rather than written empty.
    expect(xml).toContain('<node id="p2"><data key="label">اللواء ج</data><data key="type">person</data><data key="activity">1</data></node>');
    expect(xml).toContain('<edge id="e0" source="p1" target="p2"><data key="weight">2</data><data key="relation">met</data></edge>');
    expect(xml.match(/<node /g)).toHaveLength(3);
    expect(xml.match(/<edge /g)).toHaveLength(2);
  });
});

describe("xmlEscape", () => {
  it("drops characters XML 1.0 cannot carry", () => {
    expect(xmlEscape("a\u0001b\u000bc\td")).toBe("abc\td");
  });
});
