import nextVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

const config = [
  ...nextVitals,
  ...nextTypescript,
  {
    rules: {
      // lib/env.ts is the one reader of the environment.
      "no-restricted-properties": ["error", { object: "process", property: "env", message: "Read settings through lib/env.ts." }],
      // Links do not prefetch (docs/decisions/0104).
      "no-restricted-imports": ["error", { paths: [{ name: "next/link", message: "Use Link from app/_components/link.tsx." }] }],
    },
  },
  {
    files: ["app/_components/link.tsx"],
    rules: { "no-restricted-imports": "off" },
  },
  {
    files: ["lib/env.ts", "lib/testing/**", "instrumentation.ts"],
    rules: { "no-restricted-properties": "off" },
  },
  { ignores: [".next/**", "lib/generated/**", "node_modules/**", ".data/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
];

export default config;
