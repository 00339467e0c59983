import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// No words are written in app/'s code: JSX text, the text-bearing attributes of JSX (label, title,
// placeholder, aria-label, alt, …) and strings put straight into JSX (`{done ? "Saved" : "Save"}`)
// hold no letters of their own; they come from the message files (docs/decisions/0090).

/**
 * The only .tsx files under app/ allowed words of their own, each with its reason. Everything
 * else in app/ takes its words from the message files.
 */
const EXEMPT = {
  // Replaces the root layout when that fails, so no messages or language are loaded there.
  "app/global-error.tsx": "renders outside the providers",
  // This machine's outbox for developers (404 to anyone else), never shown to the people Footnote is for.
  "app/dev": "developer page",
};

const TEXT_ATTRIBUTES = new Set(["label", "title", "placeholder", "aria-label", "alt", "pendingLabel", "hint", "legend", "emptyText", "failed", "submitLabel", "succeeded", "confirmLabel", "cancelLabel", "explanation"]);
const root = path.resolve(import.meta.dirname, "../..");

function filesOf(entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((child) => filesOf(path.join(entry, child.name))).filter((file) => /\.tsx$/.test(file) && !/\.test\.tsx$/.test(file));
}

/** The strings an expression puts into JSX as it is: through ?:, ||, ??, + and templates, not through calls. */
function shownStrings(node: ts.Expression): string[] {
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return /\p{L}/u.test(node.text) ? [node.text] : [];
  if (ts.isTemplateExpression(node)) return [node.head.text, ...node.templateSpans.map((span) => span.literal.text)].filter((text) => /\p{L}/u.test(text));
  if (ts.isParenthesizedExpression(node)) return shownStrings(node.expression);
  if (ts.isConditionalExpression(node)) return [...shownStrings(node.whenTrue), ...shownStrings(node.whenFalse)];
  if (ts.isBinaryExpression(node) && [ts.SyntaxKind.BarBarToken, ts.SyntaxKind.QuestionQuestionToken, ts.SyntaxKind.PlusToken, ts.SyntaxKind.AmpersandAmpersandToken].includes(node.operatorToken.kind)) {
    return [...(node.operatorToken.kind === ts.SyntaxKind.AmpersandAmpersandToken ? [] : shownStrings(node.left)), ...shownStrings(node.right)];
  }
  return [];
}

/** Words written in JSX: text between tags, strings put into JSX, and literals in text-bearing attributes. */
export function literalStrings(source: string, fileName = "file.tsx"): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
    if (ts.isJsxExpression(node) && node.expression && (ts.isJsxElement(node.parent) || ts.isJsxFragment(node.parent))) found.push(...shownStrings(node.expression));
    if (ts.isJsxAttribute(node) && TEXT_ATTRIBUTES.has(node.name.getText())) {
      const value = node.initializer;
      const literal = value && ts.isStringLiteral(value) ? value : value && ts.isJsxExpression(value) && value.expression && (ts.isStringLiteral(value.expression) || ts.isNoSubstitutionTemplateLiteral(value.expression)) ? value.expression : null;
      if (literal && /\p{L}/u.test(literal.text)) found.push(`${node.name.getText()}="${literal.text}"`);
    }
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TSX));
  return found;
}

/**
 * AppErrors thrown with words instead of a message key, outside the answers only a program gets (a
 * request that is not JSON, from another site): a person would read them in English.
 */
const MACHINE_ANSWERS = ["lib/http/json-body.ts", "lib/routes.ts"];

function appErrorsInWords(source: string, fileName: string): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isNewExpression(node) && node.expression.getText() === "AppError" && node.arguments?.[0]) found.push(...shownStrings(node.arguments[0]));
    ts.forEachChild(node, visit);
  };
  visit(ts.createSourceFile(fileName, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS));
  return found;
}

function sourcesOf(entry: string): string[] {
  return readdirSync(path.join(root, entry), { withFileTypes: true, recursive: true })
    .filter((child) => child.isFile() && /\.tsx?$/.test(child.name) && !/\.test\.tsx?$/.test(child.name) && !child.parentPath.includes("generated"))
    .map((child) => path.join(child.parentPath, child.name));
}

describe("words in code on translated surfaces", () => {
  it("finds JSX text, strings put into JSX and text attributes, and leaves keys and symbols alone", () => {
    expect(literalStrings(`const a = <p title="Hello" className="p-4">Hi {t("x")} — 3 <b>{name}</b></p>;`)).toEqual(['title="Hello"', "Hi"]);
    expect(literalStrings(`const a = <Button pendingLabel={t("saving")}>{t("save")}</Button>;`)).toEqual([]);
    expect(literalStrings("const a = <p className={on ? \"a b\" : \"c\"}>{on ? \"Saved\" : t(\"save\")} {`${n} days`} {n > 1 && \"·\"}</p>;")).toEqual(["Saved", " days"]);
  });

  it("throws no AppError in words from lib/ or app/, but the answers only a program gets", () => {
    const files = [...sourcesOf("lib"), ...sourcesOf("app")].filter((file) => !MACHINE_ANSWERS.includes(path.relative(root, file)));
    const offending = files.flatMap((file) => appErrorsInWords(readFileSync(file, "utf8"), file).map((text) => `${path.relative(root, file)}: ${text}`));
    expect(offending).toEqual([]);
  });

  it("has none anywhere in app/ but the exempt files", () => {
    const exempt = Object.keys(EXEMPT).map((entry) => path.join(root, entry));
    const files = filesOf("app").filter((file) => !exempt.some((entry) => file === entry || file.startsWith(`${entry}/`)));
    const offending = files.flatMap((file) => literalStrings(readFileSync(file, "utf8"), file).map((text) => `${path.relative(root, file)}: ${text}`));
    expect(offending).toEqual([]);
  });
});
