// @ts-check
import eslint from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['dist/', 'node_modules/', 'coverage/', '.data/', 'bench/results/', 'test-output/', 'apps/web/src/gql/'] },
  eslint.configs.recommended,
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts', '**/*.tsx', '**/*.mts'],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'off',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', destructuredArrayIgnorePattern: '^_' }],
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': ['error', { checksVoidReturn: false }],
      'no-console': 'error',
      // The legacy URL parser (deprecated, DEP0169): the WHATWG URL API instead.
      'no-restricted-imports': [
        'error',
        ...['url', 'node:url'].map((name) => ({ name, importNames: ['parse'], message: 'url.parse() is deprecated (DEP0169): use new URL() or URLSearchParams.' })),
      ],
      'no-restricted-properties': ['error', { object: 'url', property: 'parse', message: 'url.parse() is deprecated (DEP0169): use new URL() or URLSearchParams.' }],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs', '**/*.cjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: { globals: globals.node },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
  {
    // The admin app's scripts run in the browser.
    files: ['apps/admin/public/**/*.js'],
    languageOptions: { globals: globals.browser },
  },
  {
    // The web app runs in browsers (its own tsconfig has the DOM types); the service worker too.
    files: ['apps/web/**/*.{ts,tsx,mts}'],
    languageOptions: { globals: globals.browser },
  },
  {
    files: ['apps/web/public/sw.js'],
    languageOptions: { globals: globals.serviceworker },
  },
);
