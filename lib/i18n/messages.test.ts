import compile from "icu-minify/compile";
import { describe, expect, it } from "vitest";
import { LANGUAGES } from "./locales";
import { MESSAGES, messagesFor } from "./messages";
import { pseudoMessage, pseudoMessages } from "./pseudo";

// Every language has every message, no more, with the same placeholders: a missing or misspelt
// {name} would show a raw key or a blank to someone.

type Tree = { [key: string]: string | Tree };

function flatten(tree: Tree, prefix = ""): Map<string, string> {
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === "string") out.set(path, value);
    else for (const [inner, text] of flatten(value, path)) out.set(inner, text);
  }
  return out;
}

/** The ICU arguments ({name}, {count, plural, …}) and rich-text tags (<b>) of a message, sorted. */
export function placeholdersOf(message: string): string[] {
  const found = new Set<string>();
  const modes: ("argument" | "text")[] = ["text"];
  let index = 0;
  while (index < message.length) {
    const char = message[index]!;
    if (char === "{") {
      if (modes.at(-1) === "text") {
        const name = /^\{\s*([A-Za-z0-9_]+)\s*(,\s*([a-z]+))?/.exec(message.slice(index));
        if (name) found.add(name[3] ? `{${name[1]}, ${name[3]}}` : `{${name[1]}}`);
        modes.push("argument");
      } else modes.push("text");
    } else if (char === "}") {
      modes.pop();
    } else if (char === "<" && modes.at(-1) === "text") {
      const tag = /^<\/?([a-z]+)>/.exec(message.slice(index));
      if (tag) found.add(`<${tag[1]}>`);
    }
    index++;
  }
  return [...found].sort();
}

const english = flatten(MESSAGES.en);

describe("message files", () => {
  it("finds placeholders the way next-intl reads them", () => {
    expect(placeholdersOf("You noted {count, plural, one {# check} other {# checks}} on <b>{day}</b>.")).toEqual(["<b>", "{count, plural}", "{day}"]);
  });

  for (const { code } of LANGUAGES.filter((language) => language.code !== "en")) {
    const other = flatten(MESSAGES[code]);

    it(`${code} has every English message and no other`, () => {
      expect([...english.keys()].filter((key) => !other.has(key))).toEqual([]);
      expect([...other.keys()].filter((key) => !english.has(key))).toEqual([]);
    });

    it(`${code} uses the same placeholders as English in every message`, () => {
      const differing = [...english]
        .filter(([key, text]) => other.has(key) && placeholdersOf(text).join() !== placeholdersOf(other.get(key)!).join())
        .map(([key, text]) => ({ key, en: placeholdersOf(text), [code]: placeholdersOf(other.get(key)!) }));
      expect(differing).toEqual([]);
    });

    it(`${code} leaves no message empty`, () => {
      expect([...other].filter(([, text]) => text.trim() === "").map(([key]) => key)).toEqual([]);
    });
  }

  it("makes a pseudo-language that is longer and accented, with every placeholder kept", () => {
    const pseudo = flatten(messagesFor("en-XA") as unknown as Tree);
    for (const [key, text] of english) {
      const made = pseudo.get(key)!;
      expect(placeholdersOf(made), key).toEqual(placeholdersOf(text));
      if (/[a-z]{3}/i.test(text.replace(/\{[^{}]*\}/g, ""))) expect(made.length, key).toBeGreaterThan(text.length);
    }
    expect(pseudoMessage("Hello {name}, <b>{count, plural, one {# check} other {# checks}}</b>")).toBe("Ĥéļļö {name}, <b>{count, plural, one {# çĥéçķ} other {# çĥéçķš}}</b> ······");
    expect(pseudoMessage("a".repeat(40))).toBe(`${"á".repeat(40)} ········ ······`);
  });

  it("turns a message precompiled for the production build into the pseudo-language as it does its source", () => {
    // Writes compiled nodes back as ICU, so that adjacent text compares equal however it is split.
    const source = (node: unknown): string => {
      if (typeof node === "string") return node;
      if (typeof node === "number") return "#";
      // A select or plural's options: each branch is text, `#` or a list of nodes.
      if (!Array.isArray(node)) return Object.entries(node as Record<string, unknown>).map(([key, branch]) => `${key} {${Array.isArray(branch) ? branch.map(source).join("") : source(branch)}}`).join(" ");
      const [name, kind, ...rest] = node as unknown[];
      if (node.length === 1) return `{${String(name)}}`;
      if (typeof kind === "number") return `{${String(name)}, ${kind}${rest.length ? `, ${typeof rest[0] === "object" ? source(rest[0]) : String(rest[0])}` : ""}}`;
      return `<${String(name)}>${node.slice(1).map(source).join("")}</${String(name)}>`;
    };
    const list = (message: unknown) => (Array.isArray(message) ? message.map(source).join("") : String(message));
    for (const [key, text] of english) {
      expect(list(pseudoMessages(compile(text))), key).toBe(list(compile(pseudoMessage(text))));
    }
  });
});
