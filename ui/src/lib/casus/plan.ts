// The Plannen step's helpers: which version to show, who has received a version, the edits. What a concept still lacks, what may change and the trail of a doel
// are the core's rules: the werkblad carries them (`afgeleid.plannen`).

import type { Afspraak, Casus, Plan, Plandoel, Verspreiding } from '../ipc';

/** "kies een evaluatiedatum" → "Kies een evaluatiedatum." for a list on screen. */
export function alsZin(fragment: string): string {
  return `${fragment.charAt(0).toUpperCase()}${fragment.slice(1)}.`;
}

export interface Telling {
  ontvangen: number;
  totaal: number;
  /** The parties still waiting for this version, by name. */
  nietOntvangen: string[];
  tekst: string;
}

export function telling(plan: Plan): Telling {
  const totaal = plan.verspreiding.length;
  const ontvangen = plan.verspreiding.filter((v) => v.ontvangenOp !== null).length;
  const nietOntvangen = plan.verspreiding.filter((v) => v.ontvangenOp === null).map((v) => v.partij);
  const tekst =
    totaal === 0
      ? 'Er staan nog geen partijen op de lijst.'
      : `${ontvangen} van ${totaal} ${totaal === 1 ? 'partij heeft' : 'partijen hebben'} deze versie`;
  return { ontvangen, totaal, nietOntvangen, tekst };
}

/** The plan with this id inside a (copied) casus, for a change. */
export function planIn(casus: Casus, id: string): Plan | undefined {
  return casus.plannen.find((p) => p.id === id);
}

/** Ticks or unticks "ontvangen": ticking without a date takes `vandaag`. */
export function zetOntvangen(v: Verspreiding, ontvangen: boolean, vandaag: string): void {
  v.ontvangenOp = ontvangen ? (v.ontvangenOp ?? vandaag) : null;
}

/**
 * Adds a party (e.g. a ketenpartner) to the verspreiding; refuses an empty name or a party already
 * on it. The core's `Plan::partij_toevoegen` (rule: `Verspreiding::zelfde_partij`), copied for the
 * message before a round trip and tested against it (bewerkingen.contract.test.ts).
 */
export function voegPartijToe(plan: Plan, partij: string, rol: string): 'toegevoegd' | 'leeg' | 'bestaat' {
  const naam = partij.trim();
  if (naam === '') return 'leeg';
  if (plan.verspreiding.some((v) => v.partij.trim().toLowerCase() === naam.toLowerCase())) return 'bestaat';
  plan.verspreiding.push({ partij: naam, rol: rol.trim(), betrokkeneId: null, ontvangenOp: null });
  return 'toegevoegd';
}

export function nieuweAfspraak(id: string = crypto.randomUUID()): Afspraak {
  return { id, wie: '', wat: '', wanneer: '', toezicht: '', alsNietNagekomen: '', gewoneTaal: '' };
}

export function nieuwDoel(casus: Casus, situatieId: string | null, id: string = crypto.randomUUID()): Plandoel {
  const situatie = situatieId ? (casus.informatie.find((i) => i.id === situatieId)?.tekst ?? '') : '';
  return { id, tekst: '', situatieId, situatie, doelId: null, afspraken: [], gewoneTaal: '' };
}
