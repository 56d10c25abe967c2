// Entry point: mounts the app. No service worker, no storage, no remote resources.
// In Vite mode "mock" (`npm run dev:mock`) the app runs against an in-memory core, for UI work
// in a plain browser; a production build replaces the condition with `false` and drops the mock.

import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app ontbreekt in index.html');

let props = {};
if (import.meta.env.MODE === 'mock') {
  const { mockCore } = await import('./lib/ipc/mock');
  const query = new URLSearchParams(location.search);
  props = {
    api: mockCore({
      initial: query.get('kluis') === 'vergrendeld' ? 'vergrendeld' : 'geen',
      vaultDir: query.get('map') ?? undefined,
    }),
  };
}

export default mount(App, { target, props });
