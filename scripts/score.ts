// npm run score -- <scorecard.json> [--format table|json|csv|markdown|oscal]
// Validates and scores a scorecard in the terminal with the same engine as the site.
// Exit codes: 0 scored, 1 the file was refused, 2 wrong usage.
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { questionsByVersion, readVersionLock } from '../src/assessment/read-model.ts';
import { scorecardOscal, sp80053ByConcept } from '../src/assessment/oscal.ts';
import { readScorecard } from '../src/assessment/scorecard.ts';
import { scorecardCsv, scorecardMarkdown, scorecardTable } from '../src/assessment/scorecard-formats.ts';
import { contentDir, validateContent } from '../src/site/validate-content.ts';
import { SCORECARD_MAX_BYTES } from '../src/schema/scorecard.ts';

const FORMATS = ['table', 'json', 'csv', 'markdown', 'oscal'] as const;
const usage = `Usage: npm run score -- <scorecard.json> [--format ${FORMATS.join('|')}]`;

function fail(message: string, code: number): never {
  console.error(message);
  process.exit(code);
}

let args;
try {
  args = parseArgs({ allowPositionals: true, options: { format: { type: 'string', short: 'f', default: 'table' } } });
} catch (error) {
  fail(`${(error as Error).message}\n${usage}`, 2);
}
const [file] = args.positionals;
const format = args.values.format as (typeof FORMATS)[number];
if (!file || args.positionals.length > 1) fail(usage, 2);
if (!FORMATS.includes(format)) fail(`Unknown format "${format}": choose ${FORMATS.join(', ')}.\n${usage}`, 2);

let size: number;
try {
  size = statSync(file).size;
} catch {
  fail(`${file}: no such file.`, 1);
}
if (size > SCORECARD_MAX_BYTES) fail(`${file}: refused. This file is larger than 1 MB; a scorecard is a few kilobytes, so it is not one.`, 1);

const { assessment: model, concepts, problems } = validateContent();
if (!model || problems.length) fail('The site content has problems (run npm run validate); cannot score.', 1);
const read = readScorecard(readFileSync(file, 'utf8'), model, questionsByVersion(model, readVersionLock(join(contentDir(), 'assessment'))));
if (!read.ok) fail(`${file}: refused. ${read.error}`, 1);
for (const notice of read.notices) console.error(`note: ${notice}`);

const output = {
  table: () => scorecardTable(model, read.scorecard, read.result),
  markdown: () => scorecardMarkdown(model, read.scorecard, read.result),
  csv: () => scorecardCsv(model, read.scorecard).replace(/^\uFEFF/, ''),
  json: () => JSON.stringify(read.scorecard, null, 2),
  oscal: () => JSON.stringify(scorecardOscal(model, read.scorecard, sp80053ByConcept(concepts.map((c) => ({ id: c.id, mappings: c.data.mappings })))), null, 2),
}[format]();
process.stdout.write(output.endsWith('\n') ? output : `${output}\n`);
