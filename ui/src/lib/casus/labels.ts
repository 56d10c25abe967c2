// The method's words for the core's enum values, in one place so trainers can rename them.
// [ours] labels follow DOMAIN.md; change them here only.

import type {
  Aard,
  CasusStatus,
  Categorie,
  Ernst,
  Fase,
  Frequentie,
  JaNeeOnbekend,
  Onveiligheid,
  Plansoort,
  Planstatus,
  Rol,
  VeiligOpgroeien,
  VormVanGeweld,
} from '../ipc';

export const FASE: Record<Fase, string> = {
  directeVeiligheid: 'Directe veiligheid',
  stabieleVeiligheid: 'Stabiele veiligheid',
  herstel: 'Herstel',
};
export const FASEN: Fase[] = ['directeVeiligheid', 'stabieleVeiligheid', 'herstel'];

export const STATUS: Record<CasusStatus, string> = { open: 'Open', gesloten: 'Gesloten', gearchiveerd: 'Gearchiveerd' };
export const STATUSSEN: CasusStatus[] = ['open', 'gesloten', 'gearchiveerd'];

export const CATEGORIE: Record<Categorie, string> = {
  nogTeOrdenen: 'Nog te ordenen',
  onveiligeSituatie: 'Onveilige situaties',
  risicofactor: 'Risicofactoren',
  beschermendeFactor: 'Krachten',
  schade: 'Schade',
};
/** Lanes in the order of the keys 1–4; key 0 is "nog te ordenen". */
export const LANES: Categorie[] = ['onveiligeSituatie', 'risicofactor', 'beschermendeFactor', 'schade'];

export const AARD: Record<Aard, string> = { feit: 'Feit', zorg: 'Zorg' };

export const ROL: Record<Rol, string> = {
  slachtoffer: 'Slachtoffer',
  pleger: 'Pleger',
  kind: 'Kind',
  getuige: 'Getuige',
  ouderVerzorger: 'Ouder/verzorger',
  netwerk: 'Netwerk',
};
export const ROLLEN = Object.keys(ROL) as Rol[];

export const JA_NEE: Record<JaNeeOnbekend, string> = { ja: 'Ja', nee: 'Nee', onbekend: 'Onbekend' };
export const VEILIG_OPGROEIEN: Record<VeiligOpgroeien, string> = {
  ja: 'Ja',
  nee: 'Nee',
  zorgen: 'Zorgen',
  onbekend: 'Onbekend',
};

export const ONVEILIGHEID: Record<Onveiligheid, string> = {
  acuut: 'Acuut',
  structureel: 'Structureel',
  multiproblematisch: 'Multiproblematisch',
};
export const ERNST: Record<Ernst, string> = { licht: 'Licht', matig: 'Matig', ernstig: 'Ernstig' };
export const FREQUENTIE: Record<Frequentie, string> = {
  eenmalig: 'Eenmalig',
  incidenteel: 'Incidenteel',
  herhaaldelijk: 'Herhaaldelijk',
  voortdurend: 'Voortdurend',
};

export const VORM: Record<VormVanGeweld, string> = {
  lichamelijk: 'Lichamelijk geweld',
  psychisch: 'Psychisch geweld',
  seksueel: 'Seksueel geweld',
  financieelMisbruik: 'Financieel misbruik',
  stalking: 'Stalking',
  exPartnergeweld: '(Ex-)partnergeweld',
  seksueleKindermishandeling: 'Seksuele kindermishandeling',
  fysiekeKindermishandeling: 'Fysieke kindermishandeling',
  emotioneleKindermishandeling: 'Emotionele kindermishandeling',
  fysiekeVerwaarlozing: 'Fysieke verwaarlozing',
  emotioneleVerwaarlozing: 'Emotionele verwaarlozing',
  getuigeVanHuiselijkGeweld: 'Getuige van huiselijk geweld',
  eergerelateerd: 'Eergerelateerd geweld',
  ouderenmishandeling: 'Ouderenmishandeling',
  geweldTegenOuders: 'Geweld tegen ouders',
};

export const PLANSOORT: Record<Plansoort, string> = {
  veiligheidsplan: 'Veiligheidsplan',
  hulpverleningsplan: 'Hulpverleningsplan',
  herstelplan: 'Herstelplan',
};
export const PLANSTATUS: Record<Planstatus, string> = { concept: 'Concept', vastgesteld: 'Vastgesteld', vervangen: 'Vervangen' };

/** Short badge text per signal code; the full Dutch sentence comes from the core. */
const SIGNAAL: Record<string, string> = {
  opschalen: 'Opschalen',
  monitoring_te_laat: 'Monitoring te laat',
  kindcheck_zorgen: 'Kindcheck: zorgen',
  kindcheck_ontbreekt: 'Kindcheck open',
  score_onder_drempel: 'Score onder 6',
  monitoring_aan_de_beurt: 'Monitoring',
  geen_casusregisseur: 'Geen regisseur',
  plan_niet_gedeeld: 'Plan niet gedeeld',
  bewaartermijn_verstreken: 'Bewaartermijn',
};

export function signaalLabel(code: string): string {
  return SIGNAAL[code] ?? 'Signaal';
}
