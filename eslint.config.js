// Lint, including the folder boundaries of docs/architecture.md: a wrong import fails CI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';

const electronModules = ['electron', 'electron-store', 'electron/*'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

export default tseslint.config(
  {
    ignores: [
      'dist/**',
      'release/**',
      'node_modules/**',
      'test-results/**',
      'playwright-report/**',
      'bench/results/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict(
      ['node:*', ...electronModules, '**/electron/**', '**/renderer/**', 'react', 'react-dom', 'antd'],
      'shared/ runs everywhere: no node: modules, no Electron, no DOM libraries, nothing of electron/ or renderer/.',
    ),
  },
  {
    files: ['electron/**/*.ts'],
    ignores: ['electron/main.ts', 'electron/preload.ts', 'electron/platform/**'],
    languageOptions: { globals: globals.node },
    rules: restrict(
      [...electronModules, '**/renderer/**', 'react', 'react-dom', 'antd'],
      'Only electron/main.ts, electron/preload.ts and electron/platform/ may import electron or electron-store; the rest of electron/ runs in plain Node.',
    ),
  },
  {
    files: ['electron/main.ts', 'electron/preload.ts', 'electron/platform/**/*.ts'],
    languageOptions: { globals: globals.node },
    rules: restrict(['**/renderer/**'], 'The main process never imports renderer code.'),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    ignores: ['renderer/vite.config.ts'],
    languageOptions: { globals: globals.browser },
    rules: restrict(
      ['node:*', ...electronModules, '**/electron/**', 'fs', 'path', 'child_process'],
      'renderer/ runs in the sandboxed page: shared/ and browser libraries only, never Node or Electron.',
    ),
  },
  {
    files: [
      'tests/**/*.{ts,cjs}',
      'scripts/**/*.{ts,mjs,js}',
      '*.config.{ts,js}',
      'renderer/vite.config.ts',
      'bin/**/*.cjs',
    ],
    languageOptions: { globals: { ...globals.node } },
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
