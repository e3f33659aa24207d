import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatProblem } from '../../src/schema/problem.ts';
import { validateContent } from '../../src/site/validate-content.ts';
import { questionIds } from '../../src/assessment/read-model.ts';
import type { AssessmentModel } from '../../src/schema/assessment.ts';
import { makeModel, writeContent } from '../support/assessment-model.ts';

const report = (root: string) => validateContent(root, root).problems.map(formatProblem);

describe('assessment model checks', () => {
  it('accepts a valid, released model and assembles it in order', () => {
    const root = writeContent(makeModel());
    const { assessment, problems } = validateContent(root, root);
    expect(problems).toEqual([]);
    expect(assessment?.dimensions.map((d) => d.id)).toEqual(makeModel().dimensions.map((d) => d.id));
    expect(assessment?.dimensions[0]!.questions[0]!.weight).toBe(1);
  });

  it('refuses a question linking to a missing concept, with file, field and a close match', () => {
    const model = makeModel();
    model.dimensions[1]!.questions[2]!.concepts = ['change-enablment'];
    const root = writeContent(model);
    expect(report(root)).toEqual([
      expect.stringMatching(/^assessment\/dimensions\/incident\.yaml:\d+ {2}questions\[2\]\.concepts\[0\] "change-enablment" links to a concept that does not exist \(did you mean "change-enablement"\?\)$/),
    ]);
  });

  it('refuses a changed model that kept its released modelVersion, and says what to do', () => {
    const root = writeContent(makeModel());
    const file = join(root, 'assessment/dimensions/change.yaml');
    writeFileSync(file, readFileSync(file, 'utf8').replace('How does change handle process?', 'How does change handle its process?'));
    const [line, ...rest] = report(root);
    expect(rest).toEqual([]);
    expect(line).toMatch(/^assessment\/model\.yaml:1 {2}modelVersion "1" is already released with different content: .*set modelVersion to 2 and run `npm run lock-model`/);
  });

  it('asks for a release of a new modelVersion', () => {
    const root = writeContent(makeModel(), { lock: false });
    expect(report(root)).toEqual([expect.stringContaining('modelVersion "1" is not recorded in assessment/versions.json: run `npm run lock-model`')]);
  });

  it('reports every structural problem in one run', () => {
    const model = makeModel();
    const [change, incident] = model.dimensions;
    incident!.questions[0]!.id = 'change.process'; // wrong prefix and a duplicate
    change!.questions[0]!.requires = ['change.nothing'];
    change!.questions[1]!.requires = ['change.governance'];
    change!.questions[2]!.requires = ['change.tooling'];
    model.warnings[0]!.boundary = 'change-enablement';
    delete (model.targets as Record<string, number>).patch;
    const lines = report(writeContent(model));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"change.process" must start with its dimension id "incident."'),
        expect.stringContaining('"change.process" is already the id of a question in dimension "change"'),
        expect.stringContaining('"change.nothing" is not a question of the model'),
        expect.stringContaining('is part of a prerequisite cycle: change.tooling → change.governance → change.tooling'),
        expect.stringContaining('"change-enablement" is a practice, not a boundary concept'),
        expect.stringContaining('"patch" has no default target'),
      ]),
    );
  });

  it('refuses a question with four descriptors, naming the field', () => {
    const model = makeModel();
    model.dimensions[0]!.questions[0]!.levels.pop();
    expect(report(writeContent(model))).toEqual([
      expect.stringMatching(/^assessment\/dimensions\/change\.yaml:\d+ {2}questions\[0\]\.levels needs exactly five descriptors, for levels 0 to 4 in order$/),
    ]);
  });
});

describe('model migrations', () => {
  /** Version 2 of the fixture model, released after version 1, with `migrations` as given. */
  function secondVersion(migrations: AssessmentModel['migrations']) {
    const v1 = makeModel();
    const v2 = makeModel();
    v2.modelVersion = 2;
    v2.dimensions[0]!.questions[0]!.id = 'change.renamed';
    v2.migrations = migrations;
    const root = writeContent(v2);
    const lock = JSON.parse(readFileSync(join(root, 'assessment/versions.json'), 'utf8'));
    lock['1'] = { hash: 'sha256:released', questions: questionIds(v1) };
    writeFileSync(join(root, 'assessment/versions.json'), JSON.stringify(lock));
    return root;
  }

  it('accepts a migration that accounts for every question the new version lacks', () => {
    expect(report(secondVersion([{ from: 1, renamed: { 'change.process': 'change.renamed' } }]))).toEqual([]);
  });

  it('refuses a new version without a migration from the released one', () => {
    expect(report(secondVersion(undefined))).toEqual([expect.stringContaining('has no migration from released version 1')]);
  });

  it('refuses a migration that would lose an answer silently, or names questions that do not exist', () => {
    const lines = report(secondVersion([{ from: 1, renamed: { 'change.proces': 'change.renamed' } }]));
    expect(lines).toEqual(
      expect.arrayContaining([
        expect.stringContaining('"change.proces" is not a question of version 1 (did you mean "change.process"?)'),
        expect.stringContaining('"change.process" is a question of version 1 that version 2 lacks: rename it or remove it'),
      ]),
    );
  });
});
