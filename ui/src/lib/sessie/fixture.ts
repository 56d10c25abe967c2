// Test data: a sessie and a werkblad around it, as the core would send them. Used by tests only.

import type { Actiepunt, Agendapunt, Sessie, SessieWerkblad } from '../ipc';
import { GRENZEN } from '../ipc/bindings/sessiefixtures';

export function sessie(overrides: Partial<Sessie> = {}): Sessie {
  return {
    id: '00000000-0000-4000-8000-000000000051',
    datum: '2026-11-23',
    voorzitter: 'A. Voorzitter',
    deelnemers: [],
    agenda: [],
    status: 'gepland',
    gestart: null,
    afgerond: null,
    samenvatting: '',
    versie: 1,
    ...overrides,
  };
}

export function punt(casusId: string, code: string, overrides: Partial<Agendapunt> = {}): Agendapunt {
  return {
    casusId,
    casusCode: code,
    begintijd: '09:00',
    duurMinuten: 30,
    inbreng: [],
    weging: '',
    kwalificatie: null,
    besluiten: [],
    actiepunten: [],
    ...overrides,
  };
}

export function actie(id: string, soort: Actiepunt['soort'], verwerkt = false): Actiepunt {
  return { id, wie: 'Wijkteam', wat: `Actie ${id}`, wanneer: '2026-12-01', soort, verwerkt };
}

export function werkblad(s: Sessie): SessieWerkblad {
  return {
    sessie: s,
    casussen: s.agenda.map((a) => ({ casusId: a.casusId, code: a.casusCode, titel: '', bestaat: true })),
    openActiepunten: s.agenda.flatMap((a) => a.actiepunten).filter((a) => !a.verwerkt).length,
    // Fixed test values: the core derives these; tests that need others set them.
    afgeleid: {
      vandaag: '2026-11-23',
      bewerkbaar: s.status !== 'afgerond',
      grenzen: { ...GRENZEN },
      agenda: s.agenda.map((a) => ({ casusId: a.casusId, tijdslot: a.begintijd, blijft: null })),
      vasteDeelnemers: [],
      volgendeBegintijd: '09:00',
      kiesbareCasussen: [],
      afronden: [],
    },
  };
}
