import { describe, expect, it } from 'vitest';
import { buildGraph, indexGraph } from '../../src/graph/build-graph.ts';
import { toGraphJson, GRAPH_JSON_VERSION } from '../../src/graph/graph-json.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { conceptSchema } from '../../src/schema/concept.ts';

const { concepts } = validateContent('test/fixtures/small-graph');
const graph = buildGraph(concepts, (id) => `/concepts/${id}/`);
const index = indexGraph(graph);
const labels = (id: string) => Object.fromEntries(index.relationsOf(id).map((g) => [g.label, g.nodes.map((n) => n.id)]));

describe('knowledge graph', () => {
  it('has a node per concept with its page URL', () => {
    expect(graph.nodes).toHaveLength(concepts.length);
    expect(index.byId.get('change-enablement')).toMatchObject({ title: 'Change enablement', type: 'practice', url: '/concepts/change-enablement/' });
  });

  it('shows a relation on the target page under its inverse name', () => {
    expect(labels('change-risk-rating')['Required by']).toEqual(['change-enablement']);
    expect(labels('change-enablement')['Has part']).toEqual(['change-risk-rating']);
    expect(labels('unauthorized-change-rate')['Measures']).toEqual(['change-enablement']);
  });

  it('lists a symmetric relation once on both ends, even when both declare it', () => {
    // change-enablement and unauthorized-change-rate each declare relatedTo the other
    expect(labels('change-enablement')['Related to']).toEqual(['tooling-without-process', 'unauthorized-change-rate']);
    // declared only by change-risk-rating, yet listed on the metric too
    expect(labels('unauthorized-change-rate')['Related to']).toEqual(['change-enablement', 'change-risk-rating']);
  });

  it('draws informs from the producer of a record to the practice that acts on it, read as "Informed by" there', () => {
    const concept = (id: string, type: string, relations = {}) => ({ id, data: conceptSchema.parse({ title: id, type, summary: 'S.', updated: '2026-11-30', relations }) });
    const small = buildGraph([concept('incident-management', 'practice', { informs: ['problem-management'] }), concept('problem-management', 'practice')], (id) => `/${id}/`);
    expect(small.edges).toEqual([{ source: 'incident-management', target: 'problem-management', type: 'informs' }]);
    const lists = (id: string) => Object.fromEntries(indexGraph(small).relationsOf(id).map((g) => [g.label, g.nodes.map((n) => n.id)]));
    expect(lists('incident-management')).toEqual({ Informs: ['problem-management'] });
    expect(lists('problem-management')).toEqual({ 'Informed by': ['incident-management'] });
  });

  it('derives a mapsTo edge to a framework that has its own page, and none to one that does not', () => {
    expect(graph.edges).toContainEqual({ source: 'change-risk-rating', target: 'nist-sp-800-53', type: 'mapsTo' });
    expect(graph.edges.some((e) => e.target === 'iso-iec-27001-2022')).toBe(false);
    expect(labels('nist-sp-800-53')['Mapped from']).toEqual(['change-risk-rating']);
  });

  it('publishes every node and edge in a versioned graph.json', () => {
    const json = toGraphJson(graph, new Map(graph.nodes.map((n, i) => [n.id, { x: i, y: -i }])), new Map([['change-enablement', ['Change management']]]));
    expect(json).toMatchObject({ format: 'converge-graph', version: GRAPH_JSON_VERSION });
    expect(json.edges).toHaveLength(graph.edges.length);
    expect(JSON.parse(JSON.stringify(json)).nodes[0]).toEqual(expect.objectContaining({ id: expect.any(String), title: expect.any(String), type: expect.any(String), summary: expect.any(String), url: expect.any(String), aliases: expect.any(Array), x: expect.any(Number), y: expect.any(Number) }));
    expect(json.nodes.find((n) => n.id === 'change-enablement')!.aliases).toEqual(['Change management']);
  });
});
