// Structural sharing for the casus: a changed copy keeps the objects of the unchanged parts, so
// Svelte's keyed lists see the same item objects and leave those rows alone (a 500-item casus
// then updates one card, not 500). Objects handed out this way are treated as immutable: every
// change works on a copy (WerkbladService.change).

type Plain = Record<string, unknown>;

function isObject(v: unknown): v is Plain | unknown[] {
  return typeof v === 'object' && v !== null;
}

function idOf(v: unknown): string | undefined {
  if (!isObject(v) || Array.isArray(v)) return undefined;
  const id = v['id'];
  return typeof id === 'string' ? id : undefined;
}

/**
 * Returns `next`, with every part that is deep-equal to the matching part of `prev` replaced by
 * `prev`'s object (and `prev` itself when nothing differs). Array elements with a string `id` are
 * matched by id (a moved or inserted item keeps its object); others by position.
 */
export function share<T>(prev: T, next: T): T {
  return shareValue(prev, next) as T;
}

function shareValue(prev: unknown, next: unknown): unknown {
  if (prev === next || !isObject(prev) || !isObject(next)) return next;
  if (Array.isArray(prev) !== Array.isArray(next)) return next;
  if (Array.isArray(prev) && Array.isArray(next)) return shareArray(prev, next);
  return shareObject(prev as Plain, next as Plain);
}

function shareArray(prev: unknown[], next: unknown[]): unknown[] {
  let byId: Map<string, unknown> | null = null;
  let same = prev.length === next.length;
  const out = next.map((value, i) => {
    const id = idOf(value);
    let old: unknown = prev[i];
    if (id !== undefined && idOf(old) !== id) {
      byId ??= new Map(prev.flatMap((p) => (idOf(p) === undefined ? [] : [[idOf(p) as string, p] as const])));
      old = byId.get(id);
    }
    const shared = old === undefined ? value : shareValue(old, value);
    if (shared !== prev[i]) same = false;
    return shared;
  });
  return same ? prev : out;
}

function shareObject(prev: Plain, next: Plain): Plain {
  const keys = Object.keys(next);
  let same = keys.length === Object.keys(prev).length;
  const out: Plain = {};
  for (const key of keys) {
    const shared = Object.hasOwn(prev, key) ? shareValue(prev[key], next[key]) : next[key];
    if (shared !== prev[key] || !Object.hasOwn(prev, key)) same = false;
    out[key] = shared;
  }
  return same ? prev : out;
}

/** Freezes `value` and everything in it that is not frozen yet (shared parts already are). */
export function deepFreeze<T>(value: T): T {
  if (isObject(value) && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}
