// Pure logic of step 1, ordenen: new items, keys 0–4 to lanes, and moving an item without leaving
// references the core would refuse (the top 3 holds only onveilige situaties, and so on).

import type { Aard, Casus, Categorie, Informatie } from '../ipc';
import { LANES } from '../shared/labels';

/** "1"–"4" → the lane; "0" → nog te ordenen; anything else → null. */
export function laneForKey(key: string): Categorie | null {
  if (key === '0') return 'nogTeOrdenen';
  const n = Number(key);
  return Number.isInteger(n) && n >= 1 && n <= LANES.length && key.length === 1 ? (LANES[n - 1] ?? null) : null;
}

export function newItem(tekst: string, bron: string, aard: Aard | null, id: string = crypto.randomUUID()): Informatie {
  return { id, tekst: tekst.trim(), bron: bron.trim(), datum: null, aard, categorie: 'nogTeOrdenen', betrokkenen: [] };
}

/** Items per lane, in the order they were captured. */
export function byLane(items: readonly Informatie[]): Record<Categorie, Informatie[]> {
  const out: Record<Categorie, Informatie[]> = {
    nogTeOrdenen: [],
    onveiligeSituatie: [],
    risicofactor: [],
    beschermendeFactor: [],
    schade: [],
  };
  for (const item of items) out[item.categorie].push(item);
  return out;
}

/**
 * Moves one item (in place). Leaving "onveilige situatie" drops its concretisering, taxatie and
 * top-3 place; leaving "risicofactor" unlinks it from the top 3. Returns false when nothing moved.
 */
export function moveItem(casus: Casus, id: string, naar: Categorie): boolean {
  const item = casus.informatie.find((i) => i.id === id);
  if (!item || item.categorie === naar) return false;
  const van = item.categorie;
  item.categorie = naar;
  if (van === 'onveiligeSituatie') dropSituatie(casus, id);
  if (van === 'risicofactor') {
    for (const plaats of casus.top3.plaatsen) plaats.risicofactoren = plaats.risicofactoren.filter((r) => r !== id);
  }
  return true;
}

/** Removes an item and every reference to it (in place). */
export function removeItem(casus: Casus, id: string): void {
  casus.informatie = casus.informatie.filter((i) => i.id !== id);
  dropSituatie(casus, id);
  for (const plaats of casus.top3.plaatsen) plaats.risicofactoren = plaats.risicofactoren.filter((r) => r !== id);
}

// The cascades below are the core's (`Casus::item_verwijderen`, `Casus::item_ordenen`), copied
// for instant feedback and undo and tested against the core's results (bewerkingen.contract.test.ts).
function dropSituatie(casus: Casus, id: string): void {
  casus.concretiseringen = casus.concretiseringen.filter((c) => c.informatieId !== id);
  casus.taxatie.situaties = casus.taxatie.situaties.filter((t) => t.informatieId !== id);
  const weg = new Set(casus.top3.plaatsen.filter((p) => p.situatieId === id).flatMap((p) => p.doelen.map((d) => d.id)));
  casus.top3.plaatsen = casus.top3.plaatsen.filter((p) => p.situatieId !== id);
  for (const plaats of casus.top3.plaatsen) {
    for (const doel of plaats.doelen) doel.situaties = doel.situaties.filter((s) => s !== id);
  }
  // A concept plan loses the link and keeps the words; a vastgesteld plan never changes.
  for (const plan of casus.plannen) {
    if (plan.status !== 'concept') continue;
    for (const doel of plan.inhoud.doelen) {
      if (doel.situatieId === id) doel.situatieId = null;
      if (doel.doelId !== null && weg.has(doel.doelId)) doel.doelId = null;
    }
  }
}

export interface ItemWijziging {
  tekst: string;
  bron: string;
  aard: Aard | null;
  datum: string | null;
}

/**
 * Changes an item's tekst, bron, aard and datum (in place, trimmed; an empty datum is none).
 * Returns false when the item is missing, the tekst is empty, or nothing changed.
 */
export function editItem(casus: Casus, id: string, wijziging: ItemWijziging): boolean {
  const item = casus.informatie.find((i) => i.id === id);
  const tekst = wijziging.tekst.trim();
  if (!item || tekst === '') return false;
  const bron = wijziging.bron.trim();
  const datum = wijziging.datum === '' ? null : wijziging.datum;
  if (item.tekst === tekst && item.bron === bron && item.aard === wijziging.aard && item.datum === datum) return false;
  Object.assign(item, { tekst, bron, aard: wijziging.aard, datum });
  return true;
}
