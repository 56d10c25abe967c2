import { describe, expect, it } from 'vitest';
import type { Oefenmateriaal, Vergelijking } from '../ipc';
import {
  beschrijvingVan,
  demoToets,
  inOefenvolgorde,
  isOefenkopie,
  modelCodeVan,
  toelichtingVoor,
  uitlegVoor,
  vergelijkVm,
} from './oefen';

const materiaal: Oefenmateriaal = {
  wachtwoord: 'oefenen',
  casussen: [
    [
      'OEF-01',
      {
        bestand: '01.json',
        titel: 'Oefencasus: gezin A',
        thema: 'partnergeweld',
        samenvatting: 'Een gezin.',
        leerdoelen: ['Ordenen'],
        toelichting: { ordenen: 'O', concretiseren: 'C', taxeren: 'T', prioriteren: 'P', plan: 'V' },
      },
    ],
  ],
  uitleg: [{ stap: 'ordenen', waarvoor: 'Overzicht', vragen: ['Wat is feit?'], valkuilen: ['Te snel'], bron: 'TOP-3' }],
};

describe('practice copies', () => {
  it.each([
    ['OEF-01-O1', true, 'OEF-01'],
    ['OEF-05-O12', true, 'OEF-05'],
    ['OEF-01', false, null],
    ['K-001', false, null],
    ['OEF-01-X1', false, null],
  ] as const)('%s → kopie %s, model %s', (code, kopie, model) => {
    expect(isOefenkopie(code)).toBe(kopie);
    expect(modelCodeVan(code)).toBe(model);
  });

  it('orders the list: oefencasussen in bundle order, each with its copies, others after', () => {
    const [[, b] = ['', null]] = materiaal.casussen;
    if (!b) throw new Error('fixture');
    const m: Oefenmateriaal = { ...materiaal, casussen: [['OEF-01', b], ['OEF-02', b]] };
    const rows = ['OEF-02', 'K-9', 'OEF-01-O2', 'OEF-01', 'OEF-02-O1', 'OEF-01-O1'].map((code) => ({ code }));
    expect(inOefenvolgorde(rows, m).map((r) => r.code)).toEqual(['OEF-01', 'OEF-01-O2', 'OEF-01-O1', 'OEF-02', 'OEF-02-O1', 'K-9']);
  });

  it('finds the description by code', () => {
    expect(beschrijvingVan(materiaal, 'OEF-01')?.thema).toBe('partnergeweld');
    expect(beschrijvingVan(materiaal, 'OEF-02')).toBeNull();
    expect(beschrijvingVan(null, 'OEF-01')).toBeNull();
  });
});

describe('demo navigation', () => {
  it('→ / PageDown next, ← / PageUp previous, stops at the ends, Esc leaves', () => {
    expect(demoToets(0, 'ArrowRight', 7)).toBe(1);
    expect(demoToets(2, 'PageDown', 7)).toBe(3);
    expect(demoToets(6, 'ArrowRight', 7)).toBeNull();
    expect(demoToets(3, 'ArrowLeft', 7)).toBe(2);
    expect(demoToets(1, 'PageUp', 7)).toBe(0);
    expect(demoToets(0, 'ArrowLeft', 7)).toBeNull();
    expect(demoToets(4, 'Home', 7)).toBe(0);
    expect(demoToets(4, 'End', 7)).toBe(6);
    expect(demoToets(4, 'Escape', 7)).toBe('verlaat');
    expect(demoToets(4, 'a', 7)).toBeNull();
  });

  it('walks all steps forward and back', () => {
    let i = 0;
    const seen = [i];
    for (let n = 0; n < 10; n++) i = (demoToets(i, 'ArrowRight', 7) as number | null) ?? i;
    expect(i).toBe(6);
    for (let n = 0; n < 10; n++) {
      const next = demoToets(i, 'PageUp', 7);
      if (typeof next === 'number') {
        i = next;
        seen.push(i);
      }
    }
    expect(i).toBe(0);
    expect(seen).toHaveLength(7);
  });

  it('finds the uitleg and the toelichting per step', () => {
    expect(uitlegVoor(materiaal, 'ordenen')?.waarvoor).toBe('Overzicht');
    expect(uitlegVoor(materiaal, 'fase')).toBeNull();
    const b = beschrijvingVan(materiaal, 'OEF-01');
    expect(toelichtingVoor(b, 'prioriteren')).toBe('P');
    expect(toelichtingVoor(b, 'betrokkenen')).toBeNull();
    expect(toelichtingVoor(b, 'fase')).toBeNull();
  });
});

describe('comparison view model', () => {
  const v: Vergelijking = {
    modelCode: 'OEF-01',
    oefeningCode: 'OEF-01-O1',
    ordening: [
      { itemId: 'a', tekst: 'Vader slaat moeder', model: 'onveiligeSituatie', jij: 'onveiligeSituatie', gelijk: true },
      { itemId: 'b', tekst: 'Schulden', model: 'risicofactor', jij: 'nogTeOrdenen', gelijk: false },
      { itemId: 'c', tekst: 'Oma', model: 'beschermendeFactor', jij: null, gelijk: false },
    ],
    ordeningGelijk: 1,
    top3Model: [
      { plaats: 1, situatie: 'Vader slaat moeder', plaatsBijAnder: 2 },
      { plaats: 2, situatie: 'Kind ziet het', plaatsBijAnder: null },
    ],
    top3Jij: [{ plaats: 1, situatie: 'Schreeuwen', plaatsBijAnder: null }, { plaats: 2, situatie: 'Vader slaat moeder', plaatsBijAnder: 1 }],
    planModel: { versie: 1, status: 'vastgesteld', doelen: ['Veilig thuis'], afspraken: 4, signalen: 1 },
    planJij: null,
    verschillen: ['Je hebt 2 items anders geordend dan het model.'],
  };

  it('summarises, labels every row and marks differences in text', () => {
    const vm = vergelijkVm(v);
    expect(vm.samenvatting).toBe('1 van 3 items geordend zoals het model');
    expect(vm.verschillen).toEqual(v.verschillen);
    expect(vm.ordening.map((r) => [r.model, r.jij, r.oordeel])).toEqual([
      ['Onveilige situaties', 'Onveilige situaties', 'Gelijk'],
      ['Risicofactoren', 'Nog te ordenen', 'Anders'],
      ['Krachten', 'Verwijderd', 'Anders'],
    ]);
  });

  it('marks a situation the other side did not choose', () => {
    const vm = vergelijkVm(v);
    expect(vm.top3Model.map((r) => r.noot)).toEqual(['Bij jou op plaats 2', 'Niet in jouw top 3']);
    expect(vm.top3Jij.map((r) => r.noot)).toEqual(['Niet in de top 3 van het model', 'In het model op plaats 1']);
  });

  it('summarises the plans', () => {
    const vm = vergelijkVm(v);
    expect(vm.planModel).toEqual({ regel: 'Versie 1 · Vastgesteld · 4 afspraken · 1 signaal', doelen: ['Veilig thuis'] });
    expect(vm.planJij).toBeNull();
  });
});
