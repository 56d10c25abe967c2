// Focus management for screen changes: a new screen puts focus on its heading or first field, so
// keyboard and screen-reader users start where sighted users look.

import type { Action } from 'svelte/action';

/** `use:focusOnMount` — focuses the element once it is in the document (pass `false` to skip). */
export const focusOnMount: Action<HTMLElement, boolean | undefined> = (node, enabled) => {
  if (enabled !== false) node.focus();
};
