// House rules as lint: TypeScript and hooks correctness, no import cycles, and who may import whom.
// Layers, from the bottom: lib / api / config / auth / components → features → app. Features never
// import each other; nothing below app imports app; the emulator reaches into src/ only for the
// operation catalogue and the wire schemas it shares with the console.
import js from "@eslint/js";
import tseslint from "typescript-eslint";
import reactHooks from "eslint-plugin-react-hooks";
import { importX } from "eslint-plugin-import-x";
import { createTypeScriptImportResolver } from "eslint-import-resolver-typescript";
import prettier from "eslint-config-prettier";
import globals from "globals";
import { readdirSync } from "node:fs";

const features = readdirSync(new URL("./src/features", import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const belowApp = ["./src/api", "./src/lib", "./src/config", "./src/auth", "./src/components", "./src/features"];

const layerZones = [
  ...features.map((feature) => ({
    target: `./src/features/${feature}`,
    from: "./src/features",
    except: [`./${feature}`],
    message: "Features never import each other: move what both need to src/api, src/lib or src/components.",
  })),
  ...belowApp.map((target) => ({
    target,
    from: "./src/app",
    message: "Only src/app imports src/app: pass what is needed down, or move it to a shared folder.",
  })),
  ...["./src/api", "./src/lib", "./src/config", "./src/auth", "./src/components"].map((target) => ({
    target,
    from: "./src/features",
    message: "Shared code never imports a feature.",
  })),
  {
    target: "./src/lib",
    from: ["./src/components", "./src/auth", "./src/config"],
    message: "src/lib holds framework-free helpers: it imports nothing of the console above it.",
  },
  {
    target: "./emulator",
    from: "./src",
    except: ["./api/operations", "./api/wire.ts"],
    message: "The emulator shares only the operation catalogue and the wire schemas with the console.",
  },
];

export default tseslint.config(
  {
    ignores: [
      "node_modules/",
      "dist/",
      ".e2e-dist-*/",
      "bench/.floor/",
      "test-results/",
      "e2e-artifacts/",
      "playwright-report/",
      ".certs/",
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: {
      ecmaVersion: 2023,
      sourceType: "module",
      globals: { ...globals.browser, ...globals.node },
    },
    plugins: { "react-hooks": reactHooks, "import-x": importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      "import-x/resolver-next": [createTypeScriptImportResolver({ project: "./tsconfig.json" })],
    },
    linterOptions: { reportUnusedDisableDirectives: "error" },
    rules: {
      "react-hooks/rules-of-hooks": "error",
      "react-hooks/exhaustive-deps": "error",
      "import-x/no-cycle": ["error", { ignoreExternal: true }],
      "import-x/no-self-import": "error",
      "import-x/no-useless-path-segments": "error",
      "import-x/no-restricted-paths": ["error", { zones: layerZones }],
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_", caughtErrors: "none" }],
      "@typescript-eslint/consistent-type-imports": ["error", { fixStyle: "inline-type-imports" }],
      "no-console": ["error", { allow: ["warn", "error"] }],
      // Prettier wraps code at 140; this catches the comments and strings it leaves alone.
      "max-len": ["error", { code: 160, ignoreUrls: true, ignoreRegExpLiterals: true }],
    },
  },
  {
    // Small files with names that explain themselves: a module that grows past this is doing two things.
    files: ["src/**/*.{ts,tsx}", "emulator/**/*.ts"],
    ignores: ["**/*.test.{ts,tsx}", "**/__tests__/**", "src/test/**"],
    rules: { "max-lines": ["error", { max: 300 }] },
  },
  {
    // Command-line entry points print to the terminal on purpose.
    files: ["scripts/**", "bench/**", "emulator/stack.ts"],
    rules: { "no-console": "off" },
  },
  prettier,
);
