import { z } from './zod.ts';
import { didYouMean } from './did-you-mean.ts';
import { fieldPath, type ContentProblem } from './problem.ts';

type Issue = z.core.$ZodIssue;
type Schema = z.core.$ZodType;

/**
 * Turns zod issues into one readable problem per bad field, with the value as written
 * and a "did you mean" for misspelt field names and enum values.
 */
export function issuesToProblems(
  issues: readonly Issue[],
  input: unknown,
  schema: Schema,
  where: { file: string; lineOf?: (path: readonly PropertyKey[]) => number | undefined },
): ContentProblem[] {
  const problems: ContentProblem[] = [];
  for (const issue of flattenUnions(issues, input)) {
    const at = (path: readonly PropertyKey[]) => ({ file: where.file, line: where.lineOf?.(path), field: fieldPath(path) });
    if (issue.code === 'unrecognized_keys') {
      const known = knownKeysAt(schema, issue.path);
      const retired = retiredFieldsAt(schema, issue.path);
      for (const key of issue.keys) {
        const path = [...issue.path, key];
        if (Object.hasOwn(retired, key)) {
          problems.push({ ...at(path), message: retired[key]! });
          continue;
        }
        problems.push({ ...at(path), message: `is not a known field${known.length ? ` (known: ${known.join(', ')})` : ''}`, suggestion: didYouMean(key, known) });
      }
      continue;
    }
    const value = valueAt(input, issue.path);
    const shown = value === undefined || typeof value === 'object' ? undefined : String(value);
    let message = issue.message;
    let suggestion: string | undefined;
    if (issue.code === 'invalid_value') {
      const allowed = issue.values.map(String);
      message = `is not one of: ${allowed.join(', ')}`;
      if (shown !== undefined) suggestion = didYouMean(shown, allowed);
    } else if (issue.code === 'invalid_type' && value === undefined) {
      message = `is required (${issue.expected})`;
    } else if (issue.code === 'invalid_type' && message.startsWith('Invalid input')) {
      message = `must be ${article(issue.expected)}, not ${describe(value)}`;
    } else if (issue.code === 'custom') {
      suggestion = (issue.params as { suggestion?: string } | undefined)?.suggestion;
    } else if (message.startsWith('Invalid input') || message.startsWith('Too')) {
      message = message.replace(/^Invalid input: /, '');
    }
    problems.push({ ...at(issue.path), value: shown, message, suggestion });
  }
  return problems;
}

/** A union error hides the useful message in one branch: keep the branch that got furthest. */
function flattenUnions(issues: readonly Issue[], input: unknown): Issue[] {
  return issues.flatMap((issue) => {
    if (issue.code !== 'invalid_union' || issue.errors.length === 0) return [issue];
    const value = valueAt(input, issue.path);
    const branches = issue.errors.filter((branch) => !branch.every((i) => i.code === 'invalid_type' && i.path.length === 0));
    if (branches.length === 0) {
      return [{ ...issue, code: 'custom', message: `must be ${issueExpectations(issue)}, not ${describe(value)}` } as Issue];
    }
    const chosen = branches[0]!.map((inner) => ({ ...inner, path: [...issue.path, ...inner.path] }) as Issue);
    return flattenUnions(chosen, input);
  });
}

function issueExpectations(issue: Extract<Issue, { code: 'invalid_union' }>): string {
  const expected = issue.errors.flatMap((branch) => branch.map((i) => (i.code === 'invalid_type' ? i.expected : undefined)));
  return [...new Set(expected.filter(Boolean))].map((e) => article(e!)).join(' or ');
}

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let value = input;
  for (const key of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return value;
}

/** The field names an object schema accepts at `path`, found by walking the schema. */
function knownKeysAt(schema: Schema, path: readonly PropertyKey[]): string[] {
  const chain = schemasAt(schema, path);
  const def = chain.at(-1)?._zod.def as { type: string; shape?: Record<string, Schema> } | undefined;
  return def?.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

/**
 * Fields a schema at `path` no longer accepts, each with what to write instead, declared on the
 * schema as `.meta({ retiredFields: { name: 'message' } })`.
 */
function retiredFieldsAt(schema: Schema, path: readonly PropertyKey[]): Record<string, string> {
  const retired: Record<string, string> = {};
  for (const each of schemasAt(schema, path)) {
    Object.assign(retired, (z.globalRegistry.get(each) as { retiredFields?: Record<string, string> } | undefined)?.retiredFields);
  }
  return retired;
}

/** The schema at `path` and the wrappers (default, optional, pipe, union) around it, outermost first. */
function schemasAt(schema: Schema, path: readonly PropertyKey[]): Schema[] {
  let current: Schema | undefined = schema;
  for (const key of [...path, undefined]) {
    const chain: Schema[] = [];
    // Unwrap wrappers (default, optional, pipe/transform) until a container is reached.
    for (let guard = 0; current && guard < 10; guard++) {
      chain.push(current);
      const def = current._zod.def as { type: string; innerType?: Schema; in?: Schema; options?: Schema[] };
      if (def.innerType) current = def.innerType;
      else if (def.type === 'pipe' && def.in) current = def.in;
      else if (def.type === 'union' && def.options) current = def.options.find((o) => (o._zod.def as { type: string }).type === 'object') ?? def.options[0];
      else break;
    }
    if (!current) return [];
    if (key === undefined) return chain;
    const def = current._zod.def as { type: string; shape?: Record<string, Schema>; element?: Schema };
    if (def.type === 'object' && def.shape && typeof key === 'string') current = def.shape[key];
    else if (def.type === 'array' && typeof key === 'number') current = def.element;
    else return [];
  }
  return [];
}

function article(type: string): string {
  if (type === 'array') return 'a list';
  if (type === 'object') return 'a mapping of fields';
  return /^[aeiou]/.test(type) ? `an ${type}` : `a ${type}`;
}

function describe(value: unknown): string {
  if (value === undefined) return 'missing';
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (value instanceof Date) return 'a date';
  if (typeof value === 'object') return 'a mapping of fields';
  return `${typeof value} ${JSON.stringify(value)}`;
}
