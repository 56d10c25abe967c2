// The settings service, handed to the settings views through Svelte context (set in App.svelte).

import { createContext } from 'svelte';
import type { SettingsService } from './settings.svelte';

export const [getSettings, setSettings] = createContext<SettingsService>();
