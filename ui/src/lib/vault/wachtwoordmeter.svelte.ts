// The strength meter under a new passphrase: asks the core for its verdict (the rule lives in
// src/vault/wachtwoord.rs only) at most once per pause in typing, and turns that verdict into
// what the form shows. No rule here: only when to ask and how to show the answer.

import type { Wachtwoordoordeel } from '../ipc';
import { copy } from './copy';

/** Wait after the last keystroke before asking the core. */
export const BEOORDEEL_NA_MS = 150;

export type StrengthLevel = 'leeg' | 'zwak' | 'voldoende' | 'sterk';

export interface Weergave {
  level: StrengthLevel;
  /** The core's explanation, shown under the label and read by screen readers. */
  hint: string;
}

export type Beoordeel = (passphrase: string, profileName: string | null) => Promise<Wachtwoordoordeel>;

/** What the form shows for `oordeel` (null: no passphrase yet, or no verdict to show). */
export function weergave(oordeel: Wachtwoordoordeel | null): Weergave {
  if (oordeel === null) return { level: 'leeg', hint: copy.passphrase.empty };
  const hint = oordeel.uitleg.join(' ');
  if (!oordeel.voldoende) return { level: 'zwak', hint };
  return { level: oordeel.score >= 4 ? 'sterk' : 'voldoende', hint };
}

export class Wachtwoordmeter {
  /** The core's verdict on the passphrase last asked about; null while it is empty. */
  oordeel: Wachtwoordoordeel | null = $state(null);
  /** `oordeel` is about the passphrase as it is now (not one typed before the pause ends). */
  actueel = $state(true);
  /** The verdict on the passphrase as it is now, or null: what a form problem may rest on. */
  readonly geldend: Wachtwoordoordeel | null = $derived(this.actueel ? this.oordeel : null);
  readonly weergave: Weergave = $derived(weergave(this.oordeel));

  readonly #beoordeel: Beoordeel;
  readonly #wacht: number;
  #timer: ReturnType<typeof setTimeout> | undefined;
  /** Bumped on every change, so a late answer about an earlier passphrase is dropped. */
  #vraag = 0;

  constructor(beoordeel: Beoordeel, wacht = BEOORDEEL_NA_MS) {
    this.#beoordeel = beoordeel;
    this.#wacht = wacht;
  }

  /** The passphrase (or the profile name) changed: ask again after a pause in typing. */
  update(passphrase: string, profileName: string | null = null): void {
    this.#stop();
    const vraag = ++this.#vraag;
    if (passphrase === '') {
      this.oordeel = null;
      this.actueel = true;
      return;
    }
    // The shown verdict stays until the new one arrives (no flicker); a form problem does not.
    this.actueel = false;
    this.#timer = setTimeout(() => void this.#vraagNu(vraag, passphrase, profileName), this.#wacht);
  }

  /**
   * The verdict on `passphrase` now (on submit): no waiting for the pause. Null when it is empty or
   * the core could not be asked; the core applies the rule again when the form is sent.
   */
  async nu(passphrase: string, profileName: string | null = null): Promise<Wachtwoordoordeel | null> {
    this.#stop();
    const vraag = ++this.#vraag;
    if (passphrase === '') {
      this.oordeel = null;
      this.actueel = true;
      return null;
    }
    this.actueel = false;
    return this.#vraagNu(vraag, passphrase, profileName);
  }

  /** Stops a pending question (the form goes away, or the vault locks). */
  dispose(): void {
    this.#stop();
    this.#vraag += 1;
  }

  async #vraagNu(vraag: number, passphrase: string, profileName: string | null): Promise<Wachtwoordoordeel | null> {
    let oordeel: Wachtwoordoordeel | null;
    try {
      oordeel = await this.#beoordeel(passphrase, profileName);
    } catch {
      oordeel = null;
    }
    if (vraag === this.#vraag) {
      this.oordeel = oordeel;
      this.actueel = true;
    }
    return oordeel;
  }

  #stop(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }
}
