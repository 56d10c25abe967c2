import { describe, expect, it } from 'vitest';
import type { CasusOverzicht } from '../ipc';
import { visibleRows } from './casussen';

const row = (id: string, over: Partial<CasusOverzicht> = {}): CasusOverzicht => ({
  id,
  code: id,
  titel: '',
  fase: 'directeVeiligheid',
  status: 'open',
  versie: 1,
  gewijzigd: '2026-11-01T10:00:00Z',
  signalen: [],
  ...over,
});

describe('visibleRows', () => {
  const rows = [
    row('a', { gewijzigd: '2026-11-02T10:00:00Z' }),
    row('b', { fase: 'herstel', gewijzigd: '2026-11-03T10:00:00Z' }),
    row('c', { status: 'gesloten' }),
  ];

  it('newest change first, all rows without filters', () => {
    expect(visibleRows(rows, { fase: '', status: '', matches: null }).map((r) => r.id)).toEqual(['b', 'a', 'c']);
  });

  it('filters on fase, status and search matches together', () => {
    expect(visibleRows(rows, { fase: 'herstel', status: '', matches: null }).map((r) => r.id)).toEqual(['b']);
    expect(visibleRows(rows, { fase: '', status: 'gesloten', matches: null }).map((r) => r.id)).toEqual(['c']);
    expect(visibleRows(rows, { fase: '', status: '', matches: ['a', 'c'] }).map((r) => r.id)).toEqual(['a', 'c']);
    expect(visibleRows(rows, { fase: 'herstel', status: '', matches: ['a'] })).toEqual([]);
  });
});
