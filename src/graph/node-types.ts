import type { NodeType } from '../schema/vocabulary.ts';

/** How each node type is named and explained to a reader, in the order pages list them. */
export const NODE_TYPE_INFO: Record<NodeType, { label: string; plural: string; description: string }> = {
  program: { label: 'Program', plural: 'Programs', description: 'The security program and the integrated operating model itself.' },
  practice: { label: 'Practice', plural: 'Practices', description: 'IT operations practices that security is built into.' },
  control: { label: 'Control', plural: 'Controls', description: 'Security checkpoints embedded in a practice’s everyday workflow.' },
  governance: { label: 'Governance', plural: 'Governance bodies', description: 'Forums where security and operations decide together.' },
  role: { label: 'Role', plural: 'Roles', description: 'Who is accountable, day to day.' },
  metric: { label: 'Metric', plural: 'Shared metrics', description: 'KPIs that security and operations are measured on together.' },
  capability: { label: 'Capability', plural: 'Capabilities', description: 'What integration makes possible.' },
  framework: { label: 'Framework', plural: 'Frameworks', description: 'Standards whose identifiers the controls map to.' },
  boundary: { label: 'Boundary', plural: 'Boundaries (what integration is not)', description: 'Tempting look-alikes that are not integration, and a neighbouring discipline it does not replace.' },
};

export const NODE_TYPE_ORDER = Object.keys(NODE_TYPE_INFO) as NodeType[];

/**
 * How each type is drawn in the graph: a shape plus a colour, so types differ by more than hue
 * (colour-blind readers) and the legend can show both. Colours match the page badges' hues.
 */
export const NODE_TYPE_STYLE: Record<NodeType, { shape: string; colour: string }> = {
  program: { shape: 'star', colour: '#7b3fc4' },
  practice: { shape: 'round-rectangle', colour: '#1f6fd1' },
  control: { shape: 'ellipse', colour: '#1e8a4c' },
  governance: { shape: 'hexagon', colour: '#c26a00' },
  role: { shape: 'diamond', colour: '#c2307f' },
  metric: { shape: 'triangle', colour: '#0f7f95' },
  capability: { shape: 'pentagon', colour: '#5f7d12' },
  framework: { shape: 'rectangle', colour: '#59606c' },
  boundary: { shape: 'octagon', colour: '#c62828' },
};
