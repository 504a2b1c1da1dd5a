import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    // Generous: CLI tests start real Node processes, and CI shares two cores with every suite.
    testTimeout: 120_000,
    hookTimeout: 120_000,
    // Suites start real servers on 127.0.0.1:0; two workers match the machine's two cores.
    maxWorkers: 2,
  },
});
