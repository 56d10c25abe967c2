// The oefenomgeving's state in the UI: the material (descriptions, uitleg, passphrase), loaded once
// per stay in the oefenomgeving, and per home frame which oefen screen is open.

import { toIpcError, type CoreApi, type Oefenmateriaal } from '../ipc';

export class OefenMateriaalService {
  materiaal: Oefenmateriaal | null = $state(null);
  error: string | null = $state(null);
  readonly #api: CoreApi;
  #loading: Promise<void> | null = null;

  constructor(api: CoreApi) {
    this.#api = api;
  }

  /** Loads the material once (again after a failure). */
  load(): Promise<void> {
    if (this.materiaal) return Promise.resolve();
    this.#loading ??= this.#api
      .oefenMateriaal()
      .then((m) => {
        this.materiaal = m;
        this.error = null;
      })
      .catch((reason: unknown) => {
        this.error = toIpcError(reason).message;
      })
      .finally(() => (this.#loading = null));
    return this.#loading;
  }
}

/** Which oefen screen the home frame shows instead of the list or the workspace. */
export type OefenScherm = { soort: 'demo' | 'vergelijk'; id: string; code: string } | null;

export class OefenNavigatie {
  scherm: OefenScherm = $state(null);

  demonstreer(id: string, code: string): void {
    this.scherm = { soort: 'demo', id, code };
  }

  vergelijk(id: string, code: string): void {
    this.scherm = { soort: 'vergelijk', id, code };
  }

  sluit(): void {
    this.scherm = null;
  }
}
