import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    clearMocks: true,
    restoreMocks: true,
    // Generous limits: a test asserts behaviour, never speed (that is npm run bench), and must pass
    // on a slow, busy machine; the limits only stop a test that really hangs.
    testTimeout: 180_000,
    hookTimeout: 300_000,
  },
});
