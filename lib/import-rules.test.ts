import { existsSync, readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import ts from "typescript";
import { describe, expect, it } from "vitest";

// The import rules, checked from the source in milliseconds (ESLint's import/no-cycle would add
// over a minute to every lint here): no module imports one that imports it back, directly or
// through others; lib/ is layered by capability folder, a folder never using one that uses it
// back; nothing in lib/ reaches up into app/. Tests are left out: they may start a whole worker.

const root = path.resolve(import.meta.dirname, "..");
const lib = path.join(root, "lib");
const app = path.join(root, "app");

function sourceFiles(folder: string): string[] {
  return readdirSync(folder, { withFileTypes: true }).flatMap((entry) => {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) return entry.name === "generated" ? [] : sourceFiles(full);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [full] : [];
  });
}

function resolveModule(base: string): string | undefined {
  return [base, `${base}.ts`, `${base}.tsx`, path.join(base, "index.ts")].find((candidate) => /\.tsx?$/.test(candidate) && existsSync(candidate));
}

function importsOf(file: string): string[] {
  const { importedFiles } = ts.preProcessFile(readFileSync(file, "utf8"), true, true);
  return importedFiles.flatMap(({ fileName }) => {
    const base = fileName.startsWith("@/") ? path.join(root, fileName.slice(2)) : fileName.startsWith(".") ? path.resolve(path.dirname(file), fileName) : undefined;
    const resolved = base && resolveModule(base);
    return resolved ? [resolved] : [];
  });
}

/** A capability folder ("journal"), or a single top-level module ("env.ts" → "env"). */
function unitOf(file: string): string {
  const [first = "", ...rest] = path.relative(lib, file).split(path.sep);
  return rest.length ? first : first.replace(/\.tsx?$/, "");
}

type Graph = Map<string, Set<string>>;

function addEdge(graph: Graph, from: string, to: string) {
  if (!graph.has(from)) graph.set(from, new Set());
  graph.get(from)?.add(to);
}

/** Groups of nodes that reach each other (Tarjan's strongly connected components of size > 1). */
function cycles(graph: Graph): string[][] {
  let counter = 0;
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const stack: string[] = [];
  const onStack = new Set<string>();
  const found: string[][] = [];
  const visit = (node: string) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const next of graph.get(node) ?? []) {
      if (!index.has(next)) {
        visit(next);
        low.set(node, Math.min(low.get(node) ?? 0, low.get(next) ?? 0));
      } else if (onStack.has(next)) {
        low.set(node, Math.min(low.get(node) ?? 0, index.get(next) ?? 0));
      }
    }
    if (low.get(node) !== index.get(node)) return;
    const group: string[] = [];
    for (let member = stack.pop(); member !== undefined; member = stack.pop()) {
      onStack.delete(member);
      group.push(member);
      if (member === node) break;
    }
    if (group.length > 1) found.push(group.sort());
  };
  for (const node of graph.keys()) if (!index.has(node)) visit(node);
  return found;
}

function dependencyGraphs() {
  const files: Graph = new Map();
  const folders: Graph = new Map();
  const intoApp: string[] = [];
  for (const file of [...sourceFiles(lib), ...sourceFiles(app)]) {
    for (const target of importsOf(file)) {
      addEdge(files, path.relative(root, file), path.relative(root, target));
      if (!file.startsWith(lib + path.sep)) continue;
      if (target.startsWith(app + path.sep)) intoApp.push(path.relative(root, file));
      if (!target.startsWith(lib + path.sep)) continue;
      const [from, to] = [unitOf(file), unitOf(target)];
      if (from !== to && to !== "generated") addEdge(folders, from, to);
    }
  }
  return { files, folders, intoApp };
}

describe("imports", () => {
  const { files, folders, intoApp } = dependencyGraphs();

  it("form no cycle between modules", () => {
    expect(cycles(files)).toEqual([]);
  });

  it("form no cycle between lib's folders", () => {
    expect(cycles(folders)).toEqual([]);
  });

  it("never go from lib/ up into app/", () => {
    expect(intoApp).toEqual([]);
  });

  it("the check sees a cycle when there is one, and not where there is none", () => {
    const graph: Graph = new Map([
      ["a", new Set(["b"])],
      ["b", new Set(["c"])],
      ["c", new Set(["a", "d"])],
      ["d", new Set<string>()],
    ]);
    expect(cycles(graph)).toEqual([["a", "b", "c"]]);
    expect(cycles(new Map([["a", new Set(["b"])]]))).toEqual([]);
  });
});
