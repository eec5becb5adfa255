import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';

// Pure layers must not reach for React, Ink or the HTTP library: the one-way data flow of
// STYLE.md is enforced here rather than by review.
const pureFolders = [
  'source/config/**',
  'source/prometheus/**',
  'source/poller/**',
  'source/store/**',
  'source/dashboards/**',
  'source/view-models/**',
  'source/keys/**',
  'source/text/**',
  'source/terminal/**',
  'source/alerts/**',
  'source/snapshot/**',
];
const uiModules = ['react', 'ink', 'ink-testing-library', 'react/jsx-runtime'];

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
  {
    files: ['source/**'],
    ignores: ['source/http/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {paths: [{name: 'axios', message: 'Only source/http may import the HTTP library.'}]},
      ],
    },
  },
  {
    files: pureFolders,
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {name: 'axios', message: 'Only source/http may import the HTTP library.'},
            ...uiModules.map((name) => ({name, message: 'Pure modules import no React or Ink.'})),
          ],
        },
      ],
    },
  },
  {
    files: ['*.config.{js,ts}', 'eslint.config.js'],
    rules: {'no-restricted-syntax': 'off'},
  },
);
