// The oefenomgeving's material for every screen (set in App.svelte).

import { createContext } from 'svelte';
import type { OefenMateriaalService } from './oefen.svelte';

export const [getOefenMateriaal, setOefenMateriaal] = createContext<OefenMateriaalService>();
