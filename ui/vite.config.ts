/// <reference types="node" />
// Vite builds the web view's assets into ui/dist; the Tauri shell embeds that folder.
// Tauri loads the dev server from a fixed port, so the port is strict.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

/**
 * Lists the npm packages whose code ends up in the built UI (in target/, outside the embedded
 * dist/): `cargo xtask dist` puts their licences in the third-party notices of every package.
 */
function bundledPackages(): Plugin {
  return {
    name: 'top3-bundled-packages',
    apply: 'build',
    generateBundle(_options, bundle) {
      const names = new Set<string>();
      for (const chunk of Object.values(bundle)) {
        if (chunk.type !== 'chunk') continue;
        for (const [id, module] of Object.entries(chunk.modules)) {
          const m = /node_modules\/((?:@[^/]+\/)?[^/]+)\//.exec(id.replaceAll('\\', '/'));
          if (m?.[1] && module.renderedLength > 0) names.add(m[1]);
        }
      }
      const out = resolve(dirname(fileURLToPath(import.meta.url)), '../target/ui-bundled-packages.json');
      mkdirSync(dirname(out), { recursive: true });
      writeFileSync(out, `${JSON.stringify([...names].sort(), null, 2)}\n`);
    },
  };
}

export default defineConfig({
  plugins: [svelte(), bundledPackages()],
  clearScreen: false,
  server: {
    port: 1420,
    strictPort: true,
    watch: { ignored: ['**/src-tauri/**', '**/target/**'] },
  },
  build: {
    outDir: 'dist',
    emptyOutDir: true,
    target: 'safari16',
    // No inline assets: everything is a file served from 'self' (strict CSP, see index.html).
    assetsInlineLimit: 0,
    modulePreload: { polyfill: false },
    sourcemap: false,
    // Two pages: the app, and the projector window of an MDA++ sessie (none of the vault screens).
    rollupOptions: {
      input: { main: 'index.html', presentatie: 'presentatie.html' },
    },
  },
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
  },
});
