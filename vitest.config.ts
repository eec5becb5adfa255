import {defineConfig} from 'vitest/config';

/**
 * Test files that spawn processes (nova-top's CLI, nova-sim's, promtool and amtool), outside the
 * integration folder. Each spawn is a Node or Go process of its own: run in parallel with the unit
 * files they starve a 2-core machine, so they get their own project, one file at a time.
 * test/meta/test-hygiene.test.ts fails when a test file spawns and is not listed here.
 */
export const processTests = [
  'test/cli/cli.test.ts',
  'test/cli/config-file-cli.test.ts',
  'test/cli/once-alerts.test.ts',
  'test/cli/once-faults.test.ts',
  'test/deploy/validate.test.ts',
  'test/memory/hidden-classes.test.ts',
  'test/sim/cli.test.ts',
];

const env = {CI: '', FORCE_COLOR: '0'};

// Unit and component tests run in parallel; tests that spawn processes, and integration tests
// that start real servers, get longer timeouts and run one file at a time to stay kind to a
// 2-core machine. `vitest run` (npm test) runs all three projects.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: 'unit',
          include: ['test/**/*.test.{ts,tsx}'],
          exclude: ['test/integration/**', ...processTests],
          // Component tests drive real Ink renders and pollers; a loaded 2-core CI machine can
          // take seconds where a laptop takes milliseconds. Timeouts are not assertions.
          testTimeout: 20_000,
          env,
        },
      },
      {
        test: {
          name: 'process',
          include: processTests,
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          env,
        },
      },
      {
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.{ts,tsx}'],
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false,
          env,
        },
      },
    ],
  },
});
