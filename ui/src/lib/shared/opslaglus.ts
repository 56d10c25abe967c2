// The autosave loop that the casus workspace and the sessie page share: every change is shown at
// once and queued; saves run one at a time; changes made while a save is under way are saved
// next, together, under one audit phrase (the same phrase when all were alike, `meerdere`
// otherwise). A failed save ends the loop: the owner reloads (conflict) or rolls back (refused)
// and the state becomes 'fout'. Bookkeeping only: the owner saves (`opslaan`) and keeps the draft.

import { toIpcError, type IpcError } from '../ipc';

export type SaveState = 'opgeslagen' | 'opslaan' | 'fout';

export interface Opslagdoel {
  /** Saves the draft under `samenvatting`; false when there is nothing to save (no draft loaded). Throws on failure. */
  opslaan(samenvatting: string): Promise<boolean>;
  /** A save failed with `fout`: reload on a conflict, go back to what is saved otherwise. */
  mislukt(fout: IpcError): Promise<void>;
  /** The save state changed (for the indicator). */
  staat(staat: SaveState): void;
}

export class Opslaglus {
  readonly #doel: Opslagdoel;
  readonly #meerdere: string;
  readonly #wacht: (start: () => void) => void;
  #dirty: string | null = null;
  #saving: Promise<void> | null = null;
  #startNow: (() => void) | null = null;

  /**
   * `meerdere` is the audit phrase for changes of different kinds saved together; `wacht` decides
   * when a save starts after the first change (e.g. after the next paint) by calling `start`.
   */
  constructor(doel: Opslagdoel, meerdere: string, wacht: (start: () => void) => void = (start) => queueMicrotask(start)) {
    this.#doel = doel;
    this.#meerdere = meerdere;
    this.#wacht = wacht;
  }

  /** Queues a save of the draft for a change described by `samenvatting`. */
  queue(samenvatting: string): void {
    this.#dirty = this.#dirty === null || this.#dirty === samenvatting ? samenvatting : this.#meerdere;
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
      while (this.#dirty !== null) {
        const samenvatting = this.#dirty;
        this.#dirty = null;
        try {
          if (!(await this.#doel.opslaan(samenvatting))) break;
        } catch (reason) {
          this.#dirty = null;
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
