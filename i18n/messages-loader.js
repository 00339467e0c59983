// Turbopack loader for messages/*.json (next.config.js): compiles each ICU message with
// icu-minify, the compiler of next-intl's own precompile option, and gives Turbopack JSON back,
// so the `with { type: "json" }` import that Node needs (worker, tests) stays as it is. Pages and
// the browser then format messages without parsing ICU (docs/decisions/0106).
import compile from "icu-minify/compile";

const compiled = (value) =>
  typeof value === "string" ? compile(value) : Object.fromEntries(Object.entries(value).map(([key, inner]) => [key, compiled(inner)]));

export default function compileMessages(source) {
  return JSON.stringify(compiled(JSON.parse(source)));
}
