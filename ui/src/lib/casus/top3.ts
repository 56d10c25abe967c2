// Edits of step 4, prioriteren. Which situations the top 3 takes and how many are the core's rules
// (`afgeleid.top3` in the werkblad); the screen only offers what the core allows, and the core
// refuses anything else on save.

import type { Casus, Doel } from '../ipc';

/** Adds a situation (one the core offers as a kandidaat) to the next place (in place). */
export function voegToe(casus: Casus, situatieId: string): void {
  casus.top3.plaatsen.push({ situatieId, risicofactoren: [], doelen: [] });
}

export function haalWeg(casus: Casus, situatieId: string): void {
  casus.top3.plaatsen = casus.top3.plaatsen.filter((p) => p.situatieId !== situatieId);
}

/** Moves a place one up (-1) or down (+1); returns false at the edge. */
export function verschuif(casus: Casus, situatieId: string, richting: -1 | 1): boolean {
  const i = casus.top3.plaatsen.findIndex((p) => p.situatieId === situatieId);
  const j = i + richting;
  const a = casus.top3.plaatsen[i];
  const b = casus.top3.plaatsen[j];
  if (i < 0 || !a || !b) return false;
  casus.top3.plaatsen[i] = b;
  casus.top3.plaatsen[j] = a;
  return true;
}

export function toggleRisicofactor(casus: Casus, situatieId: string, risicoId: string): void {
  const plaats = casus.top3.plaatsen.find((p) => p.situatieId === situatieId);
  if (!plaats) return;
  plaats.risicofactoren = plaats.risicofactoren.includes(risicoId)
    ? plaats.risicofactoren.filter((r) => r !== risicoId)
    : [...plaats.risicofactoren, risicoId];
}

/** Adds a doel for the casus's current phase, tracing to the situation. */
export function voegDoelToe(casus: Casus, situatieId: string, tekst: string, id: string = crypto.randomUUID()): Doel | null {
  const plaats = casus.top3.plaatsen.find((p) => p.situatieId === situatieId);
  if (!plaats || tekst.trim() === '') return null;
  const doel: Doel = { id, tekst: tekst.trim(), fase: casus.fase, situaties: [situatieId] };
  plaats.doelen.push(doel);
  return doel;
}

export function verwijderDoel(casus: Casus, doelId: string): void {
  for (const plaats of casus.top3.plaatsen) plaats.doelen = plaats.doelen.filter((d) => d.id !== doelId);
}
