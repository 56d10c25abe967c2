// Entry point: mounts the app. No service worker, no storage, no remote resources.

import { mount } from 'svelte';
import './app.css';
import App from './App.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app ontbreekt in index.html');

export default mount(App, { target });
