// Entry point of the projector window (label `presentatie`): only the presentation, none of the
// vault screens. It reads what the shell made of the sessie, already pseudonymised.

import { mount } from 'svelte';
import './app.css';
import { presentatie } from './lib/ipc/presentatie';
import PresentatieApp from './lib/presentatie/PresentatieApp.svelte';

const target = document.getElementById('app');
if (!target) throw new Error('#app ontbreekt in presentatie.html');

export default mount(PresentatieApp, { target, props: { api: presentatie } });
