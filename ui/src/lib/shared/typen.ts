// Text being typed into a field, held until typing pauses: the casus workspace and the sessie page
// both apply and save a field's change TYPING_DELAY_MS after its last keystroke, at once on blur
// (`commit`), or all together before a lock or navigation (`commitAll`). Bookkeeping only: the
// caller applies the change (`apply`) and owns saving.

/** Text typed into a field is saved this long after the last keystroke (or at once on blur or flush). */
export const TYPING_DELAY_MS = 600;

interface Typed<T> {
  mutate: (draft: T) => void;
  timer: ReturnType<typeof setTimeout>;
}

export class Typebuffer<T> {
  readonly #typed = new Map<string, Typed<T>>();
  readonly #apply: (mutate: (draft: T) => void) => void;

  /** `apply` takes a field's change when its typing is over. */
  constructor(apply: (mutate: (draft: T) => void) => void) {
    this.#apply = apply;
  }

  /** Text typed into `key`: applied once typing pauses (a later keystroke replaces it). */
  typing(key: string, mutate: (draft: T) => void): void {
    const pending = this.#typed.get(key);
    if (pending) clearTimeout(pending.timer);
    const timer = setTimeout(() => this.commit(key), TYPING_DELAY_MS);
    this.#typed.set(key, { mutate, timer });
  }

  /** Applies the text typed into `key` now (e.g. on blur). */
  commit(key: string): void {
    const pending = this.#typed.get(key);
    if (!pending) return;
    clearTimeout(pending.timer);
    this.#typed.delete(key);
    this.#apply(pending.mutate);
  }

  /** Applies every field's typed text now. */
  commitAll(): void {
    for (const key of [...this.#typed.keys()]) this.commit(key);
  }

  /** Drops the text typed into `key` without applying it. */
  cancel(key: string): void {
    const pending = this.#typed.get(key);
    if (pending) clearTimeout(pending.timer);
    this.#typed.delete(key);
  }

  /** Whether typed text is waiting for the pause in typing. */
  get pending(): boolean {
    return this.#typed.size > 0;
  }
}
