import {readdirSync} from 'node:fs';
import {URL} from 'node:url';
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// The layers of source/, low to high: data flows one way, config -> clients -> poller/store ->
// view models -> components (STYLE.md, docs/architecture.md). A folder imports only from folders
// of a lower layer; folders of the same layer do not import one another. A new folder under
// source/ must be placed here, or linting stops (below).
const layers = [
  ['text'], // sanitizing, fitting and wrapping text
  ['dashboards'], // the dashboard specs: data
  ['config'], // flags, environment, files -> options
  ['http', 'history'], // the one HTTP module and its RequestFn; the query prompt's history file
  ['prometheus'], // the Prometheus client and its domain types
  ['alerts', 'record-replay'], // AlertManager clients and alert domain; record/replay of a RequestFn
  ['store'], // what was fetched, kept over time
  ['poller'], // when to fetch, into the store
  ['keys'], // the key bindings table and matching
  ['ui-state'], // the app's state reducers
  ['view-models'], // pure: data + width + now -> what to draw
  ['components', 'one-shot', 'output-stage'], // Ink screens, one-shot output, the output stage
];
const layerOf = new Map(layers.flatMap((folders, rank) => folders.map((folder) => [folder, rank])));
const unplaced = readdirSync(new URL('source', import.meta.url), {withFileTypes: true})
  .filter((entry) => entry.isDirectory() && !layerOf.has(entry.name))
  .map((entry) => `source/${entry.name}`);
if (unplaced.length > 0) {
  throw new Error(`${unplaced.join(', ')}: not in the layers table of eslint.config.js`);
}

// Only source/http imports the HTTP library and only source/components React or Ink: every other
// folder is pure.
const httpFolder = 'http';
const uiFolders = new Set(['components']);
const uiModules = ['react', 'ink', 'ink-testing-library', 'react/jsx-runtime'];

const layerRules = [...layerOf].map(([folder, rank]) => {
  const above = [...layerOf].filter(([other, at]) => other !== folder && at >= rank);
  return {
    files: [`source/${folder}/**`],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...(folder === httpFolder
              ? []
              : [{name: 'axios', message: 'Only source/http may import the HTTP library.'}]),
            ...(uiFolders.has(folder)
              ? []
              : uiModules.map((name) => ({name, message: 'Pure modules import no React or Ink.'}))),
          ],
          patterns: above.map(([other]) => ({
            regex: `^(\\.\\./)+${other}/`,
            message:
              `source/${folder} may not import source/${other}: imports follow config -> ` +
              'clients -> poller/store -> view models -> components (docs/architecture.md)',
          })),
        },
      ],
    },
  };
});

export default tseslint.config(
  {ignores: ['node_modules', 'dist', 'coverage', 'deploy', '**/*.tgz']},
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    plugins: {'react-hooks': reactHooks},
    rules: {
      ...reactHooks.configs.recommended.rules,
      '@typescript-eslint/consistent-type-imports': 'error',
      '@typescript-eslint/no-unused-vars': ['error', {argsIgnorePattern: '^_'}],
      'no-restricted-syntax': [
        'error',
        {selector: 'ExportDefaultDeclaration', message: 'Use named exports.'},
        {selector: 'TSEnumDeclaration', message: 'Use an `as const` object or a string union.'},
      ],
    },
  },
  ...layerRules,
  {
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: {'no-restricted-syntax': 'off'},
  },
);
