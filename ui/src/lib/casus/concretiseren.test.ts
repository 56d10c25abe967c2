import { describe, expect, it } from 'vitest';
import { concretiseringVoor, emptyConcretisering, setBeleving, toggle } from './concretiseren';
import { emptyCasus } from './fixture';

describe('concretiseren', () => {
  it('toggle adds and removes', () => {
    expect(toggle(['a'], 'b')).toEqual(['a', 'b']);
    expect(toggle(['a', 'b'], 'a')).toEqual(['b']);
  });

  it('creates the concretisering once', () => {
    const casus = emptyCasus();
    concretiseringVoor(casus, 's').wat = 'x';
    concretiseringVoor(casus, 's').waar = 'thuis';
    expect(casus.concretiseringen).toHaveLength(1);
    expect(casus.concretiseringen[0]).toMatchObject({ wat: 'x', waar: 'thuis' });
  });

  it('keeps a beleving only while it says something', () => {
    const k = emptyConcretisering('s');
    setBeleving(k, 'b', 'gezien', 'papa boos');
    setBeleving(k, 'b', 'gevoeld', 'bang');
    expect(k.belevingen).toEqual([{ betrokkeneId: 'b', gezien: 'papa boos', gevoeld: 'bang' }]);
    setBeleving(k, 'b', 'gezien', '');
    setBeleving(k, 'b', 'gevoeld', '');
    expect(k.belevingen).toEqual([]);
  });
});
