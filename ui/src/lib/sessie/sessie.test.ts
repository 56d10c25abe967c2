import { describe, expect, it } from 'vitest';
import { kiesbarePartners, leesDuur, leesTijd, partnerFouten, partnerLabel, teLang, verplaats } from './sessie';

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

describe('leesDuur: whole minutes, 1 to the core limit', () => {
  it('accepts 1, 45 and the limit', () => {
    expect(leesDuur('1', 480)).toEqual({ ok: true, waarde: 1 });
    expect(leesDuur(' 45 ', 480)).toEqual({ ok: true, waarde: 45 });
    expect(leesDuur('480', 480)).toEqual({ ok: true, waarde: 480 });
  });
  it('refuses 0, over the limit, decimals and text, saying the range', () => {
    expect(leesDuur('0', 480)).toEqual({ ok: false, fout: '0 minuten kan niet: de duur loopt van 1 tot en met 480 minuten.' });
    expect(leesDuur('61', 60)).toEqual({ ok: false, fout: '61 minuten kan niet: de duur loopt van 1 tot en met 60 minuten.' });
    expect(leesDuur('1.5', 480)).toEqual({ ok: false, fout: 'Vul de duur in als een heel aantal minuten, bijvoorbeeld 30.' });
    expect(leesDuur('lang', 480)).toEqual({ ok: false, fout: 'Vul de duur in als een heel aantal minuten, bijvoorbeeld 30.' });
  });
});

describe('verplaats: up and down in the agenda', () => {
  it('moves one place and keeps the ends', () => {
    expect(verplaats(['a', 'b', 'c'], 0, 1)).toEqual(['b', 'a', 'c']);
    expect(verplaats(['a', 'b', 'c'], 2, -1)).toEqual(['a', 'c', 'b']);
    expect(verplaats(['a', 'b', 'c'], 0, -1)).toEqual(['a', 'b', 'c']);
    expect(verplaats(['a', 'b', 'c'], 2, 1)).toEqual(['a', 'b', 'c']);
  });
});

describe('partners', () => {
  it('partners already at the table are not offered again', () => {
    const p = (id: string) => ({ id, naam: id, organisatie: 'Org', rol: '' });
    expect(kiesbarePartners([p('a'), p('b'), p('c')], [p('b')]).map((x) => x.id)).toEqual(['a', 'c']);
  });
  it('a new partner needs naam and organisatie; rol is optional; the limit is in bytes', () => {
    const g = { maxPartnerBytes: 2000 };
    expect(partnerFouten('', ' ', '', g)).toEqual({
      naam: 'Vul de naam van de partner in.',
      organisatie: 'Vul de organisatie van de partner in.',
    });
    expect(partnerFouten('Fenna', 'Veilig Thuis', '', g)).toEqual({});
    // 700 characters of 2 bytes: fine by characters, over the limit in bytes.
    expect(partnerFouten('ش'.repeat(1001), 'Org', '', g)).toEqual({ naam: 'Te lang: hoogstens 2000 bytes (ongeveer 500 tekens).' });
  });
  it('partnerLabel names organisatie and rol', () => {
    expect(partnerLabel({ id: '1', naam: 'Fenna Oosterbroek', organisatie: 'Veilig Thuis', rol: 'gedragswetenschapper' })).toBe(
      'Fenna Oosterbroek (Veilig Thuis, gedragswetenschapper)',
    );
    expect(partnerLabel({ id: '1', naam: 'Bas', organisatie: 'Politie', rol: '' })).toBe('Bas (Politie)');
  });
});

describe('teLang', () => {
  it('counts UTF-8 bytes like the core', () => {
    expect(teLang('abc', 3)).toBe(false);
    expect(teLang('abcd', 3)).toBe(true);
    expect(teLang('é', 1)).toBe(true);
    expect(teLang('€'.repeat(3), 9)).toBe(false);
    expect(teLang('€'.repeat(3), 8)).toBe(true);
    expect(teLang('😀', 4)).toBe(false);
    expect(teLang('😀', 3)).toBe(true);
    expect(teLang('x'.repeat(1024 * 1024), 1024 * 1024)).toBe(false);
    expect(teLang('x'.repeat(1024 * 1024 + 1), 1024 * 1024)).toBe(true);
  });
});
