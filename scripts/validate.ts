// npm run validate: the build's content checks, without building. Exits 1 on any problem.
import { formatPlaceholderReport } from '../src/authoring/placeholders.ts';
import { unfinishedFiles } from '../src/authoring/unfinished-files.ts';
import { formatProblems } from '../src/schema/problem.ts';
import { validateContent, contentDir } from '../src/site/validate-content.ts';
import { layerDir, readLayerInfo } from '../src/schema/layer-catalogs.ts';
import { relative } from 'node:path';

const dir = process.argv[2] ?? contentDir();
const { concepts, paths, assessment, synonyms, problems } = validateContent(dir);
// Scaffolded text is valid content (so a draft can be previewed) but not finished: warn, do not fail.
const unfinished = unfinishedFiles(dir);
if (unfinished.length > 0) console.warn(`${formatPlaceholderReport(unfinished)}\n`);
if (problems.length > 0) {
  console.error(formatProblems(problems));
  process.exit(1);
}
const model = assessment
  ? `, and assessment model ${assessment.modelVersion} (${assessment.dimensions.length} dimensions, ${assessment.dimensions.reduce((n, d) => n + d.questions.length, 0)} questions)`
  : '';
const layer = layerDir();
// With an organization's layer, say that it was read too: the counts include its concepts and paths.
const where = layer ? `${dir} and ${readLayerInfo(layer).name}'s layer in ${relative(process.cwd(), layer) || layer}` : dir;
console.log(`Content is valid: ${concepts.length} concepts, ${paths.length} learning paths, ${synonyms.length} search synonyms${model} in ${where}.`);
