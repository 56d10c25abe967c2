// Generated from src/domain/benamingen.rs by `cargo xtask bindings`. Do not edit: change
// the label there (the one place of the method's words).

import type { Aard } from './Aard';
import type { Actiesoort } from './Actiesoort';
import type { CasusStatus } from './CasusStatus';
import type { Categorie } from './Categorie';
import type { Ernst } from './Ernst';
import type { Fase } from './Fase';
import type { Frequentie } from './Frequentie';
import type { JaNeeOnbekend } from './JaNeeOnbekend';
import type { Onveiligheid } from './Onveiligheid';
import type { Perspectief } from './Perspectief';
import type { Plansoort } from './Plansoort';
import type { Planstatus } from './Planstatus';
import type { Rol } from './Rol';
import type { Sessiestatus } from './Sessiestatus';
import type { VeiligOpgroeien } from './VeiligOpgroeien';
import type { VormVanGeweld } from './VormVanGeweld';

export const FASE: Record<Fase, string> = {
  directeVeiligheid: "directe veiligheid",
  stabieleVeiligheid: "stabiele veiligheid",
  herstel: "herstel",
};
export const CASUSSTATUS: Record<CasusStatus, string> = {
  open: "open",
  gesloten: "gesloten",
  gearchiveerd: "gearchiveerd",
};
export const BAAN: Record<Categorie, string> = {
  nogTeOrdenen: "Nog te ordenen",
  onveiligeSituatie: "Onveilige situaties",
  risicofactor: "Risicofactoren",
  beschermendeFactor: "Krachten",
  schade: "Schade",
};
export const AARD: Record<Aard, string> = {
  feit: "feit",
  zorg: "zorg",
};
export const ROL: Record<Rol, string> = {
  slachtoffer: "slachtoffer",
  pleger: "pleger",
  kind: "kind",
  getuige: "getuige",
  ouderVerzorger: "ouder/verzorger",
  netwerk: "netwerk",
};
export const JA_NEE: Record<JaNeeOnbekend, string> = {
  ja: "ja",
  nee: "nee",
  onbekend: "onbekend",
};
export const VEILIG_OPGROEIEN: Record<VeiligOpgroeien, string> = {
  ja: "ja",
  nee: "nee",
  zorgen: "zorgen",
  onbekend: "onbekend",
};
export const ONVEILIGHEID: Record<Onveiligheid, string> = {
  acuut: "acute onveiligheid",
  structureel: "structurele onveiligheid",
  multiproblematisch: "schadelijke multiproblematische leefsituatie",
};
export const ONVEILIGHEID_KORT: Record<Onveiligheid, string> = {
  acuut: "acuut",
  structureel: "structureel",
  multiproblematisch: "multiproblematisch",
};
export const ERNST: Record<Ernst, string> = {
  licht: "licht",
  matig: "matig",
  ernstig: "ernstig",
};
export const FREQUENTIE: Record<Frequentie, string> = {
  eenmalig: "eenmalig",
  incidenteel: "af en toe",
  herhaaldelijk: "herhaaldelijk",
  voortdurend: "voortdurend",
};
export const VORM: Record<VormVanGeweld, string> = {
  lichamelijk: "lichamelijk geweld",
  psychisch: "psychisch geweld",
  seksueel: "seksueel geweld",
  financieelMisbruik: "financieel misbruik",
  stalking: "stalking",
  exPartnergeweld: "(ex-)partnergeweld",
  seksueleKindermishandeling: "kindermishandeling: seksuele mishandeling",
  fysiekeKindermishandeling: "kindermishandeling: fysieke mishandeling",
  emotioneleKindermishandeling: "kindermishandeling: emotionele/psychische mishandeling",
  fysiekeVerwaarlozing: "kindermishandeling: fysieke verwaarlozing",
  emotioneleVerwaarlozing: "kindermishandeling: emotionele/psychische verwaarlozing",
  getuigeVanHuiselijkGeweld: "kindermishandeling: getuige van (ex-)partnergeweld of geweld tussen familieleden",
  eergerelateerd: "eergerelateerd geweld",
  ouderenmishandeling: "ouderenmishandeling",
  geweldTegenOuders: "geweld tegen ouders",
};
export const PLANSOORT: Record<Plansoort, string> = {
  veiligheidsplan: "Veiligheidsplan",
  hulpverleningsplan: "Hulpverleningsplan",
  herstelplan: "Herstelplan",
};
export const PLANSTATUS: Record<Planstatus, string> = {
  concept: "concept",
  vastgesteld: "vastgesteld",
  vervangen: "vervangen",
};
export const SESSIESTATUS: Record<Sessiestatus, string> = {
  gepland: "gepland",
  gestart: "gestart",
  afgerond: "afgerond",
};
export const ACTIESOORT: Record<Actiesoort, string> = {
  afspraak: "afspraak",
  monitoring: "monitoring",
  evaluatie: "evaluatie",
};
export const PERSPECTIEF: Record<Perspectief['soort'], string> = {
  professional: "professional",
  betrokkene: "betrokkene",
  mdaTafel: "MDA++-tafel",
};
