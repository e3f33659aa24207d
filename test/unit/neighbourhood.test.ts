import { describe, expect, it } from 'vitest';
import { neighbourhood, shortestRoute } from '../../src/graph/neighbourhood.ts';
import { neighbourhoodLayout, orderedLevels, pathLayout } from '../../src/graph/neighbourhood-layout.ts';
import type { EdgeType } from '../../src/schema/vocabulary.ts';
import { sceneFor } from '../../src/graph/scene.ts';
import { LOOK } from '../../src/graph/theme.ts';
import { DEFAULT_VIEW } from '../../src/graph/view-state.ts';
import { toScreen } from '../../src/graph/viewport.ts';

const edge = (source: string, type: EdgeType, target: string) => ({ source, target, type });
// A chain of requirements through a hub role that owns everything: the shape that made depth 2
// show the whole real graph when every hop could take any relation.
const edges = [
  edge('a', 'requires', 'b'),
  edge('b', 'requires', 'c'),
  edge('c', 'requires', 'd'),
  edge('x', 'requires', 'a'),
  edge('a', 'ownedBy', 'role'),
  ...['p', 'q', 'r', 's'].map((id) => edge(id, 'ownedBy', 'role')),
  edge('a', 'relatedTo', 'k'),
  edge('k', 'relatedTo', 'm'),
];

describe('a focus’s neighbourhood', () => {
  it('takes every relation at the first hop, and each further hop only along the same relation and direction', () => {
    const one = neighbourhood(edges, 'a', 1);
    expect([...one.keys()].sort()).toEqual(['a', 'b', 'k', 'role', 'x']);
    const two = neighbourhood(edges, 'a', 2);
    // b's requirement c, a's relatedTo chain to m (symmetric, so either way) — but not what else the role owns.
    expect([...two.keys()].sort()).toEqual(['a', 'b', 'c', 'k', 'm', 'role', 'x']);
    expect(two.get('c')).toEqual({ hops: 2, parent: 'b', via: { type: 'requires', forward: true } });
    expect(neighbourhood(edges, 'a', 3).has('d')).toBe(true);
    // From the role, the first hop reaches everything it owns.
    expect(neighbourhood(edges, 'role', 1).size).toBe(6);
  });

  it('finds the shortest route in either direction, and says when there is none', () => {
    expect(shortestRoute(edges, 'x', 'p')).toEqual([
      { from: 'x', to: 'a', type: 'requires', forward: true },
      { from: 'a', to: 'role', type: 'ownedBy', forward: true },
      { from: 'role', to: 'p', type: 'ownedBy', forward: false },
    ]);
    expect(shortestRoute(edges, 'a', 'a')).toEqual([]);
    expect(shortestRoute([...edges, edge('lone1', 'requires', 'lone2')], 'a', 'lone2')).toBeUndefined();
  });
});

