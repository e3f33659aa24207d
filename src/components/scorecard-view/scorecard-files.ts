// Getting scorecards into a page: from a file the user picked or dropped, or from the
// assessment saved in this browser. Every path ends in readScorecard, so each is checked,
// migrated and rescored the same way.
import type { ReadScorecard } from '../../assessment/compare.ts';
import { readScorecard, toScorecard, type ReadResult } from '../../assessment/scorecard.ts';
import { loadAssessment, type KeyValueStore } from '../../assessment/storage.ts';
import type { AssessmentModel } from '../../schema/assessment.ts';
import { SCORECARD_MAX_BYTES } from '../../schema/scorecard.ts';
import { versionMap, type ModelData } from './model-data.ts';

/** A scorecard read, with where it came from. */
export type Loaded = ReadScorecard & { source: string; notices: string[] };

export type LoadResult = ({ ok: true } & Loaded) | { ok: false; source: string; error: string };

/** The model and its released versions, as reading scorecards takes them. */
export function scorecardReading(data: ModelData): { model: AssessmentModel; versions: Map<number, string[]> } {
  return { model: data.model, versions: versionMap(data) };
}

function settle(read: ReadResult, source: string): LoadResult {
  return read.ok ? { ok: true, source, scorecard: read.scorecard, result: read.result, notices: read.notices } : { ok: false, source, error: read.error };
}

/** A picked or dropped file's text, or why it is refused; an oversized one is refused before it is read into memory. */
export async function fileText(file: File): Promise<string | { ok: false; source: string; error: string }> {
  if (file.size > SCORECARD_MAX_BYTES) {
    return { ok: false, source: file.name, error: `This file is larger than ${SCORECARD_MAX_BYTES / 1024 / 1024} MB; a scorecard is a few kilobytes, so it is not one.` };
  }
  try {
    return await file.text();
  } catch {
    return { ok: false, source: file.name, error: 'This file could not be read: it may have been moved or deleted since it was chosen.' };
  }
}

/** Reads a picked or dropped file; refuses an oversized one before reading it into memory. */
export async function readScorecardFile(file: File, model: AssessmentModel, versions: ReadonlyMap<number, readonly string[]>): Promise<LoadResult> {
  const text = await fileText(file);
  return typeof text === 'string' ? readScorecardText(text, file.name, model, versions) : text;
}

/** A file's text read as a scorecard, with where it came from. */
export function readScorecardText(text: string, source: string, model: AssessmentModel, versions: ReadonlyMap<number, readonly string[]>): LoadResult {
  return settle(readScorecard(text, model, versions), source);
}

/**
 * Reads many files `chunk` at a time: the chunk's texts at once, then each checked, migrated and
 * scored, with the browser given a turn before the next chunk, so a thousand files never freeze
 * the page in one long task. `read` is readScorecardText or a page's variant of it.
 */
export async function readScorecardFiles<R>(files: readonly File[], read: (text: string, source: string) => R, refused: (r: { ok: false; source: string; error: string }) => R, chunk = 50): Promise<R[]> {
  const out: R[] = [];
  const textsOf = (start: number) => chunkTexts(files.slice(start, start + chunk));
  // The next chunk is being read from disk while this one is checked.
  let next = textsOf(0);
  for (let start = 0; start < files.length; start += chunk) {
    const texts = await next;
    if (start + chunk < files.length) next = textsOf(start + chunk);
    texts.forEach((text, i) => out.push(typeof text === 'string' ? read(text, files[start + i]!.name) : refused(text)));
    await yieldToBrowser();
  }
  return out;
}

/**
 * The texts of several files read as one blob, then cut at the files' sizes: one read instead of
 * fifty halves the time a thousand files take. An oversized file is refused unread; when the one
 * read fails (a file moved or changed since it was chosen), each file is read on its own so only
 * that one is refused.
 */
async function chunkTexts(files: readonly File[]): Promise<Awaited<ReturnType<typeof fileText>>[]> {
  const fitting = files.filter((f) => f.size <= SCORECARD_MAX_BYTES);
  let bytes: Uint8Array;
  try {
    bytes = new Uint8Array(await new Blob(fitting).arrayBuffer());
  } catch {
    return Promise.all(files.map(fileText));
  }
  if (bytes.length !== fitting.reduce((n, f) => n + f.size, 0)) return Promise.all(files.map(fileText));
  const decoder = new TextDecoder();
  let at = 0;
  return Promise.all(
    files.map((file) => {
      if (file.size > SCORECARD_MAX_BYTES) return fileText(file);
      const text = decoder.decode(bytes.subarray(at, at + file.size));
      at += file.size;
      return text;
    }),
  );
}

/** Lets the browser paint and handle input; unlike setTimeout it is not slowed down in a background tab. */
export function yieldToBrowser(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (scheduler?.yield) return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/**
 * The assessment saved in this browser, as a scorecard dated today. Storage is read only: a
 * damaged record is left where it is for the assessment page, which offers it for download.
 */
export function readCurrentAssessment(storage: Storage, model: AssessmentModel, versions: ReadonlyMap<number, readonly string[]>): LoadResult {
  const source = 'your current assessment';
  const readOnly: KeyValueStore = { getItem: (key) => storage.getItem(key), setItem: () => {}, removeItem: () => {} };
  const loaded = loadAssessment(readOnly);
  if (loaded.status === 'empty') return { ok: false, source, error: 'No assessment is saved in this browser yet. Answer some questions on the Assessment page first, or choose a scorecard file.' };
  if (loaded.status === 'damaged') return { ok: false, source, error: 'The assessment saved in this browser could not be read. Open the Assessment page, which keeps it aside for you to download.' };
  const { record } = loaded;
  if (!Object.values(record.answers).some((a) => a.value !== undefined)) {
    return { ok: false, source, error: 'Your assessment in this browser has no answers yet. Answer some questions on the Assessment page first, or choose a scorecard file.' };
  }
  // Written under the version the answers were given against, so reading it migrates them.
  const scorecard = { ...toScorecard(model, record.answers, record.targets, { organization: record.organization, team: record.team }), modelVersion: record.modelVersion };
  return settle(readScorecard(JSON.stringify(scorecard), model, versions), source);
}
