// The autosave loop that the casus workspace and the sessie page share: every change is shown at
// once and queued; saves run one at a time; changes made while a save is under way are saved
// next, together (the core names what changed in the audit trail; the UI describes nothing). A
// failed save ends the loop: the owner reloads (conflict) or rolls back (refused)
// and the state becomes 'fout'. Bookkeeping only: the owner saves (`opslaan`) and keeps the draft.

import { toIpcError, type IpcError } from '../ipc';

export type SaveState = 'opgeslagen' | 'opslaan' | 'fout';

export interface Opslagdoel {
  /** Saves the draft; false when there is nothing to save (no draft loaded). Throws on failure. */
  opslaan(): Promise<boolean>;
  /** A save failed with `fout`: reload on a conflict, go back to what is saved otherwise. */
  mislukt(fout: IpcError): Promise<void>;
  /** The save state changed (for the indicator). */
  staat(staat: SaveState): void;
}

export class Opslaglus {
  readonly #doel: Opslagdoel;
  readonly #wacht: (start: () => void) => void;
  #dirty = false;
  #saving: Promise<void> | null = null;
  #startNow: (() => void) | null = null;

  /** `wacht` decides when a save starts after the first change (e.g. after the next paint) by calling `start`. */
  constructor(doel: Opslagdoel, wacht: (start: () => void) => void = (start) => queueMicrotask(start)) {
    this.#doel = doel;
    this.#wacht = wacht;
  }

  /** Queues a save of the draft. */
  queue(): void {
    this.#dirty = true;
    this.#doel.staat('opslaan');
    this.#saving ??= this.#run();
  }

  /** Resolves once nothing is waiting to be saved; a save still waiting to start starts now. */
  async settled(): Promise<void> {
    while (this.#saving) {
      this.#startNow?.();
      await this.#saving;
    }
  }

  async #run(): Promise<void> {
    try {
      await new Promise<void>((resolve) => {
        this.#startNow = resolve;
        this.#wacht(resolve);
      });
      this.#startNow = null;
      while (this.#dirty) {
        this.#dirty = false;
        try {
          if (!(await this.#doel.opslaan())) break;
        } catch (reason) {
          this.#dirty = false;
          await this.#doel.mislukt(toIpcError(reason));
          this.#doel.staat('fout');
          return;
        }
      }
      this.#doel.staat('opgeslagen');
    } finally {
      this.#saving = null;
    }
  }
}
