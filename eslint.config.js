// One linter for the whole tree. Dependencies point one way:
// web | server | cli -> db -> core -> data (see ARCHITECTURE.md).
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const layer = (files, forbidden, message) => ({
  files,
  // Tests run in Node beside the code they test; the layer rules are for shipped code.
  ignores: ['**/*.test.ts'],
  rules: {
    'no-restricted-imports': [
      'error',
      { patterns: forbidden.map((group) => ({ group: [group], message })) },
    ],
  },
});

const outer = ['**/db/**', '**/server/**', '**/web/**', '**/cli/**'];

export default tseslint.config(
  { ignores: ['node_modules', 'dist', 'coverage', '.tmp'] },
  { files: ['src/web/**/*.{ts,tsx}'], languageOptions: { globals: { ...globals.browser } } },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', ignoreRestSiblings: true },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  layer(
    ['src/core/**/*.ts'],
    [...outer, 'node:*', 'fs', 'path', 'os', 'child_process'],
    'core is pure: no I/O, and it imports only core and data.',
  ),
  layer(
    ['src/data/**/*.ts'],
    ['**/core/**', ...outer, 'node:*'],
    'data is content only: it imports nothing from other layers.',
  ),
  layer(
    ['src/web/**/*.{ts,tsx}'],
    ['**/db/**', '**/server/**', '**/cli/**', 'node:*'],
    'the web page calls core directly and the server over HTTP, nothing else.',
  ),
  layer(
    ['src/db/**/*.ts'],
    ['**/server/**', '**/web/**', '**/cli/**'],
    'db may import core and data only.',
  ),
);
