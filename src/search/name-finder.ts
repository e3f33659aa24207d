import { createTermMatcher } from './term-match.ts';
import { fold, tokenize } from './tokenize.ts';

/** A name a thing goes by (a title or an alias) and the thing's id. */
export interface Name {
  id: string;
  name: string;
}

/**
 * Finds the thing a short query names, as the graph explorer's find box does: an exact name
 * first, then the name whose words best match the query's, with the site search's matcher, so
 * "vulnerabilty" finds vulnerability and "chang" finds change. Every query word must match.
 */
export function createNameFinder(names: readonly Name[]) {
  const termsOf = names.map((n) => new Set(tokenize(n.name)));
  const vocabulary = [...new Set(termsOf.flatMap((t) => [...t]))].sort();
  const matcher = createTermMatcher(vocabulary);
  const exact = new Map<string, Name>();
  for (const n of names) if (!exact.has(fold(n.name))) exact.set(fold(n.name), n);

  return function find(query: string): Name | undefined {
    const folded = fold(query.trim());
    if (!folded) return undefined;
    const named = exact.get(folded);
    if (named) return named;
    const words = [...new Set(tokenize(query))];
    if (words.length === 0) return undefined;
    const meanings = words.map((w) => matcher.match(w).map((m) => ({ term: vocabulary[m.term]!, similarity: m.similarity })));
    let best: { name: Name; score: number } | undefined;
    names.forEach((name, i) => {
      let score = 0;
      for (const matches of meanings) {
        const found = Math.max(0, ...matches.filter((m) => termsOf[i]!.has(m.term)).map((m) => m.similarity));
        if (found === 0) return;
        score += found;
      }
      // Of equal matches, the name with fewest other words says most precisely what was asked.
      score -= termsOf[i]!.size * 0.01;
      if (!best || score > best.score) best = { name, score };
    });
    return best?.name;
  };
}
