import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import en from "../../messages/en.json" with { type: "json" };
import { pickMessages, type Namespace } from "./pick-messages";

// The browser gets only the messages its client components use (docs/decisions/0101). Each page,
// layout and error page lists them in <ClientMessages namespaces={[…]}>; this test follows every
// import from it, finds the modules that run in the browser (a "use client" module and all it
// imports) and the namespaces they call useTranslations with, and checks the list holds exactly
// those. A page that lists none is covered by the nearest layout above it that does.

const root = path.resolve(import.meta.dirname, "../..");
const ENTRY = /^(page|layout|not-found|error|loading|template|default)\.tsx$/;
// Renders in place of the root layout when that fails: no provider is there (its words are its own).
const OUTSIDE_PROVIDERS = new Set(["app/global-error.tsx"]);

type Module = { directive: string; imports: string[]; namespaces: string[]; declared: string[] | null };
const modules = new Map<string, Module>();

function resolveImport(from: string, specifier: string): string | null {
  const base = specifier.startsWith("@/") ? path.join(root, specifier.slice(2)) : specifier.startsWith(".") ? path.resolve(path.dirname(from), specifier) : null;
  if (!base) return null;
  const candidates = [base, `${base}.tsx`, `${base}.ts`, path.join(base, "index.tsx"), path.join(base, "index.ts")];
  return candidates.find((candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate) && statSync(candidate).isFile()) ?? null;
}

function stringsOf(node: ts.Expression | undefined): string[] | null {
  while (node && (ts.isSatisfiesExpression(node) || ts.isAsExpression(node))) node = node.expression;
  if (!node || !ts.isArrayLiteralExpression(node)) return null;
  return node.elements.map((element) => (ts.isStringLiteral(element) ? element.text : "(not a literal)"));
}

function moduleAt(file: string): Module {
  const known = modules.get(file);
  if (known) return known;
  const source = ts.createSourceFile(file, readFileSync(file, "utf8"), ts.ScriptTarget.Latest, true, file.endsWith(".tsx") ? ts.ScriptKind.TSX : ts.ScriptKind.TS);
  const first = source.statements[0];
  const parsed: Module = {
    directive: first && ts.isExpressionStatement(first) && ts.isStringLiteral(first.expression) ? first.expression.text : "",
    imports: [],
    namespaces: [],
    declared: null,
  };
  // A list named once for a page with more than one answer: `const IN_BROWSER = [...] satisfies Namespace[]`.
  const lists = new Map<string, string[] | null>();
  for (const statement of source.statements) {
    if (ts.isVariableStatement(statement)) for (const declaration of statement.declarationList.declarations) lists.set(declaration.name.getText(), stringsOf(declaration.initializer));
  }
  const visit = (node: ts.Node) => {
    if ((ts.isImportDeclaration(node) && !node.importClause?.isTypeOnly) || ts.isExportDeclaration(node)) {
      if (node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) parsed.imports.push(node.moduleSpecifier.text);
    }
    if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      parsed.imports.push(node.arguments[0].text);
    }
    if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === "useTranslations") {
      const namespace = node.arguments[0];
      parsed.namespaces.push(namespace && ts.isStringLiteral(namespace) ? namespace.text : "(not a literal)");
    }
    if (ts.isJsxAttribute(node) && node.name.getText() === "namespaces" && ts.isJsxOpeningLikeElement(node.parent.parent) && node.parent.parent.tagName.getText() === "ClientMessages") {
      const expression = node.initializer && ts.isJsxExpression(node.initializer) ? node.initializer.expression : undefined;
      const value = expression && ts.isIdentifier(expression) ? (lists.get(expression.text) ?? null) : stringsOf(expression);
      parsed.declared = [...new Set([...(parsed.declared ?? []), ...(value ?? ["(not a literal list)"])])];
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  parsed.imports = parsed.imports.map((specifier) => resolveImport(file, specifier)).filter((resolved): resolved is string => resolved !== null);
  modules.set(file, parsed);
  return parsed;
}

