// Pure logic of the Plannen step: which version is current, what is still missing before
// vaststellen (the same list as the core's `Plan::ontbreekt`), who has received a vastgesteld
// version, the read-only rules and the fixed audit phrases. The core checks the same rules and
// refuses a change to a vastgesteld version; this module only lets the screen say it first.

import type { Afspraak, Casus, Fase, Plan, Plandoel, Plansoort, Verspreiding } from '../ipc';

export const PLANSOORTEN: Plansoort[] = ['veiligheidsplan', 'hulpverleningsplan', 'herstelplan'];

/** The plan whose doelen belong to a phase (and so the one to open first). */
export const SOORT_VAN_FASE: Record<Fase, Plansoort> = {
  directeVeiligheid: 'veiligheidsplan',
  stabieleVeiligheid: 'hulpverleningsplan',
  herstel: 'herstelplan',
};

/** What must still be filled in before this plan can be vastgesteld; empty when ready. Mirrors `Plan::ontbreekt`. */
export function ontbreekt(plan: Plan): string[] {
  const i = plan.inhoud;
  const uit: string[] = [];
  if (!i.opgesteldMet.some((d) => d.naam.trim() !== '')) uit.push('vul in met wie het plan is opgesteld');
  if (!i.doelen.some((d) => d.tekst.trim() !== '')) uit.push('het plan heeft nog geen doel');
  if (i.doelen.some((d) => d.tekst.trim() === '')) uit.push('een doel is nog leeg');
  if (!i.doelen.some((d) => d.afspraken.length > 0)) uit.push('er is nog geen afspraak');
  if (i.doelen.flatMap((d) => d.afspraken).some((a) => a.wie.trim() === '' || a.wat.trim() === ''))
    uit.push('bij een afspraak ontbreekt wie of wat');
  if (!i.evaluatie.datum) uit.push('kies een evaluatiedatum');
  if (i.casusregisseur.trim() === '') uit.push('noem de casusregisseur');
  return uit;
}

/** "kies een evaluatiedatum" → "Kies een evaluatiedatum." for a list on screen. */
export function alsZin(fragment: string): string {
  return `${fragment.charAt(0).toUpperCase()}${fragment.slice(1)}.`;
}

/** Only a concept's content can change. */
export function isBewerkbaar(plan: Plan): boolean {
  return plan.status === 'concept';
}

/** The verspreiding of the current vastgesteld version is kept up to date; a vervangen one is history. */
export function verspreidingBewerkbaar(plan: Plan): boolean {
  return plan.status === 'vastgesteld';
}

/** Every version of one plan, newest first. */
export function versies(casus: Casus, soort: Plansoort): Plan[] {
  return casus.plannen.filter((p) => p.soort === soort).sort((a, b) => b.versie - a.versie);
}

export function concept(casus: Casus, soort: Plansoort): Plan | undefined {
  return casus.plannen.find((p) => p.soort === soort && p.status === 'concept');
}

export function vastgesteld(casus: Casus, soort: Plansoort): Plan | undefined {
  return casus.plannen.find((p) => p.soort === soort && p.status === 'vastgesteld');
}

/** The version to show first: the concept being written, else the one everyone works with, else the newest. */
export function huidig(casus: Casus, soort: Plansoort): Plan | undefined {
  return concept(casus, soort) ?? vastgesteld(casus, soort) ?? versies(casus, soort)[0];
}

/** What "new" means for this plan: a first plan from the top 3, a new version (a copy), or nothing while a concept exists. */
export function nieuwSoort(casus: Casus, soort: Plansoort): 'uitTop3' | 'nieuweVersie' | null {
  if (concept(casus, soort)) return null;
  return vastgesteld(casus, soort) ? 'nieuweVersie' : 'uitTop3';
}

