/**
 * Checks the arithmetic of a concept's worked example. A table under `## Worked example` whose header
 * has the columns `Calculation` and `Result` is a checked table: each row's calculation is evaluated
 * (numbers, + − - × * ÷ /, parentheses, with the usual precedence; a small parser, never `eval`) and
 * must equal its result rounded to the decimals the result shows. Pure: it reads a body, not files.
 *
 *     | Step | Calculation | Result |
 *     |---|---|---|
 *     | High-risk tier reviewed | 24 ÷ 30 × 100 | 80 % |
 */

/** One row of a checked table that does not add up, or cannot be read. */
export interface ArithmeticProblem {
  /** 1-based line of the row in the body (add the body's first line to get the file's line). */
  line: number;
  /** The row as written. */
  row: string;
  /** The row's Calculation cell. */
  calculation: string;
  /** The row's Result cell as written: the value found. */
  found: string;
  /** What the calculation gives, rounded and written as the result is (currency, commas, unit); absent when it cannot be computed. */
  expected?: string;
  message: string;
}

/** A table under the worked example with Calculation and Result columns. */
export interface CalculationTable {
  /** 1-based line of the header row in the body. */
  line: number;
  rows: { line: number; row: string; calculation: string; result: string }[];
}

/** A Result cell read as a number with its decoration. */
export interface ResultValue {
  value: number;
  /** Digits after the decimal point: the precision the result claims. */
  decimals: number;
  /** The leading currency symbol, with a leading minus sign when written before it. */
  prefix: string;
  /** The trailing unit as written, with the space before it (` %`, ` hours`), or ''. */
  unit: string;
  /** Whether the number was written with thousands commas. */
  commas: boolean;
}

