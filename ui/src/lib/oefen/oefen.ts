// The oefenomgeving's pure logic: which casus is a practice copy, the demo's steps and keys, the
// model content per step, and the comparison's view model.

import { CATEGORIE, ERNST, FASE, FREQUENTIE, JA_NEE, LANES, ONVEILIGHEID, PLANSTATUS, ROL, VORM } from '../casus/labels';
import { PERSPECTIEF as PERSPECTIEF_CORE } from '../ipc';
import type {
  Casus,
  Oefenbeschrijving,
  Oefenmateriaal,
  Plan,
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

export type DemoStap = 'betrokkenen' | 'ordenen' | 'concretiseren' | 'taxeren' | 'prioriteren' | 'fase' | 'plan';
export const DEMO_STAPPEN: readonly DemoStap[] = [
  'betrokkenen',
  'ordenen',
  'concretiseren',
  'taxeren',
  'prioriteren',
  'fase',
  'plan',
];

/** What a key does in the demo: a new step index, leave, or nothing. */
export function demoToets(index: number, key: string): number | 'verlaat' | null {
  const last = DEMO_STAPPEN.length - 1;
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

/**
 * A short version for the projector: the first sentence, or the text cut at a word before `max`
 * characters with "…". The full text stays in the workspace.
 */
export function kort(tekst: string, max = 120): string {
  const t = tekst.trim();
  const zin = /^(.+?[.!?])(\s|$)/.exec(t)?.[1] ?? t;
  if (zin.length <= max) return zin;
  const cut = zin.slice(0, max);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).replace(/[,;:]$/, '')}…`;
}

/** One block of model content: a heading and its lines. */
export type Blok = { kop: string; regels: string[] };

function naamVan(casus: Casus, id: string): string {
  return casus.betrokkenen.find((b) => b.id === id)?.naam ?? '?';
}

function itemTekst(casus: Casus, id: string): string {
  return casus.informatie.find((i) => i.id === id)?.tekst ?? '?';
}

/** The vastgesteld veiligheidsplan (else the newest vastgesteld plan of any kind). */
export function vastgesteldPlan(casus: Casus): Plan | null {
  const vast = casus.plannen.filter((p) => p.status === 'vastgesteld');
  const best = vast.filter((p) => p.soort === 'veiligheidsplan');
  const pick = [...(best.length > 0 ? best : vast)].sort((a, b) => b.versie - a.versie);
  return pick[0] ?? null;
}

/** The modeluitwerking's content for one step, read from the casus. */
export function modelInhoud(casus: Casus, stap: DemoStap): Blok[] {
  switch (stap) {
    case 'betrokkenen':
      return [
        {
          kop: `${casus.betrokkenen.length} betrokkenen`,
          regels: casus.betrokkenen.map((b) => {
            const rollen = b.rollen.map((r) => ROL[r].toLowerCase()).join(', ');
            return rollen ? `${b.naam} — ${rollen}` : b.naam;
          }),
        },
      ];
    case 'ordenen': {
      const blokken = LANES.map((lane) => {
        const items = casus.informatie.filter((i) => i.categorie === lane);
        return { kop: `${CATEGORIE[lane]} (${items.length})`, regels: items.map((i) => kort(i.tekst)) };
      });
      const open = casus.informatie.filter((i) => i.categorie === 'nogTeOrdenen');
      if (open.length > 0) blokken.push({ kop: `${CATEGORIE.nogTeOrdenen} (${open.length})`, regels: open.map((i) => kort(i.tekst)) });
      return blokken;
    }
    case 'concretiseren':
      return casus.concretiseringen.map((k) => {
        const regels: string[] = [];
        if (k.plegers.length > 0 || k.slachtoffers.length > 0) {
          const wie = k.plegers.map((id) => naamVan(casus, id)).join(', ') || '?';
          const wien = k.slachtoffers.map((id) => naamVan(casus, id)).join(', ') || '?';
          regels.push(`Wie → wie: ${wie} → ${wien}`);
        }
        if (k.wat) regels.push(`Wat: ${k.wat}`);
        if (k.vormen.length > 0) regels.push(`Vorm: ${k.vormen.map((v) => VORM[v]).join(', ')}`);
        if (k.wanneer) regels.push(`Wanneer: ${k.wanneer.soort === 'datum' ? k.wanneer.datum : k.wanneer.omschrijving}`);
        if (k.hoeVaak) regels.push(`Hoe vaak: ${k.hoeVaak}`);
        if (k.waar) regels.push(`Waar: ${k.waar}`);
        regels.push(`Kinderen aanwezig: ${JA_NEE[k.kinderenAanwezig]}`);
        return { kop: kort(itemTekst(casus, k.informatieId)), regels };
      });
    case 'taxeren': {
      const blokken: Blok[] = casus.taxatie.situaties.map((t) => ({
        kop: kort(itemTekst(casus, t.informatieId)),
        regels: [
          [t.onveiligheid && ONVEILIGHEID[t.onveiligheid], t.ernst && ERNST[t.ernst], t.frequentie && FREQUENTIE[t.frequentie]]
            .filter(Boolean)
            .join(' · '),
          ...(t.toelichting ? [t.toelichting] : []),
        ].filter((r) => r !== ''),
      }));
      if (casus.taxatie.scores.length > 0) {
        blokken.push({
          kop: 'Veiligheidsscores',
          regels: casus.taxatie.scores.map((s) => {
            const wie =
              s.perspectief.soort === 'betrokkene' ? naamVan(casus, s.perspectief.betrokkeneId) : PERSPECTIEF_CORE[s.perspectief.soort];
            return `${s.datum} · ${wie}: ${s.waarde}${s.toelichting ? ` — ${s.toelichting}` : ''}`;
          }),
        });
      }
      return blokken;
    }
    case 'prioriteren':
      return casus.top3.plaatsen.map((p, i) => ({
        kop: `${i + 1}. ${kort(itemTekst(casus, p.situatieId))}`,
        regels: [
          ...p.risicofactoren.map((id) => `Risicofactor: ${kort(itemTekst(casus, id), 90)}`),
          ...p.doelen.map((d) => `Doel: ${d.tekst}`),
        ],
      }));
    case 'fase':
      return [
        {
          kop: `Fase: ${FASE[casus.fase]}`,
          regels: casus.faseovergangen.map(
            (o) => `${o.datum}: ${FASE[o.van]} → ${FASE[o.naar]}${o.onderbouwing ? ` — ${o.onderbouwing}` : ''}`,
          ),
        },
      ];
    case 'plan': {
      const plan = vastgesteldPlan(casus);
      if (!plan) return [];
      return plan.inhoud.doelen.map((d) => ({
        kop: d.tekst,
        regels: d.afspraken.map((a) => [a.wie, a.wat].filter(Boolean).join(': ') + (a.wanneer ? ` (${a.wanneer})` : '')),
      }));
    }
  }
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
