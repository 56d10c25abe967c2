// Vite builds the web view's assets into ui/dist; the Tauri shell embeds that folder.
// Tauri loads the dev server from a fixed port, so the port is strict.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  plugins: [svelte()],
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