const NUMBER = /(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?|\.\d+/y;

/** Evaluates one calculation; throws an Error naming what could not be read. */
export function evaluate(text: string): number {
  const tokens: (number | string)[] = [];
  let at = 0;
  while (at < text.length) {
    const ch = text[at]!;
    if (/\s/.test(ch)) {
      at += 1;
      continue;
    }
    NUMBER.lastIndex = at;
    const number = NUMBER.exec(text);
    if (number) {
      at = NUMBER.lastIndex;
      // "1,25" or "1250,000" or "1.2.3": the number runs on in a way no reader would write.
      if (/[\d,.]/.test(text[at] ?? '')) throw new Error(`"${text.slice(number.index, at + 1)}" is not a number as written (use 1,250 or 1250.5)`);
      tokens.push(Number(number[0].replaceAll(',', '')));
      continue;
    }
    const op = { '+': '+', '-': '-', '−': '-', '×': '*', '*': '*', '÷': '/', '/': '/', '(': '(', ')': ')' }[ch];
    if (!op) throw new Error(`"${ch}" is not a number or one of + − - × * ÷ / ( )`);
    tokens.push(op);
    at += 1;
  }
  if (tokens.length === 0) throw new Error('there is no calculation');

  let next = 0;
  const peek = () => tokens[next];
  // expression := term (('+' | '-') term)* ; term := factor (('*' | '/') factor)* ; factor := '-' factor | number | '(' expression ')'
  const expression = (): number => {
    let value = term();
    while (peek() === '+' || peek() === '-') value = tokens[next++] === '+' ? value + term() : value - term();
    return value;
  };
  const term = (): number => {
    let value = factor();
    while (peek() === '*' || peek() === '/') {
      const op = tokens[next++];
      const right = factor();
      if (op === '/' && right === 0) throw new Error('it divides by zero');
      value = op === '*' ? value * right : value / right;
    }
    return value;
  };
  const factor = (): number => {
    const token = tokens[next++];
    if (typeof token === 'number') return token;
    if (token === '-') return -factor();
    if (token === '+') return factor();
    if (token === '(') {
      const value = expression();
      if (tokens[next++] !== ')') throw new Error('a parenthesis is not closed');
      return value;
    }
    throw new Error(token === undefined ? 'it ends with an operator' : `"${token === '*' ? '×' : token === '/' ? '÷' : token}" stands where a number should`);
  };
  const value = expression();
  if (next < tokens.length) throw new Error(tokens[next] === ')' ? 'a parenthesis closes that was not opened' : 'two numbers stand without an operator between them');
  return value;
}

const RESULT = /^([-−]?)([€$£]?)\s*([-−]?)((?:\d{1,3}(?:,\d{3})+|\d+)(?:\.(\d+))?)(.*)$/;

/** Reads a Result cell (`80 %`, `€1,250.50`, `4.5 hours`); undefined when it is not a number with a unit. */
export function readResult(text: string): ResultValue | undefined {
  const match = RESULT.exec(text.trim());
  if (!match) return undefined;
  const [, signBefore, currency, signAfter, digits, fraction, rest] = match as unknown as string[];
  if (signBefore && signAfter) return undefined;
  // The unit is words or a symbol, never another number: "80 % (was 70 %)" is two results in one cell.
  if (/\d/.test(rest!) || (rest !== '' && !/^(\s|%|[^\s\d.,])/u.test(rest!))) return undefined;
  const negative = Boolean(signBefore || signAfter);
  const value = Number(digits!.replaceAll(',', ''));
  return {
    value: negative ? -value : value,
    decimals: fraction?.length ?? 0,
    prefix: `${signBefore ? '−' : ''}${currency}`,
    unit: rest!.trimEnd(),
    commas: digits!.includes(','),
  };
}

/** Writes `value` the way `like` is written: same decimals, commas, currency and unit. */
function writeLike(value: number, like: ResultValue): string {
  const negative = value < 0;
  let text = Math.abs(value).toFixed(like.decimals);
  if (like.commas) {
    const [whole, fraction] = text.split('.');
    text = whole!.replace(/\B(?=(\d{3})+$)/g, ',') + (fraction === undefined ? '' : `.${fraction}`);
  }
  const currency = like.prefix.replace('−', '');
  return `${negative ? '−' : ''}${currency}${text}${like.unit}`;
}

/** Splits a table row into trimmed cells, honouring `\|` inside a cell. */
function cells(line: string): string[] {
  const inner = line.trim().replace(/^\|/, '').replace(/(?<!\\)\|$/, '');
  return inner.split(/(?<!\\)\|/).map((cell) => plain(cell.replaceAll('\\|', '|').trim()));
}

/** A cell without the emphasis or code marks that wrap it whole (`**80 %**`, `` `2 × 3` ``). */
function plain(cell: string): string {
  const wrapped = /^(\*\*|__|`)(.+)\1$/.exec(cell);
  return wrapped ? wrapped[2]!.trim() : cell;
}

/** The lines of the `## Worked example` section, with their 1-based line numbers in the body. */
function workedExample(body: string): { line: number; text: string }[] {
  const lines = body.split(/\r?\n/);
  const start = lines.findIndex((l) => /^##\s+Worked example\s*$/i.test(l.trim()));
  if (start < 0) return [];
  const section: { line: number; text: string }[] = [];
  for (let i = start + 1; i < lines.length && !/^#{1,2}\s/.test(lines[i]!); i += 1) section.push({ line: i + 1, text: lines[i]! });
  return section;
}

/** Every table in the worked example whose header names a Calculation and a Result column. */
export function calculationTables(body: string): CalculationTable[] {
  const section = workedExample(body);
  const tables: CalculationTable[] = [];
  for (let i = 0; i < section.length; i += 1) {
    if (!section[i]!.text.trim().startsWith('|')) continue;
    const block: { line: number; text: string }[] = [];
    while (i < section.length && section[i]!.text.trim().startsWith('|')) block.push(section[i++]!);
    const header = cells(block[0]!.text).map((c) => c.toLowerCase());
    const calc = header.indexOf('calculation');
    const result = header.indexOf('result');
    if (calc < 0 || result < 0) continue;
    const delimiter = block[1] && /^[\s|:-]+$/.test(block[1].text);
    tables.push({
      line: block[0]!.line,
      rows: block.slice(delimiter ? 2 : 1).map(({ line, text }) => {
        const row = cells(text);
        return { line, row: text.trim(), calculation: row[calc] ?? '', result: row[result] ?? '' };
      }),
    });
  }
  return tables;
}

/** Every row of every checked table in the worked example that does not add up or cannot be read. */
export function checkWorkedArithmetic(body: string): ArithmeticProblem[] {
  const problems: ArithmeticProblem[] = [];
  for (const table of calculationTables(body)) {
    for (const { line, row, calculation, result } of table.rows) {
      const base = { line, row, calculation, found: result };
      let value: number;
      try {
        value = evaluate(calculation);
      } catch (error) {
        problems.push({ ...base, message: `cannot read '${calculation}' as arithmetic: ${(error as Error).message}` });
        continue;
      }
      const written = readResult(result);
      if (!written) {
        problems.push({ ...base, message: `cannot read the result '${result}' as a number: write one number, optionally with € $ £ before it and a unit such as % or hours after it` });
        continue;
      }
      const step = 10 ** -written.decimals;
      // Equal when the calculation, rounded to the decimals the result shows, gives the result (either way at an exact half).
      if (Math.abs(value - written.value) <= step / 2 + 1e-9 * Math.max(1, Math.abs(value))) continue;
      const rounded = Math.round(value / step) * step;
      const expected = writeLike(rounded, written);
      problems.push({ ...base, expected, message: `is not what '${calculation}' gives: expected ${JSON.stringify(expected)}` });
    }
  }
  return problems;
}
