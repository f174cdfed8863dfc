import js from '@eslint/js';
import pluginQuery from '@tanstack/eslint-plugin-query';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Each feature folder: none may import another (they meet only in src/app). */
const features = [
  'about',
  'add',
  'charts',
  'export',
  'filters',
  'library',
  'map',
  'source',
  'table',
  'timeline',
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'node_modules',
      'test-results',
      'playwright-report',
      '.bench',
      'scripts/.*',
      'tmp-*',
      'lint-probes',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  ...pluginQuery.configs['flat/recommended'],
  { files: ['**/*.{js,mjs}'], languageOptions: { globals: { ...globals.node } } },
  {
    files: ['**/*.{ts,tsx}'],
    languageOptions: {
      // Type-aware rules: each file is checked with the tsconfig of its environment.
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      // Modules imported are parsed as TypeScript too (the cycle rule reads them).
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/resolver-next': [createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'] })],
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      // Hooks are never called conditionally or in loops (React error #520 came from one).
      'react-hooks/rules-of-hooks': 'error',
      // This build does not run the React Compiler; this rule only reports memos it could not take over.
      'react-hooks/preserve-manual-memoization': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      // A promise is awaited, returned, or explicitly let go with `void`.
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: { attributes: false } }],
      // Imports run one way, without cycles.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
      // Every package imported is named in package.json.
      'import-x/no-extraneous-dependencies': 'error',
      // Text from the data is always rendered as text.
      'no-restricted-syntax': [
        'error',
        {
          selector: "JSXAttribute[name.name='dangerouslySetInnerHTML']",
          message: 'Data is shown as text, never as markup.',
        },
      ],
    },
  },
  {
    // Browser code: browser globals only (no `process`); the tests and scripts have Node's.
    files: ['src/**/*.{ts,tsx}'],
    ignores: ['src/**/*.test.{ts,tsx}', 'src/testing/**'],
    languageOptions: { globals: { ...globals.browser } },
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: [{ group: ['node:*'], message: 'Browser code does not use Node modules.' }] },
      ],
      'no-restricted-globals': [
        'error',
        { name: 'process', message: 'Browser code has no `process` (use import.meta.env).' },
      ],
    },
  },
  {
    files: ['src/**/*.test.{ts,tsx}', 'src/testing/**', 'scripts/**', 'e2e/**', '*.ts'],
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
  },
  {
    // The layout, by path (bulletproof-react's import zones): features never import each other or the app;
    // shared code (data, lib, i18n, components, draft) never imports a feature or the app.
    files: ['src/**/*.{ts,tsx}'],
    rules: {
      'import-x/no-restricted-paths': [
        'error',
        {
          zones: [
            ...features.map((feature) => ({
              target: `./src/features/${feature}`,
              from: './src/features',
              except: [`./${feature}`],
              message: 'Features do not import each other: go through the app or src/lib.',
            })),
            { target: './src/features', from: './src/app', message: 'Features do not import the app.' },
            {
              target: ['./src/data', './src/lib', './src/i18n', './src/components', './src/draft'],
              from: ['./src/features', './src/app'],
              message: 'Shared code does not import features or the app.',
            },
            {
              target: './src/lib',
              from: './src/data',
              message: 'lib sits below data: it imports nothing from it, types included.',
            },
          ],
        },
      ],
    },
  },
);
