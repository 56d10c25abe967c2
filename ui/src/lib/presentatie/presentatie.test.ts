import { describe, expect, it } from 'vitest';
import type { Presentatiebeeld } from '../ipc/presentatie';
import { leesToets, overTijd, samenvatting, timerNu, tijd, toetsActie } from './presentatie';

function beeld(over: Partial<Presentatiebeeld> = {}): Presentatiebeeld {
  return {
    sessieKop: 'MDA++-overleg · 19-11-2026',
    agendaNummer: 1,
    agendaAantal: 2,
    casusCode: 'OEF-05',
    casusTitel: 'Gezin B.',
    fase: 'Directe veiligheid',
    tijdslot: '13:30–14:00',
    duurSeconden: 1800,
    stap: 'ordenen',
    stapNummer: 3,
    stapAantal: 7,
    stapLabel: 'Ordenen',
    stapLabels: ['Casus', 'Inbreng', '1 Ordenen', '2 Concretiseren', '3 Taxeren', '4 Prioriteren', 'Besluiten en actiepunten'],
    blokken: [],
    verbergen: true,
    timerSeconden: 0,
    timerLoopt: false,
    ...over,
  } as Presentatiebeeld;
}

describe('toetsActie', () => {
  it('maps the voorzitter keys to actions', () => {
    expect(toetsActie('ArrowRight')).toEqual({ soort: 'volgendeStap' });
    expect(toetsActie('PageDown')).toEqual({ soort: 'volgendeStap' });
    expect(toetsActie('ArrowLeft')).toEqual({ soort: 'vorigeStap' });
    expect(toetsActie('n')).toEqual({ soort: 'volgendeCasus' });
    expect(toetsActie('V')).toEqual({ soort: 'vorigeCasus' });
    expect(toetsActie('t')).toEqual({ soort: 'timer' });
  });

  it('never lets a key show names', () => {
    for (const key of ['h', 'H', 'Escape', 'Enter', ' ', 'a', 'F11']) expect(toetsActie(key)).toBeNull();
  });
});

describe('leesToets', () => {
  it('scrolls with the up and down arrows only', () => {
    expect(leesToets('ArrowDown')).toBe(1);
    expect(leesToets('ArrowUp')).toBe(-1);
    expect(leesToets('ArrowRight')).toBe(0);
    expect(toetsActie('ArrowDown')).toBeNull();
  });
});

describe('tijd', () => {
  it('formats minutes and seconds, hours when needed', () => {
    expect(tijd(0)).toBe('0:00');
    expect(tijd(65)).toBe('1:05');
    expect(tijd(1800)).toBe('30:00');
    expect(tijd(3723)).toBe('1:02:03');
    expect(tijd(-4)).toBe('0:00');
  });
});

describe('timerNu', () => {
  it('counts on from the shell only while the timer runs', () => {
    expect(timerNu(beeld({ timerSeconden: 60, timerLoopt: true }), 1000, 13_900)).toBe(72);
    expect(timerNu(beeld({ timerSeconden: 60, timerLoopt: false }), 1000, 13_900)).toBe(60);
  });
});

describe('overTijd', () => {
  it('is past the time slot, not at it', () => {
    expect(overTijd(beeld(), 1800)).toBe(false);
    expect(overTijd(beeld(), 1801)).toBe(true);
    expect(overTijd(beeld({ duurSeconden: 0 }), 9999)).toBe(false);
  });
});

describe('samenvatting', () => {
  it('names casus, position and step', () => {
    expect(samenvatting(beeld())).toBe('OEF-05 · casus 1 van 2 · Ordenen (stap 3 van 7)');
  });
});
