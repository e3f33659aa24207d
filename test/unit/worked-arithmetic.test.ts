import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { calculationTables, checkWorkedArithmetic, evaluate, readResult } from '../../src/graph/worked-arithmetic.ts';
import { validateContent } from '../../src/site/validate-content.ts';

/** A body with the four headings and `table` under the worked example. */
const body = (table: string) => `
## Why it matters

Prose.

## Worked example

A quarter of changes.

${table}

## Failure modes

Prose.
`;
const table = (...rows: string[]) => ['| Step | Calculation | Result |', '|---|---|---|', ...rows].join('\n');

describe('evaluating a calculation', () => {
  it('uses the usual precedence, and parentheses override it', () => {
    expect(evaluate('2 + 3 × 4')).toBe(14);
    expect(evaluate('(2 + 3) × 4')).toBe(20);
    expect(evaluate('10 - 4 - 3')).toBe(3);
    expect(evaluate('10 − 2 × (3 + 1)')).toBe(2);
    expect(evaluate('-3 + 5')).toBe(2);
    expect(evaluate('((1 + 1))')).toBe(2);
  });

  it('reads ÷ and × as well as / and *, left to right', () => {
    expect(evaluate('24 ÷ 30 × 100')).toBeCloseTo(80, 10);
    expect(evaluate('24 / 30 * 100')).toBeCloseTo(80, 10);
    expect(evaluate('100 ÷ 10 ÷ 2')).toBe(5);
  });

  it('reads thousands commas and decimals', () => {
    expect(evaluate('1,250 + 0.5')).toBe(1250.5);
    expect(evaluate('1,000,000 ÷ 4')).toBe(250000);
    expect(evaluate('.5 × 4')).toBe(2);
  });

  it('refuses what is not arithmetic, saying why', () => {
    expect(() => evaluate('24 of 30')).toThrow('"o" is not a number');
    expect(() => evaluate('1,25 + 1')).toThrow('not a number as written');
    expect(() => evaluate('(2 + 3')).toThrow('not closed');
    expect(() => evaluate('2 + 3)')).toThrow('closes that was not opened');
    expect(() => evaluate('2 +')).toThrow('ends with an operator');
    expect(() => evaluate('2 3')).toThrow('without an operator');
    expect(() => evaluate('4 ÷ (2 - 2)')).toThrow('divides by zero');
    expect(() => evaluate('')).toThrow('no calculation');
  });
});

describe('reading a result', () => {
  it('reads currency before, a unit after, and the decimals shown', () => {
    expect(readResult('80 %')).toMatchObject({ value: 80, decimals: 0, unit: ' %' });
    expect(readResult('€1,250.50')).toMatchObject({ value: 1250.5, decimals: 2, prefix: '€', commas: true });
    expect(readResult('4.5 hours')).toMatchObject({ value: 4.5, decimals: 1, unit: ' hours' });
    expect(readResult('−£300')).toMatchObject({ value: -300 });
    expect(readResult('12 changes')).toMatchObject({ value: 12, unit: ' changes' });
  });

  it('refuses a cell that is not one number', () => {
    expect(readResult('about eighty')).toBeUndefined();
    expect(readResult('80 % (was 70 %)')).toBeUndefined();
  });
});

