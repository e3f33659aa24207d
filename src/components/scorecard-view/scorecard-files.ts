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

/** Reads a picked or dropped file; refuses an oversized one before reading it into memory. */
export async function readScorecardFile(file: File, model: AssessmentModel, versions: ReadonlyMap<number, readonly string[]>): Promise<LoadResult> {
  if (file.size > SCORECARD_MAX_BYTES) {
    return { ok: false, source: file.name, error: `This file is larger than ${SCORECARD_MAX_BYTES / 1024 / 1024} MB; a scorecard is a few kilobytes, so it is not one.` };
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    return { ok: false, source: file.name, error: 'This file could not be read: it may have been moved or deleted since it was chosen.' };
  }
  return settle(readScorecard(text, model, versions), file.name);
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
