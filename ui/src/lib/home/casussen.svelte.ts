// The Casussen overview and which casus is open. Lives as long as the home frame (a lock drops it).

import { toIpcError, type CasusOverzicht, type CasusStatus, type CoreApi, type Fase } from '../ipc';
import { visibleRows } from './casussen';

export class CasussenService {
  rows: CasusOverzicht[] = $state([]);
  loaded = $state(false);
  error: string | null = $state(null);
  query = $state('');
  fase: Fase | '' = $state('');
  status: CasusStatus | '' = $state('');
  matches: string[] | null = $state.raw(null);
  /** The casus open in the workspace, or null for the overview. */
  openId: string | null = $state(null);

  readonly #api: CoreApi;
  #searchSeq = 0;

  constructor(api: CoreApi) {
    this.#api = api;
  }

  get visible(): CasusOverzicht[] {
    return visibleRows(this.rows, { fase: this.fase, status: this.status, matches: this.matches });
  }

  get filtered(): boolean {
    return this.fase !== '' || this.status !== '' || this.matches !== null;
  }

  async load(): Promise<void> {
    try {
      this.rows = await this.#api.casusList();
      this.error = null;
    } catch (reason) {
      this.error = toIpcError(reason).message;
    } finally {
      this.loaded = true;
    }
  }

  /** Runs casus_search; the last query wins. Empty text clears the search. */
  async search(text: string): Promise<void> {
    this.query = text;
    const seq = ++this.#searchSeq;
    if (text.trim() === '') {
      this.matches = null;
      return;
    }
    try {
      const ids = await this.#api.casusSearch({ tekst: text.trim() });
      if (seq === this.#searchSeq) this.matches = ids;
    } catch (reason) {
      if (seq === this.#searchSeq) this.error = toIpcError(reason).message;
    }
  }

  /** Creates a casus and opens it. Throws `IpcError` (e.g. `invalid` with the core's message). */
  async create(code: string, titel: string): Promise<void> {
    const werkblad = await this.#api.casusCreate({ code: code.trim(), titel: titel.trim() });
    await this.load();
    if (this.query.trim() !== '') await this.search(this.query);
    this.openId = werkblad.casus.id;
  }

  /** Throws `IpcError`. */
  async remove(id: string): Promise<void> {
    await this.#api.casusDelete({ id });
    await this.load();
  }

  open(id: string): void {
    this.openId = id;
  }

  /** Back to the overview, with fresh rows. */
  close(): void {
    this.openId = null;
    void this.load().then(() => (this.query.trim() === '' ? undefined : this.search(this.query)));
  }
}
