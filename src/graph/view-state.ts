import { NODE_TYPES, type NodeType } from '../schema/vocabulary.ts';
import { EDGE_TYPES, type EdgeType } from './relations.ts';

/** What the graph explorer shows; lives in the URL so a trainer can send an exact view. */
export interface ViewState {
  focus?: string;
  depth: 1 | 2 | 3;
  /** Node types shown; all when the URL names none. */
  types: NodeType[];
  /** Relation types shown; all when the URL names none. */
  relations: EdgeType[];
}

export const DEFAULT_VIEW: ViewState = { depth: 1, types: [...NODE_TYPES], relations: [...EDGE_TYPES] };

const listParam = <T extends string>(value: string | null, allowed: readonly T[]): T[] => {
  if (!value) return [...allowed];
  const wanted = value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return wanted.length > 0 ? allowed.filter((a) => wanted.includes(a)) : [...allowed];
};

/** Reads `?focus=<id>&depth=2&types=practice,control&rel=requires`; unknown values fall back to defaults. */
export function parseViewState(search: string, knownIds?: ReadonlySet<string>): ViewState {
  const params = new URLSearchParams(search);
  const focus = params.get('focus') ?? undefined;
  const depth = Number(params.get('depth'));
  return {
    focus: focus && (!knownIds || knownIds.has(focus)) ? focus : undefined,
    depth: depth === 2 || depth === 3 ? depth : 1,
    types: listParam(params.get('types'), NODE_TYPES),
    relations: listParam(params.get('rel'), EDGE_TYPES),
  };
}

/** The shortest query string for a view: defaults are left out, so plain `/graph/` means "everything". */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.focus) params.set('focus', view.focus);
  if (view.focus && view.depth !== 1) params.set('depth', String(view.depth));
  if (view.types.length < NODE_TYPES.length) params.set('types', view.types.join(','));
  if (view.relations.length < EDGE_TYPES.length) params.set('rel', view.relations.join(','));
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
