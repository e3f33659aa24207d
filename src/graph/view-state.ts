import { NODE_TYPES, type NodeType } from '../schema/vocabulary.ts';
import { EDGE_TYPES, RELATION_LABELS, type EdgeType } from './relations.ts';

/** What the graph explorer shows; lives in the URL so a trainer can send an exact view. */
export interface ViewState {
  focus?: string;
  depth: 1 | 2 | 3;
  /** Node types shown; all when the URL names none. */
  types: NodeType[];
  /** Relation types shown; the structural ones when the URL names none. */
  relations: EdgeType[];
  /** With a focus: another concept, to show the shortest route to it. */
  to?: string;
  /** A learning path to walk through, step by step (1-based); it takes the place of a focus. */
  path?: string;
  step?: number;
}

/**
 * The relations a first view shows: the structure of the model. relatedTo and mapsTo make most
 * of the edges (framework mappings, loose associations) and hide that structure, so they wait
 * until the reader asks for them.
 */
export const STRUCTURAL_RELATIONS: readonly EdgeType[] = EDGE_TYPES.filter((t) => t !== 'relatedTo' && t !== 'mapsTo');

export const DEFAULT_VIEW: ViewState = { depth: 1, types: [...NODE_TYPES], relations: [...STRUCTURAL_RELATIONS] };

/** The relation types a view leaves out, in vocabulary order: what the page says is hidden. */
export const hiddenRelations = (view: ViewState): EdgeType[] => EDGE_TYPES.filter((t) => !view.relations.includes(t));

/** What the page says about hidden relations, or '' when every relation is drawn. */
export function hiddenRelationsText(view: ViewState): string {
  const names = hiddenRelations(view).map((t) => `“${RELATION_LABELS[t].outgoing.toLowerCase()}”`);
  if (names.length === 0) return '';
  const list = names.length === 1 ? names[0] : `${names.slice(0, -1).join(', ')} and ${names.at(-1)}`;
  return `Not drawn: ${list} relations${view.relations.length === STRUCTURAL_RELATIONS.length && hiddenRelations(view).every((t) => !STRUCTURAL_RELATIONS.includes(t)) ? ', to keep the structure readable' : ''}. Tick them under Relations, or`;
}

const listParam = <T extends string>(value: string | null, allowed: readonly T[], fallback: readonly T[] = allowed): T[] => {
  if (!value) return [...fallback];
  const wanted = value.split(',').filter((v): v is T => (allowed as readonly string[]).includes(v));
  return wanted.length > 0 ? allowed.filter((a) => wanted.includes(a)) : [...fallback];
};

/** What a view's URL may name: concept ids, and each learning path's number of steps. */
export interface KnownNames {
  concepts?: ReadonlySet<string>;
  paths?: ReadonlyMap<string, number>;
}

/**
 * Reads `?focus=<id>&depth=2&types=practice,control&rel=requires&to=<id>` or `?path=<id>&step=3`;
 * unknown values fall back to defaults.
 */
export function parseViewState(search: string, known: KnownNames = {}): ViewState {
  const params = new URLSearchParams(search);
  const concept = (name: string) => {
    const id = params.get(name) ?? undefined;
    return id && (!known.concepts || known.concepts.has(id)) ? id : undefined;
  };
  const depth = Number(params.get('depth'));
  const view: ViewState = {
    depth: depth === 2 || depth === 3 ? depth : 1,
    types: listParam(params.get('types'), NODE_TYPES),
    relations: listParam(params.get('rel'), EDGE_TYPES, STRUCTURAL_RELATIONS),
  };
  const path = params.get('path');
  const steps = path ? known.paths?.get(path) : undefined;
  if (path && (!known.paths || steps !== undefined)) {
    const step = Math.trunc(Number(params.get('step')));
    return { ...view, path, step: step >= 1 && step <= (steps ?? Infinity) ? step : 1 };
  }
  const focus = concept('focus');
  const to = focus ? concept('to') : undefined;
  return { focus, ...view, ...(to && to !== focus ? { to } : {}) };
}

/** The shortest query string for a view: defaults are left out, so plain `/graph/` is the default view. */
export function serializeViewState(view: ViewState): string {
  const params = new URLSearchParams();
  if (view.path) {
    params.set('path', view.path);
    if (view.step && view.step > 1) params.set('step', String(view.step));
  } else if (view.focus) {
    params.set('focus', view.focus);
    if (view.depth !== 1) params.set('depth', String(view.depth));
    if (view.to) params.set('to', view.to);
  }
  if (view.types.length < NODE_TYPES.length) params.set('types', view.types.join(','));
  const structural = view.relations.length === STRUCTURAL_RELATIONS.length && STRUCTURAL_RELATIONS.every((t) => view.relations.includes(t));
  if (!structural) params.set('rel', view.relations.join(','));
  const query = params.toString().replaceAll('%2C', ',');
  return query ? `?${query}` : '';
}
