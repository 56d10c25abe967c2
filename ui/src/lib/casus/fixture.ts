// Test data: an empty casus and a werkblad around it, as the core would send them (after the ipc
// layer's wire conversion). Used by tests only.

import type { Casus, CasusWerkblad } from '../ipc';

export function emptyCasus(overrides: Partial<Casus> = {}): Casus {
  return {
    id: '00000000-0000-4000-8000-000000000001',
    code: 'K-001',
    titel: 'Gezin Testfamilie',
    status: 'open',
    aangemaakt: '2026-11-23T13:05:00Z',
    bewaartermijn: '2046-11-23',
    casusregisseur: null,
    datumIncident: null,
    datumMelding: null,
    datumStartHulp: null,
    betrokkenen: [],
    informatie: [],
    concretiseringen: [],
    taxatie: { situaties: [], scores: [], instrumenten: [] },
    top3: { plaatsen: [] },
    fase: 'directeVeiligheid',
    faseovergangen: [],
    opschalingen: [],
    monitoring: [],
    kindchecks: [],
    plannen: [],
    versie: 1,
    ...overrides,
  };
}

export function werkblad(casus: Casus = emptyCasus()): CasusWerkblad {
  return {
    casus,
    volledigheid: [
      { onderdeel: 'betrokkenen', stand: 'Nog geen betrokkenen', ontbreekt: ['Voeg de betrokkenen toe.'] },
      { onderdeel: 'ordenen', stand: '0 van 0 geordend', ontbreekt: [] },
      { onderdeel: 'concretiseren', stand: '0 van 0 situaties concreet', ontbreekt: [] },
      { onderdeel: 'taxeren', stand: 'Nog geen scores', ontbreekt: [] },
      { onderdeel: 'prioriteren', stand: '0 van 3 gekozen', ontbreekt: [] },
    ],
    signalen: [],
    fasepoort: { voorwaarden: [] },
    doorlooptijd: 'Nog geen datum van het incident.',
    doorlooptijden: [],
    afgeleid: {
      vandaag: '2026-11-23',
      instellingen: { veiligheidsdrempel: 6, opschalenNaMaanden: 3, monitoringNaMaanden: [3, 12], monitoringVooraankondigingDagen: 14, bewaartermijnJaren: 20 },
      betrokkenen: [],
      situaties: [],
      top3: { maximum: 3, vol: false, kandidaten: [] },
      plannen: [],
      plansoorten: (['veiligheidsplan', 'hulpverleningsplan', 'herstelplan'] as const).map((soort) => ({
        soort,
        versies: [],
        huidig: null,
        nieuw: 'uitTop3' as const,
        export: null,
      })),
      eigenPlansoort: 'veiligheidsplan',
      planStand: 'Nog geen plan',
      fasekeuzes: [
        { naar: 'stabieleVeiligheid', terug: false, doorPoort: true, afwijkingsredenNodig: true },
        { naar: 'herstel', terug: false, doorPoort: true, afwijkingsredenNodig: true },
      ],
      monitoring: [],
    },
  };
}
