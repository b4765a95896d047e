// Lint, including the folder boundaries of docs/architecture.md: a wrong import fails CI.
import js from '@eslint/js';
import tseslint from 'typescript-eslint';
import globals from 'globals';
import importX from 'eslint-plugin-import-x';
import { dirname, relative, resolve } from 'node:path';

const electronModules = ['electron', 'electron-store', 'electron/*'];
const restrict = (patterns, message) => ({
  'no-restricted-imports': ['error', { patterns: [{ group: patterns, message }] }],
});

/**
 * A capability (electron/capabilities/<name>/, renderer/src/features/<name>/) is entered only
 * through its index.ts (a renderer feature's i18n.ts and feature.ts too): another capability importing one of
 * its inner files is refused.
 */
const doors = {
  meta: {
    type: 'problem',
    schema: [],
    messages: { door: 'Import {{name}} through its index.ts ({{door}}), not its inner file {{file}}.' },
  },
  create(context) {
    const file = relative(process.cwd(), context.filename).split('\\').join('/');
    const roomOf = (path) => path.match(/^(electron\/capabilities|renderer\/src\/features)\/([^/]+)\/(.+)$/);
    const mine = roomOf(file);
    const check = (node) => {
      const spec = node.source?.value;
      if (typeof spec !== 'string' || !spec.startsWith('.')) return;
      const target = relative(process.cwd(), resolve(dirname(context.filename), spec))
        .split('\\')
        .join('/');
      const room = roomOf(target);
      if (!room || (mine && mine[1] === room[1] && mine[2] === room[2])) return;
      // A renderer feature's translation table is data the i18n setup gathers, and its feature.ts
      // (menu, palette, history sentences, pages read when shown) is what the app's shell reads at
      // start: two more doors. index.ts is what other features use, read with their pages.
      if (
        /^index(\.tsx?)?$/.test(room[3]) ||
        (room[1].startsWith('renderer') && /^(i18n(\/[\w-]+)?|feature)(\.ts)?$/.test(room[3]))
      )
        return;
      context.report({
        node: node.source,
        messageId: 'door',
        data: { name: room[2], door: `${room[1]}/${room[2]}/index.ts`, file: room[3] },
      });
    };
    return { ImportDeclaration: check, ExportNamedDeclaration: check, ExportAllDeclaration: check };
  },
};

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
    files: ['electron/**/*.ts', 'shared/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { 'import-x': importX },
    settings: {
      ...importX.flatConfigs.typescript.settings,
      'import-x/resolver-next': [importX.createNodeResolver({ extensions: ['.ts', '.tsx', '.js', '.mjs'] })],
    },
    rules: {
      // No import cycles anywhere: a cycle is how a layout starts to rot.
      'import-x/no-cycle': ['error', { ignoreExternal: true }],
    },
  },
  {
    files: ['electron/**/*.ts', 'renderer/src/**/*.{ts,tsx}'],
    plugins: { ledger: { rules: { doors } } },
    rules: { 'ledger/doors': 'error' },
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
