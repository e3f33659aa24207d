// NIST's JSON Schema of OSCAL 1.0.6 assessment results (test/fixtures/oscal), compiled once with
// ajv. It compiles with ajv's defaults: draft-07 is ajv's own default draft, and its default
// `unicodeRegExp: true` is what the schema's token pattern needs (`\p{L}`, `\p{N}` only work
// with the `u` flag), so no option is loosened. ajv-formats adds the `date-time`, `uri`,
// `uri-reference` and `email` formats the schema names, which ajv alone would refuse as unknown.
import { readFileSync } from 'node:fs';
import { Ajv } from 'ajv';
import addFormatsModule from 'ajv-formats';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;
const schema = JSON.parse(readFileSync(new URL('../fixtures/oscal/oscal_assessment-results_schema.json', import.meta.url), 'utf8'));
const ajv = new Ajv({ allErrors: true });
addFormats(ajv);
const validate = ajv.compile(schema);

/** The schema's complaints about a document, one line each; empty when it is valid. */
export function oscalErrors(document: unknown): string[] {
  return validate(document) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath || '/'} ${e.message}${e.params ? ` ${JSON.stringify(e.params)}` : ''}`);
}
