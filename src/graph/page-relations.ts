import type { GraphEdge, GraphNode, RelationGroup } from './build-graph.ts';
import type { EdgeType } from './relations.ts';

type Direction = RelationGroup['direction'];

/** One relation as a concept page shows it: its type, which way it points, and its label there. */
export interface RelationKey {
  type: EdgeType;
  direction: Direction;
}

/** A neighbour shown once on the page, with the other relations it also has to this concept. */
export interface PageNeighbour {
  node: GraphNode;
  /** Further typed relations to the same concept, read from this page ("also owns"). */
  also: (RelationKey & { label: string })[];
}

/** A labelled group of neighbours, the most connected first, split into those shown and those behind "+N more". */
export interface PageRelationGroup extends RelationKey {
  label: string;
  shown: PageNeighbour[];
  more: PageNeighbour[];
}

/**
 * The order groups appear in, which is also which group keeps a concept related in several ways:
 * where the concept sits and who owns it, how it is measured, what it depends on and makes
 * possible, what it constrains, what it informs and is informed by, then frameworks, and the untyped "related to" last.
 */
export const RELATION_ORDER: readonly RelationKey[] = [
  { type: 'partOf', direction: 'outgoing' },
  { type: 'partOf', direction: 'incoming' },
  { type: 'ownedBy', direction: 'outgoing' },
  { type: 'ownedBy', direction: 'incoming' },
  { type: 'measuredBy', direction: 'outgoing' },
  { type: 'measuredBy', direction: 'incoming' },
  { type: 'requires', direction: 'outgoing' },
  { type: 'requires', direction: 'incoming' },
  { type: 'enables', direction: 'outgoing' },
  { type: 'enables', direction: 'incoming' },
  { type: 'constrains', direction: 'outgoing' },
  { type: 'constrains', direction: 'incoming' },
  { type: 'informs', direction: 'outgoing' },
  { type: 'informs', direction: 'incoming' },
  { type: 'mapsTo', direction: 'outgoing' },
  { type: 'mapsTo', direction: 'incoming' },
  { type: 'relatedTo', direction: 'outgoing' },
];

export interface PageRelationOptions {
  /** Groups left out because the page shows them another way (a framework page's mapping table). */
  omit?: readonly RelationKey[];
  /** Concepts the page lists elsewhere (a framework page's mapping table): not repeated under "related to". */
  listedElsewhere?: ReadonlySet<string>;
  /** How many relations each concept has in the whole graph: the most connected are shown first. */
  degree?: ReadonlyMap<string, number>;
  /** How many neighbours a group shows before the rest fold behind "+N more". */
  visible?: number;
}

const same = (a: RelationKey, b: RelationKey) => a.type === b.type && a.direction === b.direction;

/**
 * A concept's relations as its page lists them: each neighbour once, in the first group of
 * RELATION_ORDER that holds it. A concept "related to" this one that also has a typed relation
 * is listed only under the typed one; one with two typed relations (a role that is part of a
 * board and owns it) is listed under the first, which notes the second.
 */
export function pageRelations(groups: readonly RelationGroup[], options: PageRelationOptions = {}): PageRelationGroup[] {
  const { omit = [], listedElsewhere = new Set(), degree = new Map(), visible = 8 } = options;
  const kept = groups.filter((g) => !omit.some((o) => same(o, g)));
  const rank = (key: RelationKey) => {
    const i = RELATION_ORDER.findIndex((o) => same(o, key));
    return i === -1 ? RELATION_ORDER.length : i;
  };
  const ordered = [...kept].sort((a, b) => rank(a) - rank(b));
  const placed = new Map<string, PageNeighbour>();
  const result: { group: RelationGroup; neighbours: PageNeighbour[] }[] = [];
  for (const group of ordered) {
    const neighbours: PageNeighbour[] = [];
    for (const node of group.nodes) {
      if (group.type === 'relatedTo' && listedElsewhere.has(node.id)) continue;
      const earlier = placed.get(node.id);
      if (earlier) {
        if (group.type !== 'relatedTo') earlier.also.push({ type: group.type, direction: group.direction, label: group.label });
        continue;
      }
      const neighbour = { node, also: [] };
      placed.set(node.id, neighbour);
      neighbours.push(neighbour);
    }
    if (neighbours.length > 0) result.push({ group, neighbours });
  }
  const byImportance = (a: PageNeighbour, b: PageNeighbour) =>
    (degree.get(b.node.id) ?? 0) - (degree.get(a.node.id) ?? 0) || a.node.title.localeCompare(b.node.title);
  return result.map(({ group, neighbours }) => {
    const sorted = neighbours.sort(byImportance);
    // Folding away one or two is more clicks than reading them: fold only a real remainder.
    const cut = sorted.length > visible + 2 ? visible : sorted.length;
    return { type: group.type, direction: group.direction, label: group.label, shown: sorted.slice(0, cut), more: sorted.slice(cut) };
  });
}

/** How many relations each concept has, counting each neighbour once. */
export function degrees(edges: readonly GraphEdge[]): Map<string, number> {
  const neighbours = new Map<string, Set<string>>();
  for (const { source, target } of edges) {
    (neighbours.get(source) ?? neighbours.set(source, new Set()).get(source)!).add(target);
    (neighbours.get(target) ?? neighbours.set(target, new Set()).get(target)!).add(source);
  }
  return new Map([...neighbours].map(([id, set]) => [id, set.size]));
}
