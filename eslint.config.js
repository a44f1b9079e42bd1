// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import domainImports from './scripts/eslint/domain-imports.mjs';

/** What the renderer must never import: it runs sandboxed, with no Node and no database. */
const rendererForbidden = {
  paths: [
    { name: 'better-sqlite3', message: 'The renderer has no database: ask main through the contract.' },
    { name: 'electron', message: 'The renderer talks to main only through src-renderer/src/api/client.ts.' },
    ...['fs', 'path', 'os', 'child_process', 'crypto', 'http', 'worker_threads', 'url', 'util', 'stream', 'events', 'buffer'].map((name) => ({
      name,
      message: 'No Node built-ins in the renderer.',
    })),
  ],
  patterns: [
    { group: ['node:*'], message: 'No Node built-ins in the renderer.' },
    { group: ['**/src-main/**', '../../src-main/*', '**/src-main'], message: 'The renderer may not import main-process modules.' },
    { group: ['better-sqlite3/*', 'electron/*'], message: 'Not in the renderer.' },
    { group: ['**/oracle/**', '**/filter-sql*'], message: 'The SQL filter engine lives only in tests/oracle as a test oracle.' },
  ],
};

export default tseslint.config(
  { ignores: ['out/**', 'out-test/**', 'dist/**', 'node_modules/**', '.electron-native/**', 'test-results/**', 'coverage/**', 'tmp/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      eqeqeq: ['error', 'smart'],
      'no-console': 'off',
    },
  },
  {
    // Main is organised by domain (docs/architecture.md): another domain is entered only through its
    // index.ts, and SQL is prepared only in a domain's repository files and in db/ (migrations,
    // opening, backups). The rpc registry and the CLI entry wire every domain's handlers and commands.
    files: ['src-main/**/*.ts'],
    plugins: { regioscan: { rules: { 'domain-imports': domainImports } } },
    rules: {
      'regioscan/domain-imports': [
        'error',
        {
          root: 'src-main',
          infrastructure: ['db', 'rpc', 'cli', 'workbook', 'electron', 'serve'],
          wiring: {
            'src-main/rpc/handlers.ts': ['handlers.ts'],
            'src-main/cli/main.ts': ['cli.ts'],
            'src-main/electron/main.ts': ['worker.ts'],
          },
        },
      ],
      'no-restricted-syntax': [
        'error',
        {
          selector: "CallExpression[callee.property.name='prepare']",
          message: 'SQL is prepared only in a domain repository file (repository.ts, *-repository.ts) or in src-main/db/.',
        },
      ],
    },
  },
  {
    files: ['src-main/**/repository.ts', 'src-main/**/*-repository.ts', 'src-main/db/**/*.ts'],
    rules: { 'no-restricted-syntax': 'off' },
  },
  {
    // The SQL filter is a test oracle only (tests/oracle/): production answers every query from the index.
    files: ['src-main/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['**/oracle/**', '**/filter-sql*'], message: 'The SQL filter engine lives only in tests/oracle as a test oracle.' }] },
      ],
    },
  },
  {
    files: ['src-renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': ['error', rendererForbidden],
    },
  },
  {
    // The published website: Preact in any browser, from file:// too; it reads only its own page.
    files: ['src-site/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'no-restricted-imports': [
        'error',
        {
          paths: [
            ...rendererForbidden.paths,
            ...['react', 'react-dom', '@mantine/core'].map((name) => ({ name, message: 'The published site uses Preact (a few KB), not React or Mantine.' })),
          ],
          patterns: [...rendererForbidden.patterns, { group: ['**/src-renderer/**'], message: 'The published site does not import the app’s renderer.' }],
        },
      ],
    },
  },
  {
    files: ['src-shared/**/*.ts'],
    ignores: ['src-shared/preload.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [{ name: 'electron', message: 'Shared code runs in both processes.' }, { name: 'better-sqlite3', message: 'Shared code has no database.' }, { name: 'react', message: 'Shared code has no UI.' }],
          patterns: [
            { group: ['node:*', '**/src-main/**', '**/src-renderer/**'], message: 'Shared code imports neither Node, main nor renderer modules.' },
            { group: ['**/oracle/**', '**/filter-sql*'], message: 'The SQL filter engine lives only in tests/oracle as a test oracle.' },
          ],
        },
      ],
    },
  },
);