/** The plans to export with "Alle plannen exporteren": per soort the vastgesteld version, else the concept. */
export function teExporteren(casus: Casus): Plan[] {
  return PLANSOORTEN.map((s) => vastgesteld(casus, s) ?? concept(casus, s)).filter((p): p is Plan => p !== undefined);
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

/** Fixed audit phrases (never content): "veiligheidsplan bijgewerkt", "verspreiding veiligheidsplan bijgewerkt". */
export function samenvatting(soort: Plansoort, wat: 'inhoud' | 'verspreiding' = 'inhoud'): string {
  return wat === 'inhoud' ? `${soort} bijgewerkt` : `verspreiding ${soort} bijgewerkt`;
}

/** The plan with this id inside a (copied) casus, for a change. */
export function planIn(casus: Casus, id: string): Plan | undefined {
  return casus.plannen.find((p) => p.id === id);
}

/** Ticks or unticks "ontvangen": ticking without a date takes `vandaag`. */
export function zetOntvangen(v: Verspreiding, ontvangen: boolean, vandaag: string): void {
  v.ontvangenOp = ontvangen ? (v.ontvangenOp ?? vandaag) : null;
}

/** Adds a party (e.g. a ketenpartner) to the verspreiding; refuses an empty or duplicate name. */
export function voegPartijToe(plan: Plan, partij: string, rol: string): 'toegevoegd' | 'leeg' | 'bestaat' {
  const naam = partij.trim();
  if (naam === '') return 'leeg';
  if (plan.verspreiding.some((v) => v.partij.trim().toLowerCase() === naam.toLowerCase())) return 'bestaat';
  plan.verspreiding.push({ partij: naam, rol: rol.trim(), betrokkeneId: null, ontvangenOp: null });
  return 'toegevoegd';
}

export function nieuweAfspraak(id: string = crypto.randomUUID()): Afspraak {
  return { id, wie: '', wat: '', wanneer: '', toezicht: '', alsNietNagekomen: '' };
}

export function nieuwDoel(casus: Casus, situatieId: string | null, id: string = crypto.randomUUID()): Plandoel {
  const situatie = situatieId ? (casus.informatie.find((i) => i.id === situatieId)?.tekst ?? '') : '';
  return { id, tekst: '', situatieId, situatie, doelId: null, afspraken: [] };
}

/**
 * The trail of a doel: "Gaat over top-3 situatie 1: …". The number is the situation's place in the
 * top 3 today; the text is the plan's own snapshot (a vastgesteld plan keeps what it said).
 */
export function spoor(casus: Casus, doel: Plandoel): string {
  if (!doel.situatieId) return 'Niet gekoppeld aan een situatie uit de top 3';
  const plaats = casus.top3.plaatsen.findIndex((p) => p.situatieId === doel.situatieId);
  const tekst = doel.situatie || casus.informatie.find((i) => i.id === doel.situatieId)?.tekst || '';
  return plaats >= 0 ? `Gaat over top-3 situatie ${plaats + 1}: ${tekst}` : `Gaat over situatie: ${tekst}`;
}

/** One line for the rail: how far the plan of the current phase (or the veiligheidsplan) is. */
export function stand(casus: Casus): string {
  const eigen = SOORT_VAN_FASE[casus.fase];
  const soort = huidig(casus, eigen) ? eigen : 'veiligheidsplan';
  const p = huidig(casus, soort);
  const naam = `${soort.charAt(0).toUpperCase()}${soort.slice(1)}`;
  if (!p) return 'Nog geen plan';
  if (p.status === 'concept') return `${naam}: concept versie ${p.versie}`;
  const t = telling(p);
  return `${naam} ${p.versie}: ${t.ontvangen} van ${t.totaal} gedeeld`;
}

/** What is still missing in every concept, for "Wat ontbreekt nog". */
export function ontbreektInConcepten(casus: Casus): string[] {
  return PLANSOORTEN.flatMap((s) => {
    const c = concept(casus, s);
    if (!c) return [];
    const naam = `${s.charAt(0).toUpperCase()}${s.slice(1)}`;
    return ontbreekt(c).map((o) => `${naam} versie ${c.versie}: ${o}.`);
  });
}
