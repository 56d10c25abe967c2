// Pure helpers of the MDA++ presentation: which key does what, the timer as text, and the one-line
// summary the voorzitter sees of what is on the wall.

import type { Presentatieactie, Presentatiebeeld } from '../ipc/presentatie';

/** The voorzitter's keys, the same in both windows. `null`: not ours. */
export function toetsActie(key: string): Presentatieactie | null {
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return { soort: 'volgendeStap' };
    case 'ArrowLeft':
    case 'PageUp':
      return { soort: 'vorigeStap' };
    case 'n':
    case 'N':
      return { soort: 'volgendeCasus' };
    case 'v':
    case 'V':
      return { soort: 'vorigeCasus' };
    case 't':
    case 'T':
      return { soort: 'timer' };
    default:
      return null;
  }
}

/** ↓ / ↑ read further on a long step (-1 up, 1 down, 0: not a reading key); the wall has no mouse. */
export function leesToets(key: string): -1 | 0 | 1 {
  if (key === 'ArrowDown') return 1;
  if (key === 'ArrowUp') return -1;
  return 0;
}

/** Whether a key event belongs to the page (a field, a modifier, an open dialog) rather than to us. */
export function hoortBijVeld(event: KeyboardEvent): boolean {
  if (event.ctrlKey || event.metaKey || event.altKey || event.defaultPrevented) return true;
  const t = event.target;
  if (typeof HTMLElement === 'undefined' || !(t instanceof HTMLElement)) return false;
  return ['INPUT', 'TEXTAREA', 'SELECT'].includes(t.tagName) || t.isContentEditable;
}

/** "4:05", "1:02:03": minutes and seconds, hours when needed. */
export function tijd(seconden: number): string {
  const s = Math.max(0, Math.floor(seconden));
  const uur = Math.floor(s / 3600);
  const min = Math.floor((s % 3600) / 60);
  const sec = String(s % 60).padStart(2, '0');
  return uur > 0 ? `${uur}:${String(min).padStart(2, '0')}:${sec}` : `${min}:${sec}`;
}

/** The timer now: the shell's seconds when it sent the beeld, plus what passed since while it runs. */
export function timerNu(beeld: Presentatiebeeld, ontvangenMs: number, nuMs: number): number {
  const erbij = beeld.timerLoopt ? Math.max(0, Math.floor((nuMs - ontvangenMs) / 1000)) : 0;
  return beeld.timerSeconden + erbij;
}

/** Past the agendapunt's time slot. */
export function overTijd(beeld: Presentatiebeeld, seconden: number): boolean {
  return beeld.duurSeconden > 0 && seconden > beeld.duurSeconden;
}

/** "OEF-05 · casus 1 van 2 · Ordenen (stap 3 van 7)". */
export function samenvatting(beeld: Presentatiebeeld): string {
  return `${beeld.casusCode} · casus ${beeld.agendaNummer} van ${beeld.agendaAantal} · ${beeld.stapLabel} (stap ${beeld.stapNummer} van ${beeld.stapAantal})`;
}
