import { describe, expect, it } from 'vitest';
import type { Casus } from '../ipc';
import { emptyCasus } from './fixture';
import { newItem } from './ordenen';
import { haalWeg, toggleRisicofactor, verschuif, verwijderDoel, voegDoelToe, voegToe } from './top3';

function casus(): Casus {
  const c = emptyCasus();
  c.informatie = [
    ...['a', 'b', 'c', 'd'].map((id) => ({ ...newItem(id, '', null, id), categorie: 'onveiligeSituatie' as const })),
    { ...newItem('r', '', null, 'r'), categorie: 'risicofactor' as const },
  ];
  return c;
}

const ids = (c: Casus) => c.top3.plaatsen.map((p) => p.situatieId);

describe('top 3 slots', () => {
  it('adds to the next place', () => {
    const c = casus();
    voegToe(c, 'a');
    voegToe(c, 'b');
    expect(ids(c)).toEqual(['a', 'b']);
  });

  it('reorders within bounds and frees a slot', () => {
    const c = casus();
    for (const id of ['a', 'b', 'c']) voegToe(c, id);
    expect(verschuif(c, 'c', -1)).toBe(true);
    expect(ids(c)).toEqual(['a', 'c', 'b']);
    expect(verschuif(c, 'a', -1)).toBe(false);
    expect(verschuif(c, 'b', 1)).toBe(false);
    haalWeg(c, 'c');
    expect(ids(c)).toEqual(['a', 'b']);
    voegToe(c, 'd');
    expect(ids(c)).toEqual(['a', 'b', 'd']);
  });

  it('links risicofactoren and doelen to a slot', () => {
    const c = casus();
    voegToe(c, 'a');
    toggleRisicofactor(c, 'a', 'r');
    expect(c.top3.plaatsen[0]?.risicofactoren).toEqual(['r']);
    toggleRisicofactor(c, 'a', 'r');
    expect(c.top3.plaatsen[0]?.risicofactoren).toEqual([]);
    expect(voegDoelToe(c, 'a', '  ', 'd0')).toBeNull();
    const doel = voegDoelToe(c, 'a', ' Moeder en kinderen zijn veilig ', 'd1');
    expect(doel).toEqual({ id: 'd1', tekst: 'Moeder en kinderen zijn veilig', fase: 'directeVeiligheid', situaties: ['a'] });
    verwijderDoel(c, 'd1');
    expect(c.top3.plaatsen[0]?.doelen).toEqual([]);
  });
});
