import ts from "typescript";

/**
 * Finds the interface labels written inline as an Arabic/English pair instead of a catalogue key:
 * `<T ar="…" en="…" />` and object literals `{ ar: "…", en: "…" }`. Used by the check that keeps
 * every label in `messages/*.json` (inline-labels.test.ts) and by `scripts/move-labels.ts`, which
 * moves the literal ones there. Reads source only; never imported by the app.
 */
export interface InlinePair {
  kind: "jsx" | "object";
  line: number;
  /** The literal texts, or null when a half is an expression (then it must be moved by hand). */
  ar: string | null;
  en: string | null;
  /** Source range replaced by `k="…"` / `k: "…"` when both halves are literal. */
  start: number;
  end: number;
  /** Text before `start` kept when rewriting (the JSX attributes between ar and en). */
  keep: string;
}

export function findInlinePairs(fileName: string, source: string): InlinePair[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const pairs: InlinePair[] = [];
  const lineOf = (node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;

  const visit = (node: ts.Node): void => {
    if ((ts.isJsxSelfClosingElement(node) || ts.isJsxOpeningElement(node)) && node.tagName.getText(file) === "T") {
      const attributes = node.attributes.properties.filter(ts.isJsxAttribute);
      const ar = attributes.find((a) => a.name.getText(file) === "ar");
      const en = attributes.find((a) => a.name.getText(file) === "en");
      if (ar && en) {
        const [first, second] = ar.pos < en.pos ? [ar, en] : [en, ar];
        const between = source.slice(first.getEnd(), second.pos);
        pairs.push({
          kind: "jsx",
          line: lineOf(node),
          ar: jsxLiteral(ar, file),
          en: jsxLiteral(en, file),
          start: first.getStart(file),
          end: second.getEnd(),
          keep: between.trim(),
        });
      }
    }
    if (ts.isObjectLiteralExpression(node)) {
      const props = node.properties;
      const index = props.findIndex((p) => propertyName(p, file) === "ar");
      const ar = props[index];
      const en = props[index + 1];
      const hasEn = props.some((p) => propertyName(p, file) === "en");
      if (ar && hasEn) {
        const adjacent = en !== undefined && propertyName(en, file) === "en";
        pairs.push({
          kind: "object",
          line: lineOf(node),
          ar: adjacent ? propertyLiteral(ar) : null,
          en: adjacent ? propertyLiteral(en) : null,
          start: ar.getStart(file),
          end: adjacent ? en.getEnd() : ar.getEnd(),
          keep: "",
        });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return pairs;
}

function propertyName(property: ts.ObjectLiteralElementLike, file: ts.SourceFile): string | null {
  if (ts.isPropertyAssignment(property) || ts.isShorthandPropertyAssignment(property)) return property.name.getText(file);
  return null;
}

function propertyLiteral(property: ts.ObjectLiteralElementLike): string | null {
  if (!ts.isPropertyAssignment(property)) return null;
  const value = property.initializer;
  return ts.isStringLiteral(value) || ts.isNoSubstitutionTemplateLiteral(value) ? value.text : null;
}

function jsxLiteral(attribute: ts.JsxAttribute, file: ts.SourceFile): string | null {
  const value = attribute.initializer;
  if (!value) return null;
  // A JSX attribute string is not a JS string: it decodes HTML entities and no backslashes.
  if (ts.isStringLiteral(value)) return decodeEntities(value.getText(file).slice(1, -1));
  if (ts.isJsxExpression(value) && value.expression) {
    const inner = value.expression;
    if (ts.isStringLiteral(inner) || ts.isNoSubstitutionTemplateLiteral(inner)) return inner.text;
  }
  return null;
}

const ENTITIES: Record<string, string> = { amp: "&", apos: "'", quot: '"', lt: "<", gt: ">", nbsp: "\u00a0" };

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (whole, name: string) => {
    if (name.startsWith("#x") || name.startsWith("#X")) return String.fromCodePoint(parseInt(name.slice(2), 16));
    if (name.startsWith("#")) return String.fromCodePoint(parseInt(name.slice(1), 10));
    return ENTITIES[name] ?? whole;
  });
}

/**
 * Literal text as an ICU message: braces and `<` would otherwise start an argument or a tag. An
 * apostrophe is literal unless a syntax character follows it, so "visitor's" stays as written.
 */
export function icuLiteral(text: string): string {
  return text.replace(/'(?=[{}<>#|'])/g, "''").replace(/[{}<>]/g, (c) => `'${c}'`);
}
