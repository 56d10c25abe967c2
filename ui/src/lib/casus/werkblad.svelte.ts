// One open casus: the local draft, autosave through casus_save, conflict reload and undo.
//
// Every change is applied to a copy of the draft at once (the screen never waits), then saved.
// Saves run one at a time; changes made while a save is under way are saved next, together, with
// the versie the core returned. The undo stack holds whole casus objects (Ctrl+Z re-saves the
// previous one with the current versie). Nothing is kept outside memory. Text fields save while
// typing, TYPING_DELAY_MS after the last keystroke; `flush()` saves at once (before a manual lock).
//
// Speed with a large casus (500 items): a change copies the casus, applies the change and then
// shares every unchanged part with the casus before it (share.ts), so the screen re-renders only
// what changed, and the undo stack holds references, not copies. The objects are immutable (frozen
// in development). The save itself starts after the next paint, so the change is on screen first;
// `settled()` and `flush()` start it at once.

import { toIpcError, type Casus, type CasusWerkblad, type Categorie, type CoreApi, type Faseverzoek, type Informatie, type IpcError, type PlanFeiten } from '../ipc';
import { Opslaglus, type SaveState } from '../shared/opslaglus';
import { Typebuffer } from '../shared/typen';
import { copy } from './copy';
import { byLane } from './ordenen';
import { deepFreeze, share } from './share';

export type { SaveState };

/** How many changes Ctrl+Z can take back. */
export const UNDO_DEPTH = 50;


/** Calls `run` once the next frame is drawn (or after 100 ms, e.g. in a hidden window or in tests). */
function afterPaint(run: () => void): void {
  let done = false;
  const once = () => {
    if (done) return;
    done = true;
    run();
  };
  setTimeout(once, 100);
  if (typeof requestAnimationFrame === 'function') requestAnimationFrame(() => setTimeout(once, 0));
}

function frozen<T>(value: T): T {
  return import.meta.env.DEV ? deepFreeze(value) : value;
}


export class WerkbladService {
  /** The last werkblad from the core (volledigheid, signalen, fasepoort, doorlooptijd). */
  werkblad: CasusWerkblad | null = $state.raw(null);
  /** What the screen shows: the werkblad's casus plus changes not yet saved. */
  casus: Casus | null = $state.raw(null);
  state: SaveState = $state('opgeslagen');
  /** A Dutch message for the last failure or a conflict reload; null when all is well. */
  message: string | null = $state(null);
  loadError: string | null = $state(null);
  undoCount = $state(0);
  #lanes: Record<Categorie, Informatie[]> | null = null;
  /** The informatie-items per lane, computed once per change; a lane that did not change keeps its array. */
  lanes: Record<Categorie, Informatie[]> = $derived.by(() => {
    const next = byLane(this.casus?.informatie ?? []);
    const prev = this.#lanes;
    if (prev) for (const cat of Object.keys(next) as Categorie[]) if (sameItems(prev[cat], next[cat])) next[cat] = prev[cat];
    this.#lanes = next;
    return next;
  });

  /** What the core derived for this plan version at the last save. */
  planFeiten(id: string): PlanFeiten | undefined {
    return this.werkblad?.afgeleid.plannen.find((p) => p.id === id);
  }

  /**
   * The trail of a plandoel as the core derived it ("Gaat over top-3 situatie 1: …"); null when
   * it has none, undefined while the doel is not saved yet.
   */
  spoor(planId: string, doelId: string): string | null | undefined {
    return this.planFeiten(planId)?.sporen.find((s) => s.doelId === doelId)?.spoor;
  }

  /** Today as the core's rules see it (YYYY-MM-DD): the date a new kindcheck, score or verspreiding gets. */
  get vandaag(): string {
    return this.werkblad?.afgeleid.vandaag ?? '';
  }

