// The MDA++ sessie types the features use, re-exported from the generated bindings in one place.

export type { Actiepunt } from './bindings/Actiepunt';
export type { Actiesoort } from './bindings/Actiesoort';
export type { AgendaCasus } from './bindings/AgendaCasus';
export type { Agendapunt } from './bindings/Agendapunt';
export type { Inbreng } from './bindings/Inbreng';
export type { Overlegpartner } from './bindings/Overlegpartner';
export type { Sessie } from './bindings/Sessie';
export type { SessieAfronding } from './bindings/SessieAfronding';
export type { SessieOverzicht } from './bindings/SessieOverzicht';
export type { SessieWerkblad } from './bindings/SessieWerkblad';
export type { Sessiestatus } from './bindings/Sessiestatus';
export type { Verwerking } from './bindings/Verwerking';
