// What the not-found page makes of the address that was not found: words to search for, and
// for a mistyped concept address the concept that was probably meant.
import { didYouMean } from '../schema/did-you-mean.ts';

/** The segments of `pathname` below the site's base path, decoded, without a trailing index.html. */
function segmentsBelowBase(pathname: string, base: string): string[] {
  const prefix = base.endsWith('/') ? base : `${base}/`;
  const below = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : pathname.replace(/^\/+/, '');
  const segments = below.split('/').filter(Boolean).map((segment) => {
    try {
      return decodeURIComponent(segment);
    } catch {
      return segment;
    }
  });
  if (segments.at(-1)?.toLowerCase() === 'index.html') segments.pop();
  return segments;
}

/** Words to search for, from the last segment of a missing address: `/concepts/chnage-enablement/` → `chnage enablement`. */
export function missingPathQuery(pathname: string, base = '/'): string {
  const last = segmentsBelowBase(pathname, base).at(-1) ?? '';
  return last
    .replace(/\.html?$/i, '')
    .replace(/[-_+.\s]+/g, ' ')
    .trim();
}

export interface NamedConcept {
  id: string;
  title: string;
  aliases?: readonly string[];
  url: string;
}

const slug = (text: string) =>
  text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '');

/**
 * The concept a missing `/concepts/<id>/` address most likely meant: one whose title or other
 * name is that id (`/concepts/cab/`), else the id closest to it (`chnage-enablement`).
 */
export function suggestConcept(pathname: string, concepts: readonly NamedConcept[], base = '/'): NamedConcept | undefined {
  const [section, wanted] = segmentsBelowBase(pathname, base);
  if (section !== 'concepts' || !wanted) return undefined;
  const key = slug(wanted.replace(/\.html?$/i, ''));
  if (!key) return undefined;
  const named = concepts.find((c) => c.id === key || slug(c.title) === key || c.aliases?.some((alias) => slug(alias) === key));
  if (named) return named;
  const id = didYouMean(key, concepts.map((c) => c.id));
  return id === undefined ? undefined : concepts.find((c) => c.id === id);
}
