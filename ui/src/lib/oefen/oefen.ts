// The oefenomgeving's pure logic: which casus is a practice copy, the demo's keys, and the
// comparison's view model. The demo's content per step is the core's (`oefenDemo`: the same view
// of a casus the projector shows).

import { CATEGORIE, PLANSTATUS } from '../shared/labels';
import type {
  Demostap,
  Oefenbeschrijving,
  Oefenmateriaal,
  Plansamenvatting,
  Stapuitleg,
  Toelichting,
  Top3Regel,
  Vergelijking,
} from '../ipc';
import { copy } from './copy';

/** A practice copy's code: the model's code plus "-O" and a number (OEF-01-O1). */
const KOPIE = /^(OEF-\d+)-O\d+$/;

export function isOefenkopie(code: string): boolean {
  return KOPIE.test(code);
}

/** The code of the oefencasus a practice copy was made from, or null. */
export function modelCodeVan(code: string): string | null {
  return KOPIE.exec(code)?.[1] ?? null;
}

export function beschrijvingVan(materiaal: Oefenmateriaal | null, code: string): Oefenbeschrijving | null {
  return materiaal?.casussen.find(([c]) => c === code)?.[1] ?? null;
}

/**
 * The casus list in the oefenomgeving: the oefencasussen in bundle order (OEF-01 first), each
 * followed by its practice copies; other casussen after them, in their own order.
 */
export function inOefenvolgorde<T extends { code: string }>(rows: readonly T[], materiaal: Oefenmateriaal | null): T[] {
  const plaats = (code: string): number => {
    const model = modelCodeVan(code) ?? code;
    const i = materiaal?.casussen.findIndex(([c]) => c === model) ?? -1;
    return i < 0 ? Number.MAX_SAFE_INTEGER : i;
  };
  return rows
    .map((row, i) => ({ row, i, p: plaats(row.code), kopie: isOefenkopie(row.code) ? 1 : 0 }))
    .sort((a, b) => a.p - b.p || a.kopie - b.kopie || a.i - b.i)
    .map((x) => x.row);
}

// ---- Demonstreren -------------------------------------------------------------------------

/** The demo's steps come from the core (`oefenDemo`), in order, each with its blocks. */
export type DemoStap = Demostap;

/** What a key does in a demo of `aantal` steps: a new step index, leave, or nothing. */
export function demoToets(index: number, key: string, aantal: number): number | 'verlaat' | null {
  const last = aantal - 1;
  switch (key) {
    case 'ArrowRight':
    case 'PageDown':
      return index < last ? index + 1 : null;
    case 'ArrowLeft':
    case 'PageUp':
      return index > 0 ? index - 1 : null;
    case 'Home':
      return index > 0 ? 0 : null;
    case 'End':
      return index < last ? last : null;
    case 'Escape':
      return 'verlaat';
    default:
      return null;
  }
}

export function uitlegVoor(materiaal: Oefenmateriaal | null, stap: DemoStap): Stapuitleg | null {
  return materiaal?.uitleg.find((u) => u.stap === stap) ?? null;
}

/** The model's toelichting for a step (betrokkenen and fase have none). */
export function toelichtingVoor(beschrijving: Oefenbeschrijving | null, stap: DemoStap): string | null {
  if (!beschrijving) return null;
  const key = stap as keyof Toelichting;
  return key in beschrijving.toelichting ? beschrijving.toelichting[key] : null;
}

// ---- Vergelijken --------------------------------------------------------------------------

export type OrdeningRij = { tekst: string; model: string; jij: string; gelijk: boolean; oordeel: string };
export type Top3Rij = { plaats: number; situatie: string; bijAnder: number | null; noot: string };
export type PlanVm = { regel: string; doelen: string[] } | null;

export type VergelijkVm = {
  samenvatting: string;
  verschillen: string[];
  ordening: OrdeningRij[];
  top3Model: Top3Rij[];
  top3Jij: Top3Rij[];
  planModel: PlanVm;
  planJij: PlanVm;
};

function top3Rijen(regels: Top3Regel[], kant: 'model' | 'jij'): Top3Rij[] {
  return regels.map((r) => ({
    plaats: r.plaats,
    situatie: r.situatie,
    bijAnder: r.plaatsBijAnder,
    noot:
      r.plaatsBijAnder === null
        ? kant === 'model'
          ? copy.vergelijk.nietBijJou
          : copy.vergelijk.nietInModel
        : kant === 'model'
          ? copy.vergelijk.bijJouOp(r.plaatsBijAnder)
          : copy.vergelijk.inModelOp(r.plaatsBijAnder),
  }));
}

function planVm(p: Plansamenvatting | null): PlanVm {
  if (!p) return null;
  return { regel: copy.vergelijk.planRegel(p.versie, PLANSTATUS[p.status], p.afspraken, p.signalen), doelen: p.doelen };
}

export function vergelijkVm(v: Vergelijking): VergelijkVm {
  return {
    samenvatting: copy.vergelijk.samenvatting(v.ordeningGelijk, v.ordening.length),
    verschillen: v.verschillen,
    ordening: v.ordening.map((r) => ({
      tekst: r.tekst,
      model: CATEGORIE[r.model],
      jij: r.jij === null ? copy.vergelijk.verwijderd : CATEGORIE[r.jij],
      gelijk: r.gelijk,
      oordeel: r.gelijk ? copy.vergelijk.gelijk : copy.vergelijk.anders,
    })),
    top3Model: top3Rijen(v.top3Model, 'model'),
    top3Jij: top3Rijen(v.top3Jij, 'jij'),
    planModel: planVm(v.planModel),
    planJij: planVm(v.planJij),
  };
}