describe('checking a worked example', () => {
  it('accepts a result equal to its calculation rounded to the decimals shown', () => {
    expect(checkWorkedArithmetic(body(table('| Reviewed | 24 ÷ 30 × 100 | 80 % |', '| Share | 2 ÷ 3 × 100 | 66.7 % |', '| Share, whole | 2 ÷ 3 × 100 | 67 % |')))).toEqual([]);
  });

  it('checks currency and units as numbers', () => {
    const rows = table('| Loss | 1,200 × 2.5 | €3,000 |', '| Cost | 40 × $12.50 | $500.00 |', '| Time | 90 ÷ 60 | 1.5 hours |', '| Changes | 412 - 12 | 400 changes |', '| Days | 3 × 7 | 21 days |');
    expect(checkWorkedArithmetic(body(rows.replace('$12.50', '12.50')))).toEqual([]);
  });

  it('refuses a wrong result, with its line, the row, the value found and the value expected', () => {
    const problems = checkWorkedArithmetic(body(table('| Reviewed | 24 ÷ 30 × 100 | 80 % |', '| Share | 2 ÷ 3 × 100 | 66.6 % |')));
    expect(problems).toEqual([{
      line: 13,
      row: '| Share | 2 ÷ 3 × 100 | 66.6 % |',
      calculation: '2 ÷ 3 × 100',
      found: '66.6 %',
      expected: '66.7 %',
      message: 'is not what \'2 ÷ 3 × 100\' gives: expected "66.7 %"',
    }]);
    expect(checkWorkedArithmetic(body(table('| Loss | 1,200 × 2.5 | €3,100 |')))[0]!.expected).toBe('€3,000');
  });

  it('refuses a calculation it cannot read, and a result that is not a number', () => {
    const problems = checkWorkedArithmetic(body(table('| Reviewed | 24 of 30 | 80 % |', '| Share | 2 ÷ 3 | two thirds |')));
    expect(problems.map((p) => [p.line, p.message.split(':')[0]])).toEqual([
      [12, "cannot read '24 of 30' as arithmetic"],
      [13, "cannot read the result 'two thirds' as a number"],
    ]);
  });

  it('ignores a table without Calculation and Result columns, and tables outside the worked example', () => {
    const other = '| Tier | Changes | Share |\n|---|---|---|\n| High | 24 ÷ 30 | 12 % |';
    expect(checkWorkedArithmetic(body(other))).toEqual([]);
    expect(calculationTables(body(other))).toEqual([]);
    const outside = `## Why it matters\n\n${table('| Wrong | 1 + 1 | 3 |')}\n\n## Worked example\n\nNo table.\n`;
    expect(checkWorkedArithmetic(outside)).toEqual([]);
  });

  it('finds the checked tables with their rows', () => {
    const tables = calculationTables(body(table('| **Reviewed** | 24 ÷ 30 × 100 | **80 %** |')));
    expect(tables).toEqual([{ line: 10, rows: [{ line: 12, row: '| **Reviewed** | 24 ÷ 30 × 100 | **80 %** |', calculation: '24 ÷ 30 × 100', result: '80 %' }] }]);
  });
});

describe('a wrong sum in the content', () => {
  // A copy of the real content with one worked example given a table that does not add up.
  const root = mkdtempSync(join(tmpdir(), 'arith-'));
  cpSync('content', root, { recursive: true });
  const file = join(root, 'concepts', 'security-reviewed-change-rate.mdx');
  const text = readFileSync(file, 'utf8');
  const broken = text.replace('## Worked example\n', `## Worked example\n\n${table('| High-risk reviewed | 24 ÷ 30 × 100 | 81 % |')}\n`);
  writeFileSync(file, broken);
  afterAll(() => rmSync(root, { recursive: true, force: true }));
  const line = broken.split('\n').indexOf('| High-risk reviewed | 24 ÷ 30 × 100 | 81 % |') + 1;

  it('is reported by validateContent at the file line, as a worked example problem with the values', () => {
    const { problems } = validateContent(root, root, undefined);
    expect(problems.filter((p) => p.field === 'Worked example')).toEqual([
      { file: 'concepts/security-reviewed-change-rate.mdx', line, field: 'Worked example', value: '81 %', message: 'is not what \'24 ÷ 30 × 100\' gives: expected "80 %"' },
    ]);
  }, 30_000);

  it('makes npm run validate exit non-zero, naming file:line, the value and the expected value', () => {
    const result = spawnSync('node_modules/.bin/node', ['scripts/validate.ts', root], { encoding: 'utf8', env: { ...process.env, CONVERGE_LAYER: '' } });
    expect(result.status).toBe(1);
    expect(result.stderr).toContain(`${relative(process.cwd(), file)}:${line}  Worked example "81 %" is not what '24 ÷ 30 × 100' gives: expected "80 %"`);
  }, 30_000);
});
