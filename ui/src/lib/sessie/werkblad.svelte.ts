// One open sessie: the local draft, autosave through sessie_save and a conflict reload — the
// autosave loop of the casus workspace (shared/opslaglus.ts), without undo.
//
// Every change is applied to a copy of the draft at once (the screen never waits), then saved.
// Saves run one at a time; changes made while a save is under way are saved next, together, with
// the versie the core returned. Text fields save TYPING_DELAY_MS after the last keystroke (or on
// blur); `flush()` saves at once (before a lock, before leaving the page, before a command).
// Nothing is kept outside memory.

import { toIpcError, type CoreApi, type IpcError, type Sessie, type SessieAfronding, type SessieWerkblad } from '../ipc';
import { Opslaglus, type SaveState } from '../shared/opslaglus';
import { Typebuffer } from '../shared/typen';
import { copy } from './copy';

export type { SaveState };

export class SessieService {
  /** The last werkblad from the core (the casussen on the agenda as they are now, open actiepunten). */
  werkblad: SessieWerkblad | null = $state.raw(null);
  /** What the screen shows: the werkblad's sessie plus changes not yet saved. */
  sessie: Sessie | null = $state.raw(null);
  state: SaveState = $state('opgeslagen');
  /** A Dutch message for the last failure or a conflict reload; null when all is well. */
  message: string | null = $state(null);
  loadError: string | null = $state(null);

  readonly #api: CoreApi;
  readonly #id: string;
  readonly #opslag = new Opslaglus(
    {
      opslaan: () => this.#opslaan(),
      mislukt: (fout) => this.#mislukt(fout),
      staat: (staat) => (this.state = staat),
    },
  );
  readonly #typing = new Typebuffer<Sessie>((mutate) => this.change(mutate));

  constructor(api: CoreApi, id: string) {
    this.#api = api;
    this.#id = id;
  }

  get id(): string {
    return this.#id;
  }

  async load(): Promise<void> {
    try {
      this.#accept(await this.#api.sessieOpen({ id: this.#id }));
      this.loadError = null;
    } catch (reason) {
      this.loadError = toIpcError(reason).message;
    }
  }

  /** Applies `mutate` to a copy of the sessie, shows it, and saves it. */
  change(mutate: (sessie: Sessie) => void): void {
    if (!this.sessie) return;
    const next = structuredClone($state.snapshot(this.sessie)) as Sessie;
    mutate(next);
    this.sessie = next;
    this.#queue();
  }

  /** Text being typed into the field `key`: applied and saved once typing pauses. */
  typing(key: string, mutate: (sessie: Sessie) => void): void {
    this.#typing.typing(key, mutate);
  }

  /** Applies the typed-but-not-yet-saved text of `key` now (e.g. on blur). */
  commit(key: string): void {
    this.#typing.commit(key);
  }

  /** Drops the typed-but-not-yet-saved text of `key`. */
  cancel(key: string): void {
    this.#typing.cancel(key);
  }

  /** Saves all typed text at once and waits until every save is done. */
  async flush(): Promise<void> {
    this.#typing.commitAll();
    await this.settled();
  }

  /** Resolves once nothing is waiting to be saved. */
  async settled(): Promise<void> {
    await this.#opslag.settled();
  }

  #queue(): void {
    this.#opslag.queue();
  }

  /** One save of what is on screen, with the versie of the last werkblad. */
  async #opslaan(): Promise<boolean> {
    if (!this.sessie || !this.werkblad) return false;
    const sent = this.sessie;
    const saved = await this.#api.sessieSave({
      sessie: { ...sent, versie: this.werkblad.sessie.versie },
    });
    this.werkblad = saved;
    // Keep later local changes; otherwise take the core's canonical sessie.
    this.sessie = this.sessie === sent ? saved.sessie : { ...this.sessie, versie: saved.sessie.versie };
    this.message = null;
    return true;
  }

  async #mislukt(error: IpcError): Promise<void> {
    if (error.code === 'conflict') {
      await this.load();
      this.message = copy.save.conflict;
    } else if (this.werkblad) {
      // Refused (invalid) or failed: show the core's message and go back to what is saved.
      this.sessie = this.werkblad.sessie;
      this.message = error.message;
    }
  }

  #accept(werkblad: SessieWerkblad): void {
    this.werkblad = werkblad;
    this.sessie = werkblad.sessie;
  }

  /** Takes a werkblad from one of the core's own commands. */
  replace(werkblad: SessieWerkblad): void {
    this.#accept(werkblad);
    this.state = 'opgeslagen';
    this.message = null;
  }

  /**
   * Runs a command on this sessie (starten, afronden) after pending saves, with the current
   * versie. Throws `IpcError` with the core's Dutch message; on a conflict the sessie is reloaded
   * first.
   */
  async #command<T>(run: (id: string, versie: number) => Promise<T>, take: (result: T) => SessieWerkblad): Promise<T | null> {
    await this.flush();
    if (!this.werkblad) return null;
    try {
      const result = await run(this.#id, this.werkblad.sessie.versie);
      this.replace(take(result));
      return result;
    } catch (reason) {
      const error = toIpcError(reason);
      if (error.code === 'conflict') {
        await this.load();
        this.message = copy.save.conflict;
      }
      throw error;
    }
  }

  async starten(): Promise<void> {
    await this.#command(
      (id, versie) => this.#api.sessieStarten({ id, versie }),
      (w) => w,
    );
  }

  async afronden(): Promise<SessieAfronding | null> {
    return this.#command(
      (id, versie) => this.#api.sessieAfronden({ id, versie }),
      (a) => a.werkblad,
    );
  }
}
