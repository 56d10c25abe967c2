// The MDA++ sessie types the features use, re-exported from the generated bindings in one place.

export type { Actiepunt } from './bindings/Actiepunt';
export type { Afrondregel } from './bindings/Afrondregel';
export type { AgendapuntFeiten } from './bindings/AgendapuntFeiten';
export type { Blijft } from './bindings/Blijft';
export type { KiesbareCasus } from './bindings/KiesbareCasus';
export type { Actiesoort } from './bindings/Actiesoort';
export type { AgendaCasus } from './bindings/AgendaCasus';
export type { Agendapunt } from './bindings/Agendapunt';
export type { Inbreng } from './bindings/Inbreng';
export type { Overlegpartner } from './bindings/Overlegpartner';
export type { Sessie } from './bindings/Sessie';
export type { SessieAfronding } from './bindings/SessieAfronding';
export type { SessieOverzicht } from './bindings/SessieOverzicht';
export type { SessieFeiten } from './bindings/SessieFeiten';
export type { Sessiegrenzen } from './bindings/Sessiegrenzen';
export type { Sessielijst } from './bindings/Sessielijst';
export type { SessieWerkblad } from './bindings/SessieWerkblad';
export type { Sessiestatus } from './bindings/Sessiestatus';
export type { Verwerking } from './bindings/Verwerking';
