// npm run new -- concept <id> --type <type> | path <id> | question <dimension>.<name>
// Writes a new content file from a template that teaches the house style, and prints what is
// left to write. Refuses (exit 1, nothing written) an id that exists or is malformed and an
// unknown type. `--content <dir>` (or CONVERGE_CONTENT_DIR) points it at another content folder.
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { parseArgs } from 'node:util';
import { readSnapshot } from '../src/authoring/read-snapshot.ts';
import { SCAFFOLD_KINDS, scaffold, type ScaffoldRequest } from '../src/authoring/scaffold.ts';
import { NODE_TYPES } from '../src/schema/vocabulary.ts';
import { contentDir } from '../src/site/validate-content.ts';

const USAGE = `Usage:
  npm run new -- concept <id> --type <${NODE_TYPES.join('|')}> [--title "Title"]
  npm run new -- path <id> [--steps concept-a,concept-b,…] [--title "Title"]
  npm run new -- question <dimension>.<name>
Options: --content <dir>  the content folder (default: content/, or CONVERGE_CONTENT_DIR)`;

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: { type: { type: 'string' }, title: { type: 'string' }, steps: { type: 'string' }, content: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
  });
} catch (error) {
  console.error(`${(error as Error).message}\n\n${USAGE}`);
  process.exit(2);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(USAGE);
  process.exit(0);
}
const [kind, id, ...extra] = positionals;
if (!kind || !id || extra.length > 0 || !(SCAFFOLD_KINDS as readonly string[]).includes(kind)) {
  console.error(`${kind && !(SCAFFOLD_KINDS as readonly string[]).includes(kind) ? `Unknown kind "${kind}": use ${SCAFFOLD_KINDS.join(', ')}.\n\n` : ''}${USAGE}`);
  process.exit(2);
}

const request: ScaffoldRequest =
  kind === 'concept' ? { kind, id, type: values.type, title: values.title }
  : kind === 'path' ? { kind, id, title: values.title, steps: values.steps?.split(',') }
  : { kind: 'question', id };
const today = new Date().toISOString().slice(0, 10);
const result = scaffold(request, readSnapshot(values.content ?? contentDir()), today);
if (!result.ok) {
  console.error(result.message);
  process.exit(1);
}
for (const { file, text } of result.writes) {
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, text);
}
const [main, ...others] = result.writes;
console.log(`${main!.created ? 'Wrote' : 'Added'} ${kind === 'concept' ? `a ${values.type} concept to` : kind === 'path' ? 'a learning path to' : `question ${id} to`} ${main!.file}${others.length ? `, and changed ${others.map((w) => w.file).join(', ')}` : ''}.`);
console.log('\nWrite, replacing each "TODO:":');
result.fill.forEach((item, index) => console.log(`  ${index + 1}. ${item}`));
console.log('\nThen:');
for (const step of result.next) console.log(`  - ${step}`);
