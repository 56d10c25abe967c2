import { describe, expect, it } from 'vitest';
import { emptyCasus } from './fixture';
import { byLane, editItem, laneForKey, moveItem, newItem, removeItem } from './ordenen';

describe('laneForKey', () => {
  it.each([
    ['1', 'onveiligeSituatie'],
    ['2', 'risicofactor'],
    ['3', 'beschermendeFactor'],
    ['4', 'schade'],
    ['0', 'nogTeOrdenen'],
  ])('%s → %s', (key, lane) => expect(laneForKey(key)).toBe(lane));

  it.each(['5', '9', 'a', 'Enter', '', '12', ' '])('%j → null', (key) => expect(laneForKey(key)).toBeNull());
});

describe('newItem and byLane', () => {
  it('starts in nog te ordenen, trimmed, with its bron and aard', () => {
    const item = newItem('  Vader sloeg moeder  ', ' buurvrouw ', 'feit', 'i1');
    expect(item).toEqual({ id: 'i1', tekst: 'Vader sloeg moeder', bron: 'buurvrouw', datum: null, aard: 'feit', categorie: 'nogTeOrdenen', betrokkenen: [] });
  });

  it('groups items per lane in capture order', () => {
    const a = { ...newItem('a', '', null, 'a'), categorie: 'schade' as const };
    const b = newItem('b', '', null, 'b');
    const c = { ...newItem('c', '', null, 'c'), categorie: 'schade' as const };
    const lanes = byLane([a, b, c]);
    expect(lanes.schade.map((i) => i.id)).toEqual(['a', 'c']);
    expect(lanes.nogTeOrdenen.map((i) => i.id)).toEqual(['b']);
    expect(lanes.risicofactor).toEqual([]);
  });
});

describe('moveItem', () => {
  function casusWithSituation() {
    const casus = emptyCasus();
    casus.informatie = [
      { ...newItem('s', '', null, 's'), categorie: 'onveiligeSituatie' },
      { ...newItem('r', '', null, 'r'), categorie: 'risicofactor' },
    ];
    casus.top3.plaatsen = [{ situatieId: 's', risicofactoren: ['r'], doelen: [] }];
    casus.taxatie.situaties = [
      { informatieId: 's', onveiligheid: 'acuut', ernst: null, frequentie: null, acuutAfgewendOp: null, toelichting: '' },
    ];
    return casus;
  }

  it('moves to another lane', () => {
    const casus = casusWithSituation();
    expect(moveItem(casus, 'r', 'beschermendeFactor')).toBe(true);
    expect(casus.informatie[1]?.categorie).toBe('beschermendeFactor');
    expect(casus.top3.plaatsen[0]?.risicofactoren).toEqual([]);
  });

  it('leaving onveilige situatie drops its taxatie and top-3 place', () => {
    const casus = casusWithSituation();
    moveItem(casus, 's', 'nogTeOrdenen');
    expect(casus.top3.plaatsen).toEqual([]);
    expect(casus.taxatie.situaties).toEqual([]);
  });

  it('does nothing for the same lane or an unknown id', () => {
    const casus = casusWithSituation();
    expect(moveItem(casus, 's', 'onveiligeSituatie')).toBe(false);
    expect(moveItem(casus, 'x', 'schade')).toBe(false);
    expect(casus.top3.plaatsen).toHaveLength(1);
  });

  it('removeItem removes the item and its references', () => {
    const casus = casusWithSituation();
    removeItem(casus, 'r');
    expect(casus.informatie.map((i) => i.id)).toEqual(['s']);
    expect(casus.top3.plaatsen[0]?.risicofactoren).toEqual([]);
  });
});

describe('editItem', () => {
  function withItem() {
    const casus = emptyCasus();
    casus.informatie.push({ ...newItem('Oud', 'school', null, 'i1'), categorie: 'risicofactor' });
    return casus;
  }

  it('changes tekst, bron, aard and datum, trimmed, and keeps the lane', () => {
    const casus = withItem();
    expect(editItem(casus, 'i1', { tekst: '  Nieuw ', bron: ' moeder ', aard: 'zorg', datum: '2026-11-01' })).toBe(true);
    expect(casus.informatie[0]).toMatchObject({ tekst: 'Nieuw', bron: 'moeder', aard: 'zorg', datum: '2026-11-01', categorie: 'risicofactor' });
    expect(editItem(casus, 'i1', { tekst: 'Nieuw', bron: 'moeder', aard: 'zorg', datum: '' })).toBe(true);
    expect(casus.informatie[0]?.datum).toBeNull();
  });

  it('refuses an empty tekst, an unknown item, or no change', () => {
    const casus = withItem();
    expect(editItem(casus, 'i1', { tekst: '   ', bron: '', aard: null, datum: null })).toBe(false);
    expect(editItem(casus, 'nope', { tekst: 'x', bron: '', aard: null, datum: null })).toBe(false);
    expect(editItem(casus, 'i1', { tekst: 'Oud ', bron: 'school', aard: null, datum: '' })).toBe(false);
    expect(casus.informatie[0]?.tekst).toBe('Oud');
  });
});
