// npm run lock-model: releases the current assessment model version by recording its
// fingerprint in content/assessment/versions.json. A released version's content can never
// change again, because scorecards in the wild name that version: the build refuses it.
import { writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { formatPlaceholderReport } from '../src/authoring/placeholders.ts';
import { unfinishedFiles } from '../src/authoring/unfinished-files.ts';
import { formatProblems } from '../src/schema/problem.ts';
import { contentDir, validateContent } from '../src/site/validate-content.ts';
import { LOCK_FILE, modelHash, questionIds, readVersionLock } from '../src/assessment/read-model.ts';

const dir = join(contentDir(), 'assessment');
const { assessment, problems } = validateContent();
const unreleased = (p: { field: string; message: string }) => p.field === 'modelVersion' && p.message.includes('is not recorded');
const blocking = problems.filter((p) => !unreleased(p));
if (blocking.length > 0 || !assessment) {
  console.error(blocking.length > 0 ? formatProblems(blocking) : `No assessment model in ${dir}.`);
  process.exit(1);
}
// A release can never change again, so it may not hold the placeholders of `npm run new`.
const unfinished = unfinishedFiles(contentDir(), process.cwd(), ['assessment']);
if (unfinished.length > 0) {
  console.error(`${formatPlaceholderReport(unfinished)}\nWrite them before releasing the model: a released version can never change.`);
  process.exit(1);
}
const lock = readVersionLock(dir);
const version = String(assessment.modelVersion);
if (lock[version]) {
  console.log(`Model version ${version} is already released; nothing to do.`);
} else {
  lock[version] = { hash: modelHash(assessment), questions: questionIds(assessment) };
  writeFileSync(join(dir, LOCK_FILE), `${JSON.stringify(lock, null, 2)}\n`);
  console.log(`Released model version ${version} in ${relative(process.cwd(), join(dir, LOCK_FILE))}. Commit it with the model.`);
}
