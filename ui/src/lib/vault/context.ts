// The one VaultSession of the app, handed to views through Svelte context (set in App.svelte).

import { createContext } from 'svelte';
import type { VaultSession } from './session.svelte';

export const [getSession, setSession] = createContext<VaultSession>();
