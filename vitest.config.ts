import {defineConfig} from 'vitest/config';

// Unit and component tests run in parallel; integration tests start real servers, so they get
// longer timeouts and run one file at a time to stay kind to a 2-core machine.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/integration/**'],
          // Component tests drive real Ink renders and pollers; a loaded 2-core CI machine can
          // take seconds where a laptop takes milliseconds. Timeouts are not assertions.
          testTimeout: 20_000,
          env: {CI: '', FORCE_COLOR: '0'},
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.{ts,tsx}'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          env: {CI: '', FORCE_COLOR: '0'},
        },
      },
    ],
  },
});
