import path from "node:path";
import { defineConfig } from "vitest/config";

const alias = {
  "~": path.resolve(import.meta.dirname, "src"),
  // Server modules are imported directly by tests, outside React's server environment.
  "server-only": path.resolve(import.meta.dirname, "tests/support/empty-module.ts"),
};

export default defineConfig({
  resolve: { alias },
  test: {
    projects: [
      {
        resolve: { alias },
        test: {
          name: "unit",
          include: [
            "src/**/*.test.{ts,tsx}",
            "tests/unit/**/*.test.ts",
            "prisma/**/*.test.ts",
            "bench/**/*.test.ts",
          ],
          environment: "node",
          // next-intl imports "next/navigation" without an extension, which Node's ESM loader
          // refuses; letting Vite transform it resolves the import as the Next bundler would.
          server: { deps: { inline: ["next-intl"] } },
        },
      },
      {
        resolve: { alias },
        test: {
          name: "integration",
          include: ["tests/integration/**/*.test.ts"],
          environment: "node",
          globalSetup: ["tests/integration/global-setup.ts"],
          setupFiles: ["tests/support/next-runtime.ts", "tests/support/fail-on-overlapping-queries.ts"],
          // As for the unit project: pages import next-intl, which imports "next/navigation".
          server: { deps: { inline: ["next-intl"] } },
          // The files share one database, and some compare its rows before and after a step:
          // one file at a time keeps another file's writes out of those windows.
          fileParallelism: false,
          testTimeout: 30_000,
          hookTimeout: 60_000,
        },
      },
    ],
  },
});
