import { describe, expect, it } from 'vitest';
import type { CasusOverzicht } from '../ipc';
import { actie, punt, sessie } from './fixture';
import {
  afrondOverzicht,
  agendapuntBlijft,
  eindtijd,
  heeftInbreng,
  isBewerkbaar,
  kiesbareCasussen,
  kiesbarePartners,
  leesDuur,
  leesTijd,
  partnerFouten,
  partnerLabel,
  teLang,
  vandaagIso,
  verplaats,
  volgendeBegintijd,
} from './sessie';

describe('leesTijd: the begintijd as the core wants it (HH:MM)', () => {
  it.each([
    ['09:30', '09:30'],
    ['9:30', '09:30'],
    [' 14.05 ', '14:05'],
    ['00:00', '00:00'],
    ['23:59', '23:59'],
  ])('%s → %s', (tekst, tijd) => {
    expect(leesTijd(tekst)).toEqual({ ok: true, waarde: tijd });
  });

  it.each([
    ['', 'Vul een begintijd in als uu:mm, bijvoorbeeld 09:30.'],
    ['half tien', '"half tien" is geen tijd: schrijf uren en minuten als 09:30.'],
    ['24:00', '24 is geen uur: het uur loopt van 00 tot en met 23.'],
    ['10:75', '75 is geen minuut: de minuten lopen van 00 tot en met 59.'],
    ['930', '"930" is geen tijd: schrijf uren en minuten als 09:30.'],
  ])('%j is refused with a Dutch message', (tekst, fout) => {
    expect(leesTijd(tekst)).toEqual({ ok: false, fout });
  });
});

describe('leesDuur: whole minutes, 1 to 480', () => {
  it('accepts 1, 45 and 480', () => {
    expect(leesDuur('1')).toEqual({ ok: true, waarde: 1 });
    expect(leesDuur(' 45 ')).toEqual({ ok: true, waarde: 45 });
    expect(leesDuur('480')).toEqual({ ok: true, waarde: 480 });
  });
  it('refuses 0, 481, decimals and text, saying the range', () => {
    expect(leesDuur('0')).toEqual({ ok: false, fout: '0 minuten kan niet: de duur loopt van 1 tot en met 480 minuten.' });
    expect(leesDuur('481')).toEqual({ ok: false, fout: '481 minuten kan niet: de duur loopt van 1 tot en met 480 minuten.' });
    expect(leesDuur('1.5')).toEqual({ ok: false, fout: 'Vul de duur in als een heel aantal minuten, bijvoorbeeld 30.' });
    expect(leesDuur('lang')).toEqual({ ok: false, fout: 'Vul de duur in als een heel aantal minuten, bijvoorbeeld 30.' });
  });
});

describe('time slots', () => {
  it('eindtijd adds the minutes (and wraps past midnight)', () => {
    expect(eindtijd('09:30', 45)).toBe('10:15');
    expect(eindtijd('23:30', 60)).toBe('00:30');
    expect(eindtijd('kapot', 10)).toBe('');
  });
  it('the next slot starts when the last one ends, else at 09:00', () => {
    expect(volgendeBegintijd([])).toBe('09:00');
    expect(volgendeBegintijd([punt('a', 'A', { begintijd: '13:00', duurMinuten: 40 })])).toBe('13:40');
  });
});