  readonly #api: CoreApi;
  readonly #id: string;
  #undo: Casus[] = [];
  readonly #opslag = new Opslaglus(
    {
      opslaan: () => this.#opslaan(),
      mislukt: (fout) => this.#mislukt(fout),
      staat: (staat) => (this.state = staat),
    },
    afterPaint,
  );
  readonly #typing = new Typebuffer<Casus>((mutate) => this.change(mutate));

  constructor(api: CoreApi, id: string) {
    this.#api = api;
    this.#id = id;
  }

  async load(): Promise<void> {
    try {
      this.#accept(await this.#api.casusOpen({ id: this.#id }));
      this.loadError = null;
    } catch (reason) {
      this.loadError = toIpcError(reason).message;
    }
  }

  /** Applies `mutate` to a copy of the casus, shows it, and saves it. */
  change(mutate: (casus: Casus) => void): void {
    if (!this.casus) return;
    const before = this.casus;
    const next = structuredClone(before);
    mutate(next);
    this.#undo.push(before);
    if (this.#undo.length > UNDO_DEPTH) this.#undo.shift();
    this.undoCount = this.#undo.length;
    this.casus = frozen(share(before, next));
    this.#queue();
  }

  /** Puts back the casus as it was before the last change, and saves that. */
  undo(): boolean {
    const previous = this.#undo.pop();
    this.undoCount = this.#undo.length;
    if (!previous || !this.casus) return false;
    this.casus = frozen({ ...previous, versie: this.casus.versie });
    this.#queue();
    return true;
  }

  /**
   * Text being typed into the field `key`: applied and saved once typing pauses for
   * `TYPING_DELAY_MS` (a later keystroke in the same field replaces the pending change).
   */
  typing(key: string, mutate: (casus: Casus) => void): void {
    this.#typing.typing(key, mutate);
  }

  /** Applies the typed-but-not-yet-saved text of `key` now (e.g. on blur). */
  commit(key: string): void {
    this.#typing.commit(key);
  }

  /** Drops the typed-but-not-yet-saved text of `key` (the caller saves the field itself). */
  cancel(key: string): void {
    this.#typing.cancel(key);
  }

  /** Whether typed text is waiting for the pause in typing. */
  get typingPending(): boolean {
    return this.#typing.pending;
  }

  /** Saves all typed text at once and waits until every save is done (before a lock). */
  async flush(): Promise<void> {
    this.#typing.commitAll();
    await this.settled();
  }

  /** Resolves once nothing is waiting to be saved (a save waiting for the paint starts now). */
  async settled(): Promise<void> {
    await this.#opslag.settled();
  }

  #queue(): void {
    this.#opslag.queue();
  }

  /** One save of what is on screen, with the versie of the last werkblad. */
  async #opslaan(): Promise<boolean> {
    if (!this.casus || !this.werkblad) return false;
    const sent = this.casus;
    const saved = await this.#api.casusSave({
      casus: { ...sent, versie: this.werkblad.casus.versie },
    });
    // The core's canonical casus, sharing the objects that did not change.
    const canon = frozen(share(sent, saved.casus));
    this.werkblad = { ...saved, casus: canon };
    // Keep later local changes; otherwise take the core's canonical casus.
    this.casus = this.casus === sent ? canon : frozen({ ...this.casus, versie: canon.versie });
    this.message = null;
    return true;
  }

  async #mislukt(error: IpcError): Promise<void> {
    if (error.code === 'conflict') {
      this.#undo = [];
      this.undoCount = 0;
      await this.load();
      this.message = copy.save.conflict;
    } else if (this.werkblad) {
      // Refused (invalid) or failed: show the core's message and go back to what is saved.
      this.casus = this.werkblad.casus;
      this.#undo.pop();
      this.undoCount = this.#undo.length;
      this.message = error.message;
    }
  }

  #accept(werkblad: CasusWerkblad): void {
    const casus = frozen(this.casus ? share(this.casus, werkblad.casus) : werkblad.casus);
    this.werkblad = { ...werkblad, casus };
    this.casus = casus;
  }

  /**
   * Moves the casus to another phase through the core's fasepoort, after pending saves. Throws
   * `IpcError` (`invalid` with the core's Dutch message, e.g. a missing afwijkingsreden); on a
   * conflict the casus is reloaded first.
   */
  async changePhase(verzoek: Faseverzoek): Promise<void> {
    await this.settled();
    if (!this.werkblad) return;
    try {
      this.replace(await this.#api.casusChangePhase({ id: this.#id, versie: this.werkblad.casus.versie, verzoek }));
    } catch (reason) {
      const error = toIpcError(reason);
      if (error.code === 'conflict') {
        await this.load();
        this.message = copy.save.conflict;
      }
      throw error;
    }
  }

  /**
   * Runs one of the core's own commands on this casus (the plan commands: nieuw, vaststellen,
   * concept verwijderen) after typed text is saved, with the current versie, and takes the
   * werkblad it returns. Throws `IpcError` with the core's Dutch message; on a conflict the casus
   * is reloaded first.
   */
  async command(run: (casusId: string, versie: number) => Promise<CasusWerkblad>): Promise<void> {
    await this.flush();
    if (!this.werkblad) return;
    try {
      this.replace(await run(this.#id, this.werkblad.casus.versie));
    } catch (reason) {
      const error = toIpcError(reason);
      if (error.code === 'conflict') {
        await this.load();
        this.message = copy.save.conflict;
      }
      throw error;
    }
  }

  /** After a phase change (its own command): take the new werkblad. */
  replace(werkblad: CasusWerkblad): void {
    this.#undo = [];
    this.undoCount = 0;
    this.#accept(werkblad);
    this.state = 'opgeslagen';
    this.message = null;
  }
}

function sameItems(a: readonly Informatie[], b: readonly Informatie[]): boolean {
  return a.length === b.length && a.every((item, i) => item === b[i]);
}
