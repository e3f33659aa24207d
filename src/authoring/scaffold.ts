// The text of a new concept, learning path or assessment question, from a template that teaches
// the house style in its placeholders. Pure: `npm run new` (scripts/new.ts) reads the content
// into a snapshot, calls `scaffold` and writes what it returns.
import { parseDocument } from 'yaml';
import { didYouMean } from '../schema/did-you-mean.ts';
import { QUESTION_ID } from '../schema/assessment.ts';
import { CONCEPT_ID, NODE_TYPES, type NodeType } from '../schema/vocabulary.ts';
import { PLACEHOLDER } from './placeholders.ts';

/** What `npm run new` knows of the content before it writes: enough to refuse, link and insert. */
export interface ContentSnapshot {
  /** The content folder as printed (relative to the working directory), e.g. `content`. */
  dir: string;
  /** Every concept file, whether or not its frontmatter is valid. */
  concepts: { id: string; file: string; type?: string; title?: string; aliases: string[] }[];
  paths: { id: string; file: string }[];
  assessment?: AssessmentSnapshot;
}

export interface AssessmentSnapshot {
  modelFile: string;
  modelText: string;
  modelVersion?: number;
  /** Model versions recorded in versions.json. */
  released: number[];
  /** The five level names, 0 to 4. */
  levelNames: string[];
  dimensions: { id: string; file: string; text: string; questions: string[]; concepts: string[] }[];
}

export type ScaffoldRequest =
  | { kind: 'concept'; id: string; type?: string; title?: string }
  | { kind: 'path'; id: string; title?: string; steps?: string[] }
  | { kind: 'question'; id: string };

export const SCAFFOLD_KINDS = ['concept', 'path', 'question'] as const;

/** A file to write: a new one, or an existing one with text added. */
export interface FileWrite {
  file: string;
  text: string;
  created: boolean;
}

export type ScaffoldResult =
  | { ok: true; writes: FileWrite[]; fill: string[]; next: string[] }
  | { ok: false; message: string };

/** The first concept of the graph: every boundary is named by its IS-NOT list (content tests). */
const SEED = 'integrating-security-with-it-operations';
const MAX_QUESTIONS = 6;
/** One climb, rung by rung, for a change risk rating: how an action reads at each step. */
const ACTION_EXAMPLES = [
  'Add a security risk field to the change form and ask requesters to fill it in.',
  'Write down what low, medium and high mean and who reviews each.',
  'Make the field mandatory in the ITSM workflow and route high ratings to the joint CAB.',
  'Compare ratings with failed changes each quarter and tune the rating questions.',
];

/** Builds the files for `request`, or says why not, without touching the content. */
export function scaffold(request: ScaffoldRequest, snapshot: ContentSnapshot, today: string): ScaffoldResult {
  switch (request.kind) {
    case 'concept':
      return scaffoldConcept(request, snapshot, today);
    case 'path':
      return scaffoldPath(request, snapshot, today);
    case 'question':
      return scaffoldQuestion(request, snapshot);
  }
}

const refuse = (message: string): ScaffoldResult => ({ ok: false, message });
const kebab = (value: string) => value.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
const normalize = (name: string) => name.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
/** A double-quoted YAML scalar: placeholders hold colons, which a plain scalar cannot. */
const quote = (text: string) => JSON.stringify(text);
const todo = (text: string) => quote(`${PLACEHOLDER} ${text}`);

