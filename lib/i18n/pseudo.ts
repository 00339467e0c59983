// The pseudo-language en-XA: every English message with accented letters and about a third more
// length, so text that would clip or overflow in a longer language shows up in English-reading
// tests. ICU arguments ({name}, {count, plural, one {…} other {…}}) and rich-text tags (<b>…</b>)
// keep their syntax; only the words around them change.

const ACCENTED: Record<string, string> = {
  a: "á", b: "ƀ", c: "ç", d: "ð", e: "é", f: "ƒ", g: "ĝ", h: "ĥ", i: "î", j: "ĵ", k: "ķ", l: "ļ", m: "ɱ",
  n: "ñ", o: "ö", p: "þ", q: "ǫ", r: "ŕ", s: "š", t: "ţ", u: "û", v: "ṽ", w: "ŵ", x: "ẋ", y: "ý", z: "ž",
  A: "Á", B: "Ɓ", C: "Ç", D: "Ð", E: "É", F: "Ƒ", G: "Ĝ", H: "Ĥ", I: "Î", J: "Ĵ", K: "Ķ", L: "Ļ", M: "Ṁ",
  N: "Ñ", O: "Ö", P: "Þ", Q: "Ǫ", R: "Ŕ", S: "Š", T: "Ţ", U: "Û", V: "Ṽ", W: "Ŵ", X: "Ẋ", Y: "Ý", Z: "Ž",
};

/** One message in the pseudo-language. */
export function pseudoMessage(message: string): string {
  // A stack of what each open brace is: an argument ({count, plural, …}) or a branch's text ({# checks}).
  const modes: ("argument" | "text")[] = ["text"];
  let out = "";
  let letters = 0;
  let inTag = false;
  for (const char of message) {
    const mode = modes.at(-1);
    if (char === "{") {
      modes.push(mode === "text" ? "argument" : "text");
      out += char;
    } else if (char === "}") {
      if (modes.length > 1) modes.pop();
      out += char;
    } else if (mode === "text" && !inTag && char === "<") {
      inTag = true;
      out += char;
    } else if (inTag) {
      if (char === ">") inTag = false;
      out += char;
    } else if (mode === "text" && char !== "#" && ACCENTED[char]) {
      letters++;
      out += ACCENTED[char];
    } else {
      out += char;
    }
  }
  return letters === 0 ? out : `${out} ${padding(Math.ceil(letters * 0.35))}`;
}

/**
 * The extra length, in word-long runs: a longer language has longer words, not one unbreakable run
 * the width of a phone (which a long paragraph's padding would otherwise be).
 */
function padding(length: number): string {
  return Array.from({ length: Math.ceil(length / 8) }, (_, index) => "·".repeat(Math.min(8, length - index * 8))).join(" ");
}

/**
 * A message as the production build holds it: next-intl precompiles every message with arguments
 * or tags (docs/decisions/0106) into icu-minify's nodes. Text is a string; 0 is a plural's `#`;
 * `[name]` an argument; `[name, 1|2|3, options]` a select or plural whose options are text, `#` or
 * lists of nodes; `[name, 4|5|6, style?]` a number or date; any other array a tag and its children.
 */
type CompiledNode = string | number | CompiledNode[] | { [option: string]: CompiledNode };

const SELECT_OR_PLURAL = new Set([1, 2, 3]);
const NUMBER_OR_DATE = new Set([4, 5, 6]);

/** A precompiled message in the pseudo-language: the same as pseudoMessage on its source. */
function pseudoCompiled(nodes: CompiledNode[]): CompiledNode[] {
  let letters = 0;
  const text = (value: string) =>
    Array.from(value, (char) => {
      if (!ACCENTED[char]) return char;
      letters++;
      return ACCENTED[char];
    }).join("");
  const option = (value: CompiledNode): CompiledNode => (typeof value === "string" ? text(value) : Array.isArray(value) ? value.map(node) : value);
  const node = (value: CompiledNode): CompiledNode => {
    if (typeof value === "string") return text(value);
    if (!Array.isArray(value) || value.length === 1) return value;
    const [name, kind, ...rest] = value;
    if (typeof kind === "number" && SELECT_OR_PLURAL.has(kind)) {
      return [name!, kind, Object.fromEntries(Object.entries(rest[0] as Record<string, CompiledNode>).map(([key, branch]) => [key, option(branch)]))];
    }
    if (typeof kind === "number" && NUMBER_OR_DATE.has(kind)) return value;
    return [name!, ...value.slice(1).map(node)];
  };
  const out = nodes.map(node);
  return letters === 0 ? out : [...out, ` ${padding(Math.ceil(letters * 0.35))}`];
}

/** A whole message tree in the pseudo-language, as source strings or precompiled. */
export function pseudoMessages<T>(messages: T): T {
  if (typeof messages === "string") return pseudoMessage(messages) as T;
  if (Array.isArray(messages)) return pseudoCompiled(messages as CompiledNode[]) as T;
  if (messages && typeof messages === "object") {
    return Object.fromEntries(Object.entries(messages).map(([key, value]) => [key, pseudoMessages(value)])) as T;
  }
  return messages;
}
