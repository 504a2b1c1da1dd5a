import { defineConfig } from "vitest/config";

export default defineConfig({
  test: {
    include: ["src/**/*.test.ts", "test/**/*.test.ts"],
    testTimeout: 30_000,
    hookTimeout: 30_000,
    // Suites start real servers on 127.0.0.1:0; two workers match the machine's two cores.
    maxWorkers: 2,
  },
});