/** `change-security-risk-rating` → `Change security risk rating`: a start the author may keep. */
export function titleFromId(id: string): string {
  const words = id.split('.').at(-1)!.split('-').join(' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

function malformedId(id: string, what: string, rule: string): ScaffoldResult {
  const fixed = what === 'question' ? id.split('.').map(kebab).filter(Boolean).join('.') : kebab(id);
  const valid = what === 'question' ? QUESTION_ID.test(fixed) : CONCEPT_ID.test(fixed);
  const suggestion = valid && fixed !== id ? ` Try "${fixed}".` : '';
  return refuse(`"${id}" is not a valid ${what} id: ${rule}.${suggestion}`);
}

// ---------------------------------------------------------------------------------------------
// Concepts

interface TypeGuide {
  /** What a concept of this type is, for the summary placeholder. */
  is: string;
  /** The type-specific half of "Why it matters". */
  why: string;
  /** Which relations this type usually has, pointing at existing concepts. */
  relations: string;
  /** The type-specific hint for the worked example. */
  example?: string;
  /** A type-specific item for the list of what to fill in. */
  fill?: string;
}

const GUIDES: Record<NodeType, TypeGuide> = {
  practice: {
    is: 'an IT operations practice and the security work that runs inside it',
    why: 'Say where security work sits inside the everyday records and meetings of this practice, and what the practice gains from it (fewer failed changes, faster restores).',
    relations: 'partOf: the program it belongs to; requires: the practices it cannot work without; ownedBy: the accountable role. Its controls point partOf at it.',
  },
  control: {
    is: 'a control embedded in a practice: a check, step or rule that runs inside operational work',
    why: 'Name the step of which practice the control runs in, what it checks, and the exposure it catches (a firewall rule opened to the internet, a dormant admin account). For operations, say why it costs less than the incident it prevents.',
    relations: 'partOf: the practice it runs inside; ownedBy: the role that runs it; measuredBy: the metric that shows it works.',
    fill: 'mappings: at least one framework identifier the control meets (the content tests require one on every control), with a note in your own words',
  },
  capability: {
    is: 'something the organization can do once several practices and controls work together',
    why: 'Say what the organization can do with it that it could not do before: for security (detect, contain, prove) and for operations (ship, restore, scale).',
    relations: 'requires: the practices and controls it is built from; enables: what it makes possible.',
  },
  governance: {
    is: 'a forum, policy or decision right where security and operations decide together',
    why: 'Say which decisions this body makes together that were made apart before, and what went wrong when they were.',
    relations: 'ownedBy: the role that chairs it; constrains: the practices its decisions bind; partOf: the program it serves.',
  },
  role: {
    is: 'a role: one person’s accountability, not a team name',
    why: 'Say which decisions the role makes that nobody else can, and what falls between security and operations when the role is missing.',
    relations: 'partOf: the program or forum the role sits in. Concepts the role owns point ownedBy at it.',
  },
  metric: {
    is: 'a shared metric: one number security and operations read from the same records',
    why: 'Say which question the number answers for security and which for operations, and what a careless version of it rewards.',
    relations: 'ownedBy: the role that reports it; informs: the review or decision that acts on it. What it measures points measuredBy at it.',
    example: 'Compute the formula with one month of realistic numbers in the checked table below, one row per step: the build evaluates each Calculation (numbers, the four operators and parentheses only; a percentage as the sum that makes it, as in the second row) and refuses a Result that is not it rounded to the decimals shown. Replace the example rows with yours, keep every sum in the table and use the same figures in the prose, then show what the headline hides (a tier, a team, an outlier).',
    fill: 'measure: the formula (with ÷ and the period), its unit, which direction is better, and the system of record the numbers come from',
  },
  framework: {
    is: 'a framework or standard that concepts map to',
    why: 'Say what the framework asks of operations teams, where it is silent about integration, and how concepts map to its identifiers.',
    relations: 'relatedTo: the frameworks it is used with. Concepts reach it through their mappings, not relations.',
  },
  boundary: {
    is: 'an IS-NOT: a tempting thing that looks like integration and is not',
    why: 'Say why teams reach for it (it is quick, visible or can be bought) and which risk stays open because security and operations still work apart.',
    relations: 'relatedTo: the practice or capability it imitates. Concepts name it from an isNot item with boundary: and this id.',
    example: 'Show one organization that fell into it: what its dashboards said, what an incident or audit then revealed, and what it did instead.',
    fill: 'boundary: why it is tempting, and what to do instead',
  },
  program: {
    is: 'a program that coordinates practices, capabilities and governance toward one goal',
    why: 'Say what the program coordinates, who sponsors it, and what stays fragmented without it.',
    relations: 'requires: the practices and governance it is built on; enables: the capabilities it delivers; ownedBy: its sponsor.',
  },
};

function scaffoldConcept(request: Extract<ScaffoldRequest, { kind: 'concept' }>, snapshot: ContentSnapshot, today: string): ScaffoldResult {
  const { id } = request;
  if (!CONCEPT_ID.test(id)) return malformedId(id, 'concept', 'use lower-case words and digits joined by single hyphens, e.g. change-security-risk-rating; it becomes the file name and the page address');
  const existing = snapshot.concepts.find((c) => c.id === id);
  if (existing) return refuse(`Concept "${id}" already exists: ${existing.file}. Edit that file, or choose another id.`);
  if (!request.type) return refuse(`A concept needs --type, one of: ${NODE_TYPES.join(', ')}.`);
  if (!(NODE_TYPES as readonly string[]).includes(request.type)) {
    const close = didYouMean(request.type, NODE_TYPES);
    return refuse(`Unknown concept type "${request.type}"${close ? ` (did you mean "${close}"?)` : ''}: use one of ${NODE_TYPES.join(', ')}.`);
  }
  const type = request.type as NodeType;
  const title = request.title?.trim() || titleFromId(id);
  // Ids, titles and aliases share one namespace (the integrity check): a clash means the concept probably exists.
  for (const name of new Set([normalize(id), normalize(title)])) {
    const owner = snapshot.concepts.find((c) => [c.id, c.title ?? '', ...c.aliases].some((n) => normalize(n) === name));
    if (owner) {
      return refuse(`"${name}" is already the id, title or alias of ${owner.id} (${owner.file}): extend that concept, or choose a more specific id${request.title ? ' and title' : ' or pass --title'}.`);
    }
  }
  const guide = GUIDES[type];
  const boundaries = snapshot.concepts.filter((c) => c.type === 'boundary').map((c) => c.id);
  const boundaryExample = boundaries.includes('tooling-without-process-integration') ? 'tooling-without-process-integration' : (boundaries[0] ?? 'a-boundary-concept-id');
  const file = `${snapshot.dir}/concepts/${id}.mdx`;

  const measure = type === 'metric'
    ? [
        'measure:           # how the number is computed, so both teams get the same figure',
        `  formula: ${todo('what is counted ÷ what it is counted against, and the period, e.g. changes with a security review ÷ all changes closed in the month × 100')}`,
        `  unit: ${todo('percent, days, hours or count')}`,
        `  direction: higher-is-better   # ${PLACEHOLDER} choose higher-is-better, lower-is-better or within-target`,
        `  source: ${todo('the system of record the numbers come from, e.g. ITSM change records')}`,
      ]
    : [];
  const boundary = type === 'boundary'
    ? [
        'boundary:          # shown in the box at the top of the page',
        `  tempting: ${todo('why teams reach for it: quick, visible, easy to buy or to report')}`,
        `  instead: ${todo('what to do instead, so security and operations actually work together')}`,
      ]
    : [];
  // A metric's worked example computes its formula; the checked table (content/README.md, "Sums in a
  // worked example") is where the build verifies it. The example rows add up, so the draft validates.
  const workedTable = type === 'metric'
    ? [
        '',
        '| Step | Calculation | Result |',
        '|---|---|---|',
        `| ${PLACEHOLDER} what is counted, e.g. changes that count as reviewed | 610 + 150 + 24 + 21 | 805 changes |`,
        `| ${PLACEHOLDER} the formula, e.g. reviewed ÷ all changes closed in the month | 805 ÷ 820 × 100 | 98.2 % |`,
      ]
    : [];
  const mappingsNote = type === 'control'
    ? `${PLACEHOLDER} at least one on a control (the content tests require it)`
    : 'framework identifiers, checked against content/frameworks/';
  const frontmatter = [
    '---',
    '# Written by `npm run new`: write each text and comment marked TODO (content/README.md explains every field).',
    `title: ${quote(title)}`,
    `type: ${type}`,
    `summary: ${todo(`one sentence of at most 300 characters that a newcomer understands, saying what it is (${guide.is}) and what it changes for security and for operations.`)}`,
    'aliases: []        # other names people search for, e.g. [Change management]; unique site-wide',
    'tags: []           # lower-case topic words, e.g. [change, kpi]',
    'is:                # what it IS: statements you could check in records or in a meeting',
    `  - ${todo('an observable statement, e.g. Every change record carries a security risk rating before approval.')}`,
    `  - ${todo('who does what, when, and in which system.')}`,
    'isNot:             # what it is NOT: the tempting look-alike; an item may name a boundary concept',
    `  - ${todo('a look-alike that is not this, e.g. A security sign-off bolted onto the end of the process.')}`,
    '  # - text: Buying a tool and calling it integration.',
    `  #   boundary: ${boundaryExample}`,
    `relations:         # ${PLACEHOLDER} ${guide.relations} Each target must be an existing concept id.`,
    '  partOf: []',
    '  requires: []',
    '  enables: []',
    '  relatedTo: []    # the last resort: only where no typed relation says what the link means',
    '  constrains: []',
    '  measuredBy: []',
    '  ownedBy: []',
    '  informs: []     # a record or signal it produces that the target acts on',
    `mappings: []       # ${mappingsNote}, e.g.`,
    '  # - framework: nist-sp-800-53',
    '  #   identifier: CM-3',
    '  #   note: How the concept meets the control, in your own words',
    ...measure,
    ...boundary,
    'sources: []        # where the facts come from, e.g.',
    '  # - title: NIST SP 800-53 Rev. 5 Security and Privacy Controls',
    '  #   url: https://csrc.nist.gov/pubs/sp/800/53/r5/upd1/final',
    `updated: ${today}`,
    '---',
  ];
  const body = [
    '',
    '## Why it matters',
    '',
    `${PLACEHOLDER} In security terms: which exposure, attack or audit finding this prevents or reveals, with one concrete case. In operations terms: what it does to flow, toil or restore time, and why operations wants it too. ${guide.why}`,
    '',
    '## Low and high maturity',
    '',
    `${PLACEHOLDER} At low maturity, in a siloed organization: separate queues, tools and meetings, and security hears late or never. Say what the records show.`,
    '',
    `${PLACEHOLDER} At high maturity, in an integrated organization: it runs inside the shared workflow for all in-scope work, operations owns it, the records show it and a shared KPI measures it. Name evidence you could see, not intentions.`,
    '',
    '## Worked example',
    '',
    `${PLACEHOLDER} One concrete situation in a named kind of organization (a logistics firm, a regional hospital), with numbers where they help: counts, hours, percentages. ${guide.example ?? 'Walk through what happened and what the numbers revealed.'}`,
    ...workedTable,
    '',
    '## Failure modes',
    '',
    `- **${PLACEHOLDER} a short name**: how it goes wrong in practice, and the sign that shows it.`,
    `- **${PLACEHOLDER} a short name**: another way, e.g. the tick-box version that satisfies an audit and changes nothing.`,
    `- **${PLACEHOLDER} a short name**: what happens when one side stops doing its part.`,
    '',
  ];
  const fill = [
    `summary: one sentence (at most 300 characters) on ${guide.is}`,
    'aliases and tags: the other names people search for, and topic words',
    'is and isNot: statements you could check in records; name a boundary concept from isNot where one fits',
    `relations: ${guide.relations}`,
    ...(guide.fill ? [guide.fill] : []),
    'sources: the standards or guides the facts come from',
    'the body, 150 to 600 words in your own words, under the four headings: Why it matters (security and operations), Low and high maturity, Worked example, Failure modes. Write "less than" rather than the angle bracket or brace characters, which MDX reads as code',
  ];
  const next = [
    `npm run validate   lists the "${PLACEHOLDER}" placeholders left; the content tests refuse them, and want at least two relations per concept`,
    `npm run dev        shows the page at /concepts/${id}/`,
  ];
  if (type === 'boundary' && snapshot.concepts.some((c) => c.id === SEED)) {
    next.push(`name it from an isNot item of ${SEED} (boundary: ${id}): the content tests require every boundary to be named there`);
  }
  return { ok: true, writes: [{ file, text: [...frontmatter, ...body].join('\n'), created: true }], fill, next };
}

// ---------------------------------------------------------------------------------------------
// Learning paths

function scaffoldPath(request: Extract<ScaffoldRequest, { kind: 'path' }>, snapshot: ContentSnapshot, today: string): ScaffoldResult {
  const { id } = request;
  if (!CONCEPT_ID.test(id)) return malformedId(id, 'path', 'use lower-case words and digits joined by single hyphens, e.g. change-enablement-with-security-built-in; it becomes the file name and the page address');
  const existing = snapshot.paths.find((p) => p.id === id);
  if (existing) return refuse(`Learning path "${id}" already exists: ${existing.file}. Edit that file, or choose another id.`);
  const ids = snapshot.concepts.map((c) => c.id);
  const requested = request.steps?.map((s) => s.trim()).filter(Boolean) ?? [];
  const chosen = requested.length > 0;
  const picked = chosen ? checkSteps(requested, ids) : exampleSteps(ids);
  if (typeof picked === 'string') return refuse(picked);
  const steps = picked;
  const title = request.title?.trim() || titleFromId(id);
  const stepsComment = chosen
    ? 'steps:             # in teaching order; each concept at most once, each an existing concept id'
    : `steps:             # ${PLACEHOLDER} replace these two example steps with your path's concepts, in teaching order (at least 2; \`--steps a,b,c\` writes them)`;
  const text = [
    '---',
    '# Written by `npm run new`: write each text and comment marked TODO (content/README.md, "Learning paths").',
    `title: ${quote(title)}`,
    `summary: ${todo('one sentence, at most 300 characters, on what the path covers and what the room can do afterwards.')}`,
    `audience: ${todo('who is in the room, e.g. Change managers, CAB members, security analysts')}`,
    `minutes: 45        # ${PLACEHOLDER} the expected length of the session in minutes (at most 480)`,
    stepsComment,
    ...steps.flatMap((concept) => [
      `  - concept: ${concept}`,
      `    note: ${todo('what the trainer points out at this step, and how it links to the step before (left out of the printed handout).')}`,
      `    question: ${todo('a discussion question the room can answer from its own records, e.g. How many of last quarter’s emergency changes were reviewed afterwards?')}`,
    ]),
    `updated: ${today}`,
    '---',
    '',
    `${PLACEHOLDER} A short introduction: who the session is for, what the room should be able to do after it, and how the steps build on each other. Write "less than" rather than the angle bracket or brace characters, which MDX reads as code.`,
    '',
  ].join('\n');
  return {
    ok: true,
    writes: [{ file: `${snapshot.dir}/paths/${id}.mdx`, text, created: true }],
    fill: [
      'summary: one sentence on what the path covers and what the room can do afterwards',
      'audience: the roles in the room',
      'minutes: how long the session takes',
      chosen ? 'steps: a trainer note and a discussion question for each step' : 'steps: the concepts of your path in teaching order, each with a trainer note and a discussion question',
      'the introduction below the frontmatter',
    ],
    next: [
      `npm run validate   lists the "${PLACEHOLDER}" placeholders left; the content tests refuse them`,
      `npm run dev        shows the path at /paths/${id}/ and its printable handout`,
    ],
  };
}

/** The steps an author asked for, or why they cannot make a path. */
function checkSteps(steps: string[], ids: readonly string[]): string[] | string {
  const unknown = steps.filter((s) => !ids.includes(s));
  if (unknown.length > 0) {
    const hints = unknown.map((s) => {
      const close = didYouMean(s, ids);
      return close ? `"${s}" (did you mean "${close}"?)` : `"${s}"`;
    });
    return `--steps names no concept: ${hints.join(', ')}. Each step must be an existing concept id.`;
  }
  const repeated = steps.find((s, i) => steps.indexOf(s) !== i);
  if (repeated) return `--steps lists "${repeated}" twice: each concept may be a step once per path.`;
  if (steps.length < 2) return '--steps needs at least 2 concepts: a path is a walk from one to the next.';
  return steps;
}

/** Two real concepts keep a path without --steps valid; its comment says to replace them. */
function exampleSteps(ids: readonly string[]): string[] | string {
  const preferred = [SEED, 'change-enablement'].filter((s) => ids.includes(s));
  const steps = [...preferred, ...ids.filter((s) => !preferred.includes(s))].slice(0, 2);
  return steps.length < 2 ? 'A learning path needs at least 2 concepts to walk through, and the content has fewer.' : steps;
}

// ---------------------------------------------------------------------------------------------
// Assessment questions

function scaffoldQuestion(request: Extract<ScaffoldRequest, { kind: 'question' }>, snapshot: ContentSnapshot): ScaffoldResult {
  const { id } = request;
  const assessment = snapshot.assessment;
  if (!assessment) return refuse(`There is no assessment model in ${snapshot.dir}/assessment/ to add a question to.`);
  const dimensionIds = assessment.dimensions.map((d) => d.id);
  if (!QUESTION_ID.test(id)) {
    return malformedId(id, 'question', `write <dimension>.<name> in lower-case words joined by hyphens, e.g. change.risk-rating, where the dimension is one of ${dimensionIds.join(', ')}`);
  }
  const [dimensionId] = id.split('.') as [string, string];
  const dimension = assessment.dimensions.find((d) => d.id === dimensionId);
  if (!dimension) {
    const close = didYouMean(dimensionId, dimensionIds);
    return refuse(`"${dimensionId}" is not a dimension of the model${close ? ` (did you mean "${close}"?)` : ''}: the id starts with one of ${dimensionIds.join(', ')}.`);
  }
  const owner = assessment.dimensions.find((d) => d.questions.includes(id));
  if (owner) return refuse(`Question "${id}" already exists: ${owner.file}. Question ids are stable forever; choose another name.`);
  if (dimension.questions.length >= MAX_QUESTIONS) {
    return refuse(`Dimension "${dimension.id}" already has ${dimension.questions.length} questions (${dimension.file}), the most a dimension may have: merge or retire one first.`);
  }

  const names = assessment.levelNames.length === 5 ? assessment.levelNames : ['Siloed', 'Aware', 'Coordinated', 'Integrated', 'Optimised'];
  const levelHints = [
    'what the records show when nothing is in place',
    'informal, depends on named individuals, with gaps in the records',
    'written down and applied to most work, with hand-offs between separate teams',
    'runs inside the shared workflow for all in-scope work, operations owns it, a shared KPI measures it',
    'reviewed against targets on a fixed cycle; records show it tuned or automated because of results',
  ];
  const block = [
    `  - id: ${id}`,
    `    prompt: ${todo('one question a team answers from its records, e.g. Does every change request carry a security risk rating that sets how deep its review goes?')}`,
    `    facet: process   # ${PLACEHOLDER} choose process, tooling, governance, people or measurement (warnings compare facets)`,
    '    # weight: 1.5    # optional, default 1: raise it only for a question that matters more than its neighbours',
    '    levels:           # exactly five, for levels 0 to 4: observable evidence, each level including the one before',
    ...levelHints.map((hint, level) => `      - ${todo(`${level} ${names[level]}: ${hint}.`)}`),
    '    actions:          # exactly four imperative sentences of at most 240 characters, one per rung',
    ...ACTION_EXAMPLES.map((example, from) => `      - ${todo(`what to do to go from ${names[from]} to ${names[from + 1]}, e.g. ${example}`)}`),
    '    evidence:         # what an assessor can ask to see',
    `      - ${todo('a record, e.g. Change records of the last quarter')}`,
    `    concepts: [${dimension.concepts[0] ?? snapshot.concepts[0]?.id}]   # ${PLACEHOLDER} the concepts whose pages explain the practice (existing ids)`,
    '    # requires: []   # optional: questions whose practice must be in place first',
  ];
  const inserted = appendToBlock(dimension.text, 'questions', block, true);
  const writes: FileWrite[] = [];
  const next: string[] = [];
  const fill = [
    'prompt: one question a team can answer from its own records',
    'facet: process, tooling, governance, people or measurement',
    `levels: five observable descriptors, ${names.map((n, i) => `${i} ${n}`).join(', ')}`,
    'actions: four imperative sentences, one per rung (0→1, 1→2, 2→3, 3→4)',
    'evidence: the records an assessor can ask to see',
    'concepts: the concept pages that explain the practice',
  ];
  if (!inserted || !addsQuestion(dimension.text, inserted, id)) {
    // Editing in place would break the file: hand the author the block instead.
    return refuse(`Could not add the question to ${dimension.file} without breaking its YAML. Paste this block at the end of its questions list:\n\n${block.join('\n')}`);
  }
  writes.push({ file: dimension.file, text: inserted, created: false });

  // A released model can never change under the same number: scorecards name it.
  const version = assessment.modelVersion;
  const latest = Math.max(0, ...assessment.released);
  if (version !== undefined && assessment.released.includes(version)) {
    const bumped = bumpModelVersion(assessment.modelText, version, latest + 1, id);
    if (!bumped) {
      next.push(`set modelVersion in ${assessment.modelFile} to ${latest + 1} and add a migration "- from: ${latest}" (version ${version} is released)`);
    } else {
      writes.push({ file: assessment.modelFile, text: bumped, created: false });
      next.push(`${assessment.modelFile} now says modelVersion: ${latest + 1}, with a migration from ${latest}: version ${version} is released and can never change`);
    }
  } else if (version !== undefined) {
    next.push(`modelVersion ${version} is not released yet, so this question joins it`);
  }
  next.push(
    `npm run validate     lists the "${PLACEHOLDER}" placeholders left; until the new version is released it also says "run npm run lock-model"`,
    'npm run lock-model   once every placeholder is written: releases the model version (it refuses while placeholders remain, since a release can never change)',
  );
  return { ok: true, writes, fill, next };
}

/**
 * Adds `lines` at the end of the top-level block `key` of a YAML text, keeping every comment.
 * Returns undefined when the key is not there.
 */
function appendToBlock(text: string, key: string, lines: readonly string[], blankLineBefore: boolean): string | undefined {
  const all = text.replace(/\n*$/, '').split('\n');
  const start = all.findIndex((line) => line.startsWith(`${key}:`));
  if (start < 0) return undefined;
  let last = start;
  for (let i = start + 1; i < all.length; i++) {
    const line = all[i]!;
    if (/^[^\s#-]/.test(line)) break; // the next top-level key
    if (/^(\s+\S|- )/.test(line)) last = i; // a line of the block (not a blank or a top-level comment)
  }
  all.splice(last + 1, 0, ...(blankLineBefore ? [''] : []), ...lines);
  return `${all.join('\n')}\n`;
}

/** True when `after` parses and holds exactly the questions of `before` plus `id`, at the end. */
function addsQuestion(before: string, after: string, id: string): boolean {
  const ids = (text: string) => {
    const doc = parseDocument(text);
    if (doc.errors.length > 0) return undefined;
    const questions = (doc.toJS() as { questions?: { id?: string }[] } | null)?.questions;
    return Array.isArray(questions) ? questions.map((q) => q?.id) : undefined;
  };
  const old = ids(before);
  const now = ids(after);
  return !!old && !!now && JSON.stringify(now) === JSON.stringify([...old, id]);
}

/** Sets `modelVersion` to `next` and adds the migration from the released `from`, which loses no answers. */
function bumpModelVersion(text: string, current: number, next: number, id: string): string | undefined {
  const line = new RegExp(`^modelVersion:\\s*${current}\\b`, 'm');
  if (!line.test(text)) return undefined;
  const withVersion = text.replace(line, `modelVersion: ${next}`);
  const from = next - 1;
  const migration = [`  # Version ${next} adds the question ${id}: every earlier answer carries over unchanged.`, `  - from: ${from}`];
  const result = appendToBlock(withVersion, 'migrations', migration, false) ?? `${withVersion.replace(/\n*$/, '\n')}\nmigrations:\n${migration.join('\n')}\n`;
  const doc = parseDocument(result);
  if (doc.errors.length > 0) return undefined;
  const data = doc.toJS() as { modelVersion?: number; migrations?: { from?: number }[] };
  return data.modelVersion === next && data.migrations?.some((m) => m.from === from) ? result : undefined;
}
