import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// On the surfaces already in the message files, no words are written in the code: JSX text and the
// text-bearing attributes of JSX (label, title, placeholder, aria-label, alt, …) hold no letters
// of their own. The list only grows, surface by surface (docs/decisions/0090); the rest of app/
// is still English in code.

const TRANSLATED = [
  "app/layout.tsx",
  "app/error.tsx",
  "app/not-found.tsx",
  "app/(app)/not-found.tsx",
  "app/(auth)/sign-up",
  "app/(auth)/sign-in/page.tsx",
  "app/(auth)/sign-in/sign-in-form.tsx",
  "app/(auth)/sign-in/passkey-sign-in.tsx",
  "app/(auth)/forgot-password",
  "app/(app)/layout.tsx",
  "app/(app)/main-nav.tsx",
  "app/(app)/today",
  "app/(app)/journal/new",
  "app/(app)/journal/[id]",
  "app/(app)/journal/_entry",
  "app/(app)/journal/_offline",
  "app/(app)/journal/_photos/photo-uploader.tsx",
  "app/(app)/journal/_photos/photo-card.tsx",
  "app/(app)/journal/_photos/transfer-list.tsx",
  "app/(app)/report/page.tsx",
  "app/(app)/report/pdf-button.tsx",
  "app/(app)/report/range-form.tsx",
  "app/(app)/report/report-language.tsx",
  "app/(app)/settings/profile-form.tsx",
  "app/_components/advice-list.tsx",
  "app/_components/auth-card.tsx",
  "app/_components/button.tsx",
  "app/_components/date-field.tsx",
  "app/_components/field-error.tsx",
  "app/_components/foot-geometry.tsx",
  "app/_components/foot-map.tsx",
  "app/_components/form-status.tsx",
  "app/_components/healed-button.tsx",
  "app/_components/pain-scale.tsx",
  "app/_components/recent-pain-chart.tsx",
  "app/_components/report/checks-section.tsx",
  "app/_components/report/pain-section.tsx",
  "app/_components/report/questions-section.tsx",
  "app/_components/report/report-document.tsx",
  "app/_components/report/report-header.tsx",
  "app/_components/report/summary-section.tsx",
  // Journal, trends and the shared pages (issue 16, second part).
  "app/(app)/journal/page.tsx",
  "app/(app)/journal/journal-filters.tsx",
  "app/(app)/journal/compare",
  "app/_components/confirm-dialog.tsx",
  "app/_components/empty-state.tsx",
  "app/_components/form-field.tsx",
  "app/_components/notice.tsx",
  "app/_components/select-field.tsx",
  "app/_components/action-button.tsx",
  "app/(app)/trends",
  "app/_components/charts",
  "app/_components/foot-heat-map.tsx",
  "app/(app)/welcome",
  "app/_components/professional-check-opt-in.tsx",
  "app/_components/surgery-fields.tsx",
  "app/page.tsx",
  "app/offline",
  "app/invitations",
  "app/share",
  "app/_components/report",
  "app/(app)/_journals",
  "app/(app)/journals",
  "app/(app)/journal/_photos",
  "app/(app)/report/questions-editor.tsx",
];

const TEXT_ATTRIBUTES = new Set(["label", "title", "placeholder", "aria-label", "alt", "pendingLabel", "hint", "legend", "emptyText", "failed", "submitLabel"]);
const root = path.resolve(import.meta.dirname, "../..");

function filesOf(entry: string): string[] {
  const full = path.join(root, entry);
  if (!statSync(full).isDirectory()) return [full];
  return readdirSync(full, { withFileTypes: true }).flatMap((child) => filesOf(path.join(entry, child.name))).filter((file) => /\.tsx$/.test(file) && !/\.test\.tsx$/.test(file));
}

/** Words written in JSX: text between tags, and string literals in text-bearing attributes. */
export function literalStrings(source: string, fileName = "file.tsx"): string[] {
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isJsxText(node) && /\p{L}/u.test(node.text)) found.push(node.text.trim());
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

describe("words in code on translated surfaces", () => {
  it("finds JSX text and text attributes, and leaves keys and symbols alone", () => {
    expect(literalStrings(`const a = <p title="Hello" className="p-4">Hi {t("x")} — 3 <b>{name}</b></p>;`)).toEqual(['title="Hello"', "Hi"]);
    expect(literalStrings(`const a = <Button pendingLabel={t("saving")}>{t("save")}</Button>;`)).toEqual([]);
  });

  it("has none in the translated folders", () => {
    const offending = TRANSLATED.flatMap(filesOf).flatMap((file) => literalStrings(readFileSync(file, "utf8"), file).map((text) => `${path.relative(root, file)}: ${text}`));
    expect(offending).toEqual([]);
  });
});
