// Shared by the dev server and the dev-only banner: no Node imports here.
import type { ContentProblem } from '../schema/problem.ts';

/** The HMR event that carries the content problems from the dev server to the dev-only banner. */
export const PROBLEMS_EVENT = 'converge:problems';
/** The event a freshly loaded page sends to ask for the current problems. */
export const PROBLEMS_REQUEST = 'converge:problems-request';

/** A problem as the banner shows it: the page it belongs to, when it belongs to one. */
export interface PageProblem extends ContentProblem {
  /** The site path of the page the problem's file renders, e.g. `/concepts/change-enablement/`. */
  page?: string;
}

export interface ProblemsMessage {
  problems: PageProblem[];
}

/** `/concepts/x` and `/concepts/x/index.html` are the same page as `/concepts/x/`. */
function samePage(a: string, b: string): boolean {
  const norm = (p: string) => decodeURI(p).replace(/index\.html$/, '').replace(/\/?$/, '/');
  return norm(a) === norm(b);
}

/** What the banner on `pathname` lists: the page's own problems, then those tied to no page. */
export function problemsForPage(problems: PageProblem[], pathname: string) {
  const own = problems.filter((p) => p.page !== undefined && samePage(p.page, pathname));
  const unplaced = problems.filter((p) => p.page === undefined);
  const otherPages = new Set(problems.filter((p) => p.page !== undefined && !samePage(p.page, pathname)).map((p) => p.page));
  return { own, unplaced, otherPages: otherPages.size };
}
