// Folders are runtimes: each gets the imports its runtime allows, so a stray import fails the suite.
import js from '@eslint/js';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

const nodeBuiltins = ['node:*', 'fs', 'path', 'os', 'http', 'https', 'net', 'crypto', 'child_process', 'url'];
const googleWhole = {
  name: 'googleapis',
  message: "Import only the Meet module ('googleapis/build/src/apis/meet/v2.js'); the whole package costs ~380 ms and ~160 MB.",
};
const electronOnlyInShell = { name: 'electron', message: 'Only electron/shell and electron/preload may import electron.' };

/** Builds a no-restricted-imports rule from module names and glob patterns. */
const restrict = (paths, patterns = []) => ({
  'no-restricted-imports': ['error', { paths, patterns: patterns.map((group) => ({ group, message: `Not allowed in this folder: ${group.join(', ')}.` })) }],
});

export default tseslint.config(
  { ignores: ['dist/**', 'release/**', 'node_modules/**', '.tsbuild/**', 'test-results/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      'no-restricted-imports': ['error', { paths: [googleWhole, electronOnlyInShell] }],
    },
  },
  {
    files: ['shared/**/*.ts'],
    rules: restrict([googleWhole, electronOnlyInShell, 'react', 'keytar', 'electron-store', 'conf', 'ws'].map((p) => (typeof p === 'string' ? { name: p } : p)), [nodeBuiltins]),
  },
  {
    files: ['renderer/**/*.{ts,tsx}'],
    languageOptions: { globals: { ...globals.browser } },
    plugins: { 'react-hooks': reactHooks },
    rules: {
      ...restrict([googleWhole, electronOnlyInShell, { name: 'keytar' }, { name: 'electron-store' }, { name: 'conf' }, { name: 'ws' }], [nodeBuiltins, ['**/electron/**']]),
      // Hooks called in a fixed order, and effects that list what they read (react.dev/reference/rules/rules-of-hooks).
      'react-hooks/rules-of-hooks': 'error',
      'react-hooks/exhaustive-deps': 'error',
    },
  },
  {
    files: ['electron/core/**/*.ts'],
    rules: restrict(
      [googleWhole, electronOnlyInShell, { name: 'keytar' }, { name: 'electron-store' }, { name: 'conf' }, { name: 'google-auth-library' }, { name: 'ws' }],
      [['googleapis/*'], ['**/adapters/**', '**/shell/**', '**/bridge/**', '**/emulator/**', '@quickmeet/emulator', '@quickmeet/emulator/*', '**/renderer/**']],
    ),
  },
  {
    files: ['electron/adapters/**/*.ts', 'electron/host/**/*.ts', 'electron/bridge/**/*.ts', 'electron/cli/**/*.ts'],
    rules: restrict([googleWhole, electronOnlyInShell], [['**/shell/**', '**/preload/**', '**/renderer/**']]),
  },
  {
    // Workspace packages stand alone: nothing from the app's folders, only other packages by name.
    files: ['packages/**/*.ts'],
    rules: restrict([googleWhole, electronOnlyInShell], [['**/electron/**', '**/shared/**', '**/renderer/**', '**/test/support/**', '**/bench/**']]),
  },
  {
    files: ['electron/shell/**/*.ts', 'electron/preload/**/*.ts', 'electron/main.ts'],
    rules: { 'no-restricted-imports': ['error', { paths: [googleWhole] }] },
  },
  {
    // The app loads the emulator with import() in demo mode only, so its bundles leave it out (scripts/build.mjs).
    files: ['electron/**/*.ts'],
    rules: {
      '@typescript-eslint/no-restricted-imports': [
        'error',
        {
          paths: [{ name: '@quickmeet/emulator', allowTypeImports: true, message: "Load it with import('@quickmeet/emulator') in demo mode only." }],
          patterns: [{ group: ['@quickmeet/emulator/*'], allowTypeImports: true, message: "Load it with import('@quickmeet/emulator') in demo mode only." }],
        },
      ],
    },
  },
  {
    // Opening URLs goes through one allow-listing module.
    files: ['electron/**/*.ts'],
    ignores: ['electron/shell/electron-url-opener.ts'],
    rules: {
      'no-restricted-properties': ['error', { object: 'shell', property: 'openExternal', message: 'Use the UrlOpener port (electron-url-opener.ts).' }],
    },
  },
);
