import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

export default defineConfig({
  // The plugin in fixtures/plugins imports tfmould as its users do; tests give it the sources.
  resolve: {
    alias: [
      { find: /^tfmould$/, replacement: fileURLToPath(new URL("./src/index.ts", import.meta.url)) },
      { find: /^tfmould\/testing$/, replacement: fileURLToPath(new URL("./src/testing/index.ts", import.meta.url)) },
    ],
  },
  test: {
    include: ["test/**/*.test.ts"],
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: "forks",
  },
});
