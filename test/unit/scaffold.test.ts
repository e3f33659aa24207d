import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { findPlaceholders } from '../../src/authoring/placeholders.ts';
import { readSnapshot } from '../../src/authoring/read-snapshot.ts';
import { scaffold, type ScaffoldRequest } from '../../src/authoring/scaffold.ts';
import { LOCK_FILE, modelHash, questionIds, readVersionLock } from '../../src/assessment/read-model.ts';
import { NODE_TYPES } from '../../src/schema/vocabulary.ts';
import { formatProblem } from '../../src/schema/problem.ts';
import { validateContent } from '../../src/site/validate-content.ts';

// Each scaffold is written into a fresh copy of the real content and judged by the build's own
// checks (validateContent: schema, integrity, paths, the assessment model and its version lock).
let dir: string;
beforeEach(() => {
  dir = join(mkdtempSync(join(tmpdir(), 'converge-new-')), 'content');
  cpSync('content', dir, { recursive: true });
});

const TODAY = '2026-11-30';
/** A content file as the scaffold names it: relative to the working directory, like the build's messages. */
const at = (...parts: string[]) => relative(process.cwd(), join(dir, ...parts));
const run = (request: ScaffoldRequest) => scaffold(request, readSnapshot(dir), TODAY);
/** Scaffolds and writes, as `npm run new` does; fails the test on a refusal. */
function write(request: ScaffoldRequest) {
  const result = run(request);
  if (!result.ok) throw new Error(result.message);
  for (const { file, text } of result.writes) {
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return result;
}
const problems = () => validateContent(dir).problems.map(formatProblem);
const refusal = (request: ScaffoldRequest) => {
  const result = run(request);
  expect(result.ok).toBe(false);
  return result.ok ? '' : result.message;
};

describe('npm run new -- concept', () => {
  it.each(NODE_TYPES)('writes a %s concept that passes the schema and integrity checks, with the four sections to write', (type) => {
    const result = write({ kind: 'concept', id: `scaffolded-${type}`, type });
    expect(problems()).toEqual([]);
    const file = result.writes[0]!.file;
    expect(file).toBe(at('concepts', `scaffolded-${type}.mdx`));
    const { concepts } = validateContent(dir);
    expect(concepts.find((c) => c.id === `scaffolded-${type}`)?.data).toMatchObject({ type, title: `Scaffolded ${type}` });
    const text = readFileSync(file, 'utf8');
    for (const heading of ['## Why it matters', '## Low and high maturity', '## Worked example', '## Failure modes']) {
      expect(text).toContain(`\n${heading}\n`);
    }
    // Unfinished and visibly so: every section still holds a placeholder, and the MDX body has no characters MDX reads as code.
    const body = text.split('\n---\n')[1]!;
    expect(body.split('\n## ').slice(1).every((section) => findPlaceholders(section).length > 0)).toBe(true);
    expect(body).not.toMatch(/[<>{}]/);
    expect(result.fill.length).toBeGreaterThanOrEqual(5);
    expect(result.fill.at(-1)).toMatch(/150 to 600 words/);
  });

  it('asks a metric for its measure and a boundary for its note, and a control for a mapping', () => {
    const metric = readFileSync(write({ kind: 'concept', id: 'new-metric', type: 'metric' }).writes[0]!.file, 'utf8');
    expect(metric).toMatch(/\nmeasure:.*\n {2}formula: "TODO:/);
    // Its worked example holds the checked table, rows still marked to write; problems() below checks that they add up.
    expect(metric.split('## Worked example')[1]).toMatch(/\n\| Step \| Calculation \| Result \|\n\|---\|---\|---\|\n\| TODO: [^\n]*\n\| TODO: [^\n]* \| 805 ÷ 820 × 100 \| 98\.2 % \|\n/);
    const boundary = write({ kind: 'concept', id: 'new-boundary', type: 'boundary' });
    expect(readFileSync(boundary.writes[0]!.file, 'utf8')).toMatch(/\nboundary:.*\n {2}tempting: "TODO:/);
    expect(boundary.next.join('\n')).toContain('isNot item of integrating-security-with-it-operations');
    expect(write({ kind: 'concept', id: 'new-control', type: 'control' }).fill.join('\n')).toMatch(/mappings: at least one/);
    expect(problems()).toEqual([]);
  });

  it('refuses an id that exists, naming its file, and writes nothing', () => {
    expect(refusal({ kind: 'concept', id: 'change-enablement', type: 'practice' })).toContain(`already exists: ${at('concepts', 'change-enablement.mdx')}`);
  });

  it('refuses a name that is already another concept’s title or alias', () => {
    // "Time to patch" is an alias of patch-latency-by-severity.
    expect(refusal({ kind: 'concept', id: 'time-to-patch', type: 'metric' })).toMatch(/already the id, title or alias of patch-latency-by-severity \(.*patch-latency-by-severity\.mdx\)/);
    expect(refusal({ kind: 'concept', id: 'cab-thing', type: 'governance', title: 'Change enablement' })).toMatch(/change-enablement/);
  });

  it('refuses a malformed id with the rule and a fixed id', () => {
    const message = refusal({ kind: 'concept', id: 'Joint_Patch Board', type: 'governance' });
    expect(message).toMatch(/not a valid concept id: use lower-case words/);
    expect(message).toContain('Try "joint-patch-board"');
  });

  it('refuses an unknown or missing type, listing the types', () => {
    expect(refusal({ kind: 'concept', id: 'new-thing', type: 'metrics' })).toBe(
      `Unknown concept type "metrics" (did you mean "metric"?): use one of ${NODE_TYPES.join(', ')}.`,
    );
    expect(refusal({ kind: 'concept', id: 'new-thing' })).toContain(NODE_TYPES.join(', '));
  });
});

describe('npm run new -- path', () => {
  it('writes a path with the chosen steps, each with a trainer note and a discussion question, that validates', () => {
    const result = write({ kind: 'path', id: 'patching-for-trainers', steps: ['patch-and-vulnerability-management', 'patch-slas-by-severity', 'patch-latency-by-severity'] });
    expect(problems()).toEqual([]);
    const path = validateContent(dir).paths.find((p) => p.id === 'patching-for-trainers')!;
    expect(path.data.steps.map((s) => s.concept)).toEqual(['patch-and-vulnerability-management', 'patch-slas-by-severity', 'patch-latency-by-severity']);
    expect(path.data.steps.every((s) => s.note.startsWith('TODO:') && s.question.startsWith('TODO:'))).toBe(true);
    expect(result.fill.join('\n')).toMatch(/trainer note and a discussion question/);
  });

  it('without --steps writes two real example steps and says to replace them', () => {
    const text = readFileSync(write({ kind: 'path', id: 'a-new-path' }).writes[0]!.file, 'utf8');
    expect(problems()).toEqual([]);
    expect(text).toMatch(/steps: +# TODO: replace these two example steps/);
  });

  it('refuses an existing path (naming its file), a malformed id and a step that names no concept', () => {
    expect(refusal({ kind: 'path', id: 'speaking-risk-in-business-terms' })).toContain(`already exists: ${at('paths', 'speaking-risk-in-business-terms.mdx')}`);
    expect(refusal({ kind: 'path', id: 'My path' })).toContain('Try "my-path"');
    expect(refusal({ kind: 'path', id: 'new-path', steps: ['change-enablment', 'incident-management'] })).toContain('"change-enablment" (did you mean "change-enablement"?)');
    expect(refusal({ kind: 'path', id: 'new-path', steps: ['incident-management'] })).toMatch(/at least 2/);
  });
});

describe('npm run new -- question', () => {
  it('adds the question to its dimension, keeping the comments, and moves the model to a new version with a migration', () => {
    const before = readFileSync(join(dir, 'assessment/model.yaml'), 'utf8');
    // The real model's current version, so the test holds as the model grows.
    const released = Number(/^modelVersion: (\d+)/m.exec(before)![1]);
    const next = released + 1;
    const dimensionBefore = readFileSync(join(dir, 'assessment/dimensions/governance.yaml'), 'utf8');
    const result = write({ kind: 'question', id: 'governance.exception-register' });
    expect(readFileSync(join(dir, 'assessment/dimensions/governance.yaml'), 'utf8').startsWith(dimensionBefore.trimEnd())).toBe(true);
    const model = readFileSync(join(dir, 'assessment/model.yaml'), 'utf8');
    expect(model).toContain(`modelVersion: ${next}`);
    expect(model.replace(`modelVersion: ${next}`, `modelVersion: ${released}`).startsWith(before.trimEnd())).toBe(true); // only added to
    expect(result.next.join('\n')).toMatch(/npm run lock-model/);

    // Valid but for the one step that is the author's to take: releasing the new version.
    expect(problems()).toEqual([expect.stringMatching(new RegExp(`modelVersion "${next}" is not recorded in .*versions\\.json: run \`npm run lock-model\``))]);
    const { assessment } = validateContent(dir);
    expect(questionIds(assessment!)).toContain('governance.exception-register');
    // Released (as lock-model does once the placeholders are written), the model passes every check, migrations included.
    const lock = readVersionLock(join(dir, 'assessment'));
    lock[String(next)] = { hash: modelHash(assessment!), questions: questionIds(assessment!) };
    writeFileSync(join(dir, 'assessment', LOCK_FILE), JSON.stringify(lock));
    expect(problems()).toEqual([]);
  });

  it('adds a second question to the same unreleased version without another bump', () => {
    const next = Number(/^modelVersion: (\d+)/m.exec(readFileSync(join(dir, 'assessment/model.yaml'), 'utf8'))![1]) + 1;
    write({ kind: 'question', id: 'change.freeze-exceptions' });
    const model = readFileSync(join(dir, 'assessment/model.yaml'), 'utf8');
    const second = write({ kind: 'question', id: 'people-and-roles.on-call-security-drills' });
    expect(second.writes.map((w) => w.file)).toEqual([at('assessment/dimensions/people-and-roles.yaml')]);
    expect(readFileSync(join(dir, 'assessment/model.yaml'), 'utf8')).toBe(model);
    expect(second.next[0]).toBe(`modelVersion ${next} is not released yet, so this question joins it`);
    expect(problems()).toEqual([expect.stringMatching(new RegExp(`modelVersion "${next}" is not recorded`))]);
  });

  it('refuses an id that exists, naming the dimension file', () => {
    expect(refusal({ kind: 'question', id: 'change.security-risk-rating' })).toContain(`already exists: ${at('assessment/dimensions/change.yaml')}`);
  });

  it('refuses a malformed id, an unknown dimension and a dimension that is full', () => {
    expect(refusal({ kind: 'question', id: 'Change.Risk Review' })).toContain('Try "change.risk-review"');
    expect(refusal({ kind: 'question', id: 'risk-review' })).toMatch(/<dimension>\.<name>.*change, incident/);
    expect(refusal({ kind: 'question', id: 'chnage.risk-review' })).toContain('did you mean "change"?');
    expect(refusal({ kind: 'question', id: 'incident.one-more' })).toMatch(/already has 6 questions/);
  });
});

describe('nothing is written on a refusal', () => {
  it('leaves the content as it was', () => {
    refusal({ kind: 'concept', id: 'change-enablement', type: 'practice' });
    refusal({ kind: 'concept', id: 'Bad Id', type: 'practice' });
    expect(existsSync(join(dir, 'concepts', 'bad-id.mdx'))).toBe(false);
    expect(problems()).toEqual([]);
  });
});
