import ts from "typescript";

/**
 * Finds words a component prints without the catalogues: JSX text (`{n} min`), a string or
 * template literal shown as a child (`{done ? "yes" : "no"}`), and the readable attributes
 * (`aria-label={`${n} unread`}`). Punctuation, figures and URLs pass. Used by the check in
 * inline-labels.test.ts; reads source only, never imported by the app.
 */
export interface HardCodedText {
  line: number;
  text: string;
}

/** Attributes a reader or a screen reader gets to read. */
const READ_ATTRIBUTES = new Set(["title", "aria-label", "aria-description", "aria-valuetext", "placeholder", "alt"]);
/** A word: two letters of any script (a lone letter may be a unit-less symbol such as "×"). */
const WORD = /\p{L}{2}/u;
const URL_EXAMPLE = /^https?:\/\//;

export function findHardCodedText(fileName: string, source: string): HardCodedText[] {
  const file = ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX);
  const found: HardCodedText[] = [];
  const report = (node: ts.Node, text: string) => {
    if (WORD.test(text) && !URL_EXAMPLE.test(text.trim()))
      found.push({ line: file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1, text: text.trim() });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isJsxText(node)) report(node, node.text);
    else if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent)))
      for (const literal of shownLiterals(node.expression)) report(literal, staticText(literal));
    else if (ts.isJsxAttribute(node) && node.initializer && READ_ATTRIBUTES.has(node.name.getText(file))) {
      const value = node.initializer;
      if (ts.isStringLiteral(value)) report(value, value.text);
      else if (ts.isJsxExpression(value) && value.expression)
        for (const literal of shownLiterals(value.expression)) report(literal, staticText(literal));
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

type Literal = ts.StringLiteral | ts.NoSubstitutionTemplateLiteral | ts.TemplateExpression;

/** The literals an expression may evaluate to: through `a ? b : c`, `a ?? b`, `a || b`, `a && b`. */
function shownLiterals(expression: ts.Expression): Literal[] {
  if (ts.isStringLiteral(expression) || ts.isNoSubstitutionTemplateLiteral(expression) || ts.isTemplateExpression(expression))
    return [expression];
  if (ts.isParenthesizedExpression(expression)) return shownLiterals(expression.expression);
  if (ts.isConditionalExpression(expression)) return [...shownLiterals(expression.whenTrue), ...shownLiterals(expression.whenFalse)];
  if (ts.isBinaryExpression(expression)) {
    const op = expression.operatorToken.kind;
    if (op === ts.SyntaxKind.QuestionQuestionToken || op === ts.SyntaxKind.BarBarToken) return [...shownLiterals(expression.left), ...shownLiterals(expression.right)];
    if (op === ts.SyntaxKind.AmpersandAmpersandToken) return shownLiterals(expression.right);
  }
  return [];
}

/** A literal's text without its `${…}` parts (those are data). */
function staticText(literal: Literal): string {
  if (!ts.isTemplateExpression(literal)) return literal.text;
  return [literal.head.text, ...literal.templateSpans.map((span) => span.literal.text)].join(" ");
}
