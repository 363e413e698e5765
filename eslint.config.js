// One lint config for the whole workspace: typescript-eslint's recommended rules plus the
// house rules (no `!`, no unexplained `any`, no console in source: use the logger).
import js from "@eslint/js";
import reactHooks from "eslint-plugin-react-hooks";
import globals from "globals";
import tseslint from "typescript-eslint";

export default tseslint.config(
  { ignores: ["**/node_modules/**", "**/dist/**", ".cache/**", ".data/**", "test-output/**", "tools/**", "**/*.generated.ts"] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      "@typescript-eslint/no-non-null-assertion": "error",
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
      "@typescript-eslint/consistent-type-imports": "error",
      "no-console": "error",
    },
  },
  {
    files: ["apps/explorer/**/*.{ts,tsx}"],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { "react-hooks": reactHooks },
    rules: { ...reactHooks.configs.recommended.rules },
  },
  // Layers (docs/architecture.md): nothing below imports from above. GraphQL (schema/, yoga.ts)
  // and the CLI (cli/) sit on services/, which sit on db/ (Cypher builders, one executor);
  // packages/* are below every app. Relative imports are matched as written: "../schema/x.ts".
  {
    files: ["packages/*/src/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: ["@rolegraph/api", "@rolegraph/explorer"].map((name) => ({ name, message: "packages/* are below the apps: an app imports a package, never the reverse." })),
        patterns: [{ regex: "^(\\.\\./)+apps/", message: "packages/* are below the apps: an app imports a package, never the reverse." }],
      }],
    },
  },
  {
    files: ["apps/api/src/db/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: ["graphql", "graphql-yoga", "@pothos/core"].map((name) => ({ name, message: "db/ knows Neo4j, not GraphQL: throw a domain error, the boundary maps it." })),
        patterns: [{ regex: "^(\\.\\./)+(schema|cli|services)/|^(\\.\\./)+yoga\\.ts$", message: "db/ is the bottom layer of the API: GraphQL (schema/), the CLI and services/ call it, it never calls them." }],
      }],
    },
  },
  {
    files: ["apps/api/src/services/**/*.ts"],
    rules: {
      "no-restricted-imports": ["error", {
        patterns: [{ regex: "^(\\.\\./)+(schema|cli)/|^(\\.\\./)+yoga\\.ts$", message: "services/ are the use cases under GraphQL and the CLI: they take plain arguments and return plain results." }],
      }],
    },
  },
  {
    files: ["apps/explorer/src/**/*.{ts,tsx}"],
    rules: {
      "no-restricted-imports": ["error", {
        paths: [{ name: "@rolegraph/api", message: "The explorer talks to the API over GraphQL only." }],
        patterns: [{ regex: "^(\\.\\./)+api/src/", message: "The explorer talks to the API over GraphQL only." }],
      }],
    },
  },
  {
    // Command-line entry points and scripts talk to people on stdout/stderr.
    files: ["scripts/**", "bench/**", "apps/api/src/cli/**", "apps/api/bin/**", "**/*.test.ts", "test/**"],
    rules: { "no-console": "off" },
  },
);