/** The modules an entry sends to the browser, as paths from the project's root. */
function modulesInBrowser(entry: string): string[] {
  const found = new Set<string>();
  const seen = new Set<string>();
  const walk = (file: string, inBrowser: boolean) => {
    const imported = moduleAt(file);
    // A server action imported by a client component stays on the server.
    if (imported.directive === "use server") return;
    const browser = inBrowser || imported.directive === "use client";
    const key = `${file} ${browser}`;
    if (seen.has(key)) return;
    seen.add(key);
    if (browser) found.add(path.relative(root, file));
    imported.imports.forEach((next) => walk(next, browser));
  };
  walk(path.join(root, entry), false);
  return [...found];
}

/** The namespaces used by the modules an entry sends to the browser. */
function namespacesInBrowser(entry: string): string[] {
  return [...new Set(modulesInBrowser(entry).flatMap((file) => moduleAt(path.join(root, file)).namespaces))].sort();
}

const covers = (declared: string, needed: string) => needed === declared || needed.startsWith(`${declared}.`);

/** The list that serves an entry: its own, else its segment's layout's, else the nearest layout's above. */
function servingList(entry: string): { from: string; namespaces: string[] } | null {
  const own = moduleAt(path.join(root, entry)).declared;
  if (own) return { from: entry, namespaces: own };
  for (let dir = path.dirname(entry); dir.startsWith("app"); dir = path.dirname(dir)) {
    const layout = path.join(dir, "layout.tsx");
    if (layout !== entry && existsSync(path.join(root, layout))) {
      const declared = moduleAt(path.join(root, layout)).declared;
      if (declared) return { from: layout, namespaces: declared };
    }
  }
  return null;
}

const entries = readdirSync(path.join(root, "app"), { recursive: true, withFileTypes: true })
  .filter((child) => child.isFile() && ENTRY.test(child.name))
  .map((child) => path.relative(root, path.join(child.parentPath, child.name)))
  .filter((entry) => !OUTSIDE_PROVIDERS.has(entry))
  .sort();

describe("messages sent to the browser", () => {
  it("finds the pages, and the namespaces of a form's client components", () => {
    expect(entries).toContain("app/(app)/journal/new/page.tsx");
    expect(namespacesInBrowser("app/(app)/journal/new/page.tsx")).toEqual(expect.arrayContaining(["entry", "errors", "footMap", "photos"]));
    expect(namespacesInBrowser("app/offline/page.tsx")).toEqual([]);
  });

  it.each(entries)("%s: its client components get every namespace they use", (entry) => {
    const needed = namespacesInBrowser(entry);
    if (needed.length === 0) return;
    const list = servingList(entry);
    expect(list, `${entry} needs ${needed.join(", ")}: wrap it in <ClientMessages namespaces={[…]}>`).not.toBeNull();
    expect(needed.filter((namespace) => !list!.namespaces.some((declared) => covers(declared, namespace))), `missing from ${list!.from}`).toEqual([]);
  });

  it.each(entries)("%s does not send the browser every language's messages (230 kB)", (entry) => {
    expect(modulesInBrowser(entry)).not.toContain("lib/i18n/messages.ts");
  });

  it.each(entries.filter((entry) => moduleAt(path.join(root, entry)).declared))("%s lists only namespaces that exist and its client components use", (entry) => {
    const declared = moduleAt(path.join(root, entry)).declared!;
    const needed = [
      ...namespacesInBrowser(entry),
      // A layout's list also serves the pages and error pages below it that list none.
      ...(entry.endsWith("layout.tsx") ? entries.filter((other) => other !== entry && servingList(other)?.from === entry).flatMap(namespacesInBrowser) : []),
    ];
    expect(declared.filter((namespace) => !needed.some((used) => covers(namespace, used)))).toEqual([]);
    const picked = pickMessages(en, declared as Namespace[]);
    for (const namespace of declared) expect(namespace.split(".").reduce<unknown>((tree, key) => (tree as Record<string, unknown>)[key], picked), namespace).toBeTypeOf("object");
  });
});

describe("pickMessages", () => {
  it("keeps whole namespaces and parts of one, nested as in the message files, and nothing else", () => {
    const picked = pickMessages(en, ["nav", "settings.sessions", "settings.email"]);
    expect(Object.keys(picked).sort()).toEqual(["nav", "settings"]);
    expect(picked.nav).toEqual(en.nav);
    expect(picked.settings).toEqual({ sessions: en.settings.sessions, email: en.settings.email });
  });
});
