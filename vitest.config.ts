import { defineConfig } from 'vitest/config';

// Unit tests: pure lib/ code in Node, plus component tests. End-to-end tests have their own config.
export default defineConfig({
  test: {
    include: ['lib/**/*.test.ts', 'components/**/*.test.tsx', 'tests/unit/**/*.test.ts', 'scripts/**/*.test.ts'],
    environment: 'node',
    testTimeout: 20_000,
  },
});