describe('neighbourhood layout', () => {
  const reached = neighbourhood(edges, 'a', 2);
  const levels = orderedLevels(reached, (id) => id);
  const parentOf = (id: string) => reached.get(id)?.parent;

  it('orders hops by relation, then next to the concept they came from', () => {
    expect(levels[0]).toEqual(['a']);
    // requires forwards (b), requires backwards (x), relatedTo (k), ownedBy (role): vocabulary order.
    expect(levels[1]).toEqual(['b', 'x', 'k', 'role']);
    expect(levels[2]).toEqual(['c', 'm']);
  });

  it('puts the focus in the centre and each hop on a ring further out, the same way every time', () => {
    const { positions, compact } = neighbourhoodLayout(levels, parentOf, { width: 1000, height: 700 });
    expect(compact).toBe(false);
    expect(positions.get('a')).toEqual({ x: 0, y: 0 });
    // On a square canvas the rings are circles, so distance from the centre is the ring.
    const square = neighbourhoodLayout(levels, parentOf, { width: 800, height: 800 }).positions;
    const distance = (id: string) => Math.hypot(square.get(id)!.x, square.get(id)!.y);
    const ring1 = levels[1]!.map(distance);
    const ring2 = levels[2]!.map(distance);
    expect(Math.min(...ring2)).toBeGreaterThan(Math.max(...ring1));
    // No two nodes share a place.
    const places = new Set([...positions.values()].map((p) => `${p.x},${p.y}`));
    expect(places.size).toBe(positions.size);
    expect(neighbourhoodLayout(levels, parentOf, { width: 1000, height: 700 })).toEqual({ positions, compact });
    // Wider than tall on a wide canvas, taller than wide on a phone.
    const spread = (p: Map<string, { x: number; y: number }>): [number, number] => [Math.max(...[...p.values()].map((q) => Math.abs(q.x))), Math.max(...[...p.values()].map((q) => Math.abs(q.y)))];
    const firstHop = levels.slice(0, 2);
    const [wideX, wideY] = spread(neighbourhoodLayout(firstHop, parentOf, { width: 1000, height: 700 }).positions);
    expect(wideX).toBeGreaterThan(wideY);
    const [tallX, tallY] = spread(neighbourhoodLayout(firstHop, parentOf, { width: 360, height: 500 }).positions);
    expect(tallY).toBeGreaterThan(tallX);
  });

  it('fits a phone’s canvas with nodes a finger can tap, leaving out labels that would collide', () => {
    const ids = Array.from({ length: 17 }, (_, i) => `n${i}`);
    const node = (id: string) => ({ id, title: `Concept number ${id} with a long name`, type: 'practice' as const, summary: '', url: '', aliases: [], x: 0, y: 0 });
    const nodes = [node('hub'), ...ids.map(node)];
    const graph = { nodes, edges: ids.map((id) => edge(id, 'requires', 'hub')), byId: new Map(nodes.map((n) => [n.id, n])) };
    const size = { width: 358, height: 505, top: 44, bottom: 0 };
    const scene = sceneFor(graph, { ...DEFAULT_VIEW, focus: 'hub' }, size);
    expect(scene.compact).toBe(true);
    expect(scene.viewport.zoom * LOOK.nodeSize).toBeGreaterThanOrEqual(LOOK.minTouchSize);
    for (const n of scene.nodes) {
      const p = toScreen(n, scene.viewport);
      expect(p.x - LOOK.minTouchSize / 2).toBeGreaterThanOrEqual(0);
      expect(p.x + LOOK.minTouchSize / 2).toBeLessThanOrEqual(size.width);
      expect(p.y - LOOK.minTouchSize / 2).toBeGreaterThanOrEqual(size.top);
      expect(p.y + LOOK.minTouchSize / 2).toBeLessThanOrEqual(size.height);
    }
    // Seventeen long names cannot all fit: some are left out, never the focus's.
    expect(scene.quietLabels.size).toBeGreaterThan(0);
    expect(scene.quietLabels.size).toBeLessThan(ids.length);
    expect(scene.quietLabels.has('hub')).toBe(false);
  });

  it('fits a hub’s whole depth-2 neighbourhood on a phone, every node tappable and apart from the others', () => {
    // The shape of the biggest hub: 39 neighbours, 25 more a hop further.
    const first = Array.from({ length: 39 }, (_, i) => `a${i}`);
    const second = Array.from({ length: 25 }, (_, i) => `b${i}`);
    const node = (id: string) => ({ id, title: `Concept ${id} with quite a long name`, type: 'practice' as const, summary: '', url: '', aliases: [], x: 0, y: 0 });
    const nodes = [node('hub'), ...first.map(node), ...second.map(node)];
    const graph = { nodes, edges: [...first.map((id) => edge(id, 'requires', 'hub')), ...second.map((id, i) => edge(id, 'requires', first[i % first.length]!))], byId: new Map(nodes.map((n) => [n.id, n])) };
    const size = { width: 356, height: 506, top: 44, bottom: 0 };
    const scene = sceneFor(graph, { ...DEFAULT_VIEW, focus: 'hub', depth: 2 }, size);
    expect(scene.nodes).toHaveLength(65);
    expect(scene.viewport.zoom * LOOK.nodeSize).toBeGreaterThanOrEqual(LOOK.minTouchSize);
    const screen = scene.nodes.map((n) => toScreen(n, scene.viewport));
    for (const p of screen) {
      expect(p.x - LOOK.minTouchSize / 2).toBeGreaterThanOrEqual(0);
      expect(p.x + LOOK.minTouchSize / 2).toBeLessThanOrEqual(size.width);
      expect(p.y - LOOK.minTouchSize / 2).toBeGreaterThanOrEqual(size.top);
      expect(p.y + LOOK.minTouchSize / 2).toBeLessThanOrEqual(size.height);
    }
    // Far enough apart that a finger hits the one it aims at.
    for (let i = 0; i < screen.length; i++) for (let j = i + 1; j < screen.length; j++) expect(Math.hypot(screen[i]!.x - screen[j]!.x, screen[i]!.y - screen[j]!.y)).toBeGreaterThan(LOOK.minTouchSize + 4);
    // The focus mid-canvas, and the second hop outside the first.
    expect(screen[0]).toEqual({ x: size.width / 2, y: size.top + (size.height - size.top) / 2 });
    const reach = (ids: string[]) => ids.map((id) => scene.nodes.find((n) => n.id === id)!).map((n) => Math.hypot(n.x / size.width, n.y / size.height));
    expect(Math.min(...reach(second))).toBeGreaterThan(Math.max(...reach(first)));
  });

  it('draws the focus mid-canvas, however long the names on one side', () => {
    const ids = ['n0', 'n1', 'n2', 'n3', 'n4'];
    const node = (id: string, title: string) => ({ id, title, type: 'practice' as const, summary: '', url: '', aliases: [], x: 0, y: 0 });
    // n1 lands at the ring's right: a long name there would pull a plain fit's centre toward it.
    const nodes = [node('hub', 'Hub'), ...ids.map((id) => node(id, id === 'n1' ? 'A concept whose name runs on and on beside it' : id))];
    const graph = { nodes, edges: ids.map((id) => edge(id, 'requires', 'hub')), byId: new Map(nodes.map((n) => [n.id, n])) };
    for (const size of [{ width: 930, height: 510, top: 44, bottom: 80 }, { width: 356, height: 506, top: 44, bottom: 0 }]) {
      const scene = sceneFor(graph, { ...DEFAULT_VIEW, focus: 'hub' }, size);
      expect(toScreen(scene.nodes[0]!, scene.viewport)).toEqual({ x: size.width / 2, y: size.top + (size.height - size.top - size.bottom) / 2 });
    }
  });

  it('lays a learning path out in order, each step beside the next', () => {
    const steps = ['s1', 's2', 's3', 's4', 's5', 's6'];
    const wide = pathLayout(steps, { width: 1000, height: 700 }).positions;
    for (let i = 1; i < steps.length; i++) {
      const [a, b] = [wide.get(steps[i - 1]!)!, wide.get(steps[i]!)!];
      // Neighbours in the snake: one step across or one row down, never a jump across the canvas.
      expect(Math.abs(a.x - b.x) + Math.abs(a.y - b.y)).toBeLessThanOrEqual(230);
    }
    const narrow = pathLayout(steps, { width: 380, height: 700 });
    expect(narrow.compact).toBe(true);
    // Rows follow each other down the canvas.
    expect(steps.map((s) => narrow.positions.get(s)!.y)).toEqual([...steps.map((s) => narrow.positions.get(s)!.y)].sort((p, q) => p - q));
  });
});
