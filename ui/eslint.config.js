// ESLint (flat config): TypeScript + Svelte, and the one architectural rule the linter can hold:
// only src/lib/ipc/ may import @tauri-apps/* (the web view talks to the shell in one place).

import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import ts from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import svelteConfig from './svelte.config.js';

const onlyInIpc = 'Alleen src/lib/ipc/ praat met Tauri. Gebruik de CoreApi uit src/lib/ipc.';
const tauriOnlyInIpc = {
  patterns: [
    {
      group: ['@tauri-apps/*', '@tauri-apps/**'],
      message: onlyInIpc,
    },
  ],
};

export default defineConfig(
  { ignores: ['dist/', 'node_modules/', 'src/lib/ipc/bindings/'] },
  js.configs.recommended,
  ts.configs.strict,
  svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts', '**/*.svelte.js'],
    languageOptions: {
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        parser: ts.parser,
        svelteConfig,
      },
    },
  },
  {
    rules: {
      'no-restricted-imports': ['error', tauriOnlyInIpc],
      'no-restricted-syntax': [
        'error',
        { selector: 'ImportExpression[source.value=/^@tauri-apps\\u002F/]', message: onlyInIpc },
        { selector: 'MemberExpression[property.name=/^__TAURI/]', message: onlyInIpc },
      ],
      '@typescript-eslint/no-restricted-imports': 'off',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-restricted-globals': [
        'error',
        { name: 'localStorage', message: 'Niets in WebView-opslag: casusgegevens horen alleen in de kluis.' },
        { name: 'sessionStorage', message: 'Niets in WebView-opslag: casusgegevens horen alleen in de kluis.' },
        { name: 'indexedDB', message: 'Niets in WebView-opslag: casusgegevens horen alleen in de kluis.' },
      ],
      'no-restricted-properties': [
        'error',
        { object: 'window', property: 'localStorage', message: 'Niets in WebView-opslag.' },
        { object: 'window', property: 'sessionStorage', message: 'Niets in WebView-opslag.' },
        { object: 'window', property: 'indexedDB', message: 'Niets in WebView-opslag.' },
      ],
    },
  },
  {
    files: ['src/lib/ipc/**'],
    rules: { 'no-restricted-imports': 'off', 'no-restricted-syntax': 'off' },
  },
  {
    files: ['*.config.js', '*.config.ts'],
    languageOptions: { globals: { ...globals.node } },
  },
);
