// The CoreApi for features that talk to the core themselves (set in App.svelte).

import { createContext } from 'svelte';
import type { CoreApi } from '../ipc';

export const [getApi, setApi] = createContext<CoreApi>();