describe('verplaats: up and down in the agenda', () => {
  it('moves one place and keeps the ends', () => {
    expect(verplaats(['a', 'b', 'c'], 1, -1)).toEqual(['b', 'a', 'c']);
    expect(verplaats(['a', 'b', 'c'], 1, 1)).toEqual(['a', 'c', 'b']);
    expect(verplaats(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(verplaats(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('what may still change', () => {
  it('an afgerond sessie is read-only and keeps its agenda', () => {
    const p = punt('a', 'A');
    expect(isBewerkbaar(sessie())).toBe(true);
    expect(isBewerkbaar(sessie({ status: 'gestart' }))).toBe(true);
    expect(isBewerkbaar(sessie({ status: 'afgerond' }))).toBe(false);
    expect(agendapuntBlijft(sessie({ status: 'afgerond' }), p)).toBe('afgerond');
    expect(agendapuntBlijft(sessie({ status: 'gestart' }), p)).toBeNull();
  });
  it('an agendapunt with a verwerkt actiepunt stays', () => {
    expect(agendapuntBlijft(sessie(), punt('a', 'A', { actiepunten: [actie('1', 'afspraak', true)] }))).toBe('verwerkt');
  });
  it('a deelnemer with inbreng is known', () => {
    const s = sessie({ agenda: [punt('a', 'A', { inbreng: [{ deelnemerId: 'd1', tekst: 'x' }] })] });
    expect(heeftInbreng(s, 'd1')).toBe(true);
    expect(heeftInbreng(s, 'd2')).toBe(false);
  });
});

describe('choices', () => {
  const rij = (id: string, code: string, status: CasusOverzicht['status'] = 'open'): CasusOverzicht => ({
    id,
    code,
    titel: '',
    fase: 'directeVeiligheid',
    status,
    versie: 1,
    gewijzigd: '2026-11-23T10:00:00Z',
    signalen: [],
  });
  it('a casus appears once on the agenda; archived ones are not offered; sorted by code', () => {
    const lijst = kiesbareCasussen([rij('3', 'K-3'), rij('1', 'K-1'), rij('2', 'K-2'), rij('4', 'K-4', 'gearchiveerd')], [punt('2', 'K-2')]);
    expect(lijst.map((c) => c.code)).toEqual(['K-1', 'K-3']);
  });
  it('partners already at the table are not offered again', () => {
    const p = (id: string) => ({ id, naam: id, organisatie: 'Org', rol: '' });
    expect(kiesbarePartners([p('a'), p('b'), p('c')], [p('b')]).map((x) => x.id)).toEqual(['a', 'c']);
  });
  it('a new partner needs naam and organisatie; rol is optional', () => {
    expect(partnerFouten('', ' ', '')).toEqual({
      naam: 'Vul de naam van de partner in.',
      organisatie: 'Vul de organisatie van de partner in.',
    });
    expect(partnerFouten('Fenna', 'Veilig Thuis', '')).toEqual({});
    expect(partnerFouten('x'.repeat(501), 'Org', '')).toEqual({ naam: 'Te lang: hoogstens 500 tekens.' });
  });
  it('partnerLabel names organisatie and rol', () => {
    expect(partnerLabel({ id: '1', naam: 'Fenna Oosterbroek', organisatie: 'Veilig Thuis', rol: 'gedragswetenschapper' })).toBe(
      'Fenna Oosterbroek (Veilig Thuis, gedragswetenschapper)',
    );
    expect(partnerLabel({ id: '1', naam: 'Bas', organisatie: 'Politie', rol: '' })).toBe('Bas (Politie)');
  });
});

describe('afrondOverzicht: what afronden will take into each casus', () => {
  it('counts the open actiepunten per casus and soort, in agenda order', () => {
    const s = sessie({
      agenda: [
        punt('c5', 'OEF-05', { actiepunten: [actie('1', 'afspraak'), actie('2', 'monitoring'), actie('3', 'evaluatie')] }),
        punt('c1', 'OEF-01', { actiepunten: [actie('4', 'monitoring'), actie('5', 'monitoring'), actie('6', 'afspraak', true)] }),
        punt('c2', 'OEF-02'),
      ],
    });
    const regels = afrondOverzicht(s, new Map([['c1', 'K-NIEUW']]));
    expect(regels.map((r) => r.tekst)).toEqual([
      '3 actiepunten gaan naar OEF-05: 1 afspraak, 1 monitoringmoment, 1 evaluatie',
      '2 actiepunten gaan naar K-NIEUW: 2 monitoringmomenten',
    ]);
    expect(regels[1]?.perSoort).toEqual({ afspraak: 0, monitoring: 2, evaluatie: 0 });
  });
  it('one actiepunt is singular', () => {
    const s = sessie({ agenda: [punt('c', 'K-1', { actiepunten: [actie('1', 'evaluatie')] })] });
    expect(afrondOverzicht(s)[0]?.tekst).toBe('1 actiepunt gaat naar K-1: 1 evaluatie');
  });
});

describe('small helpers', () => {
  it('teLang counts UTF-8 bytes like the core', () => {
    expect(teLang('abc', 3)).toBe(false);
    expect(teLang('abcd', 3)).toBe(true);
    expect(teLang('é', 1)).toBe(true);
    expect(teLang('x'.repeat(1024 * 1024))).toBe(false);
    expect(teLang('x'.repeat(1024 * 1024 + 1))).toBe(true);
  });
  it('vandaagIso is the local date', () => {
    expect(vandaagIso(new Date(2026, 10, 5, 23, 59))).toBe('2026-11-05');
  });
});
