// Share links pasted into the aggregate: one per line as a trainer collects them from a chat,
// or run together with spaces or commas. Pure, so the splitting is unit-tested.

export interface PastedLink {
  /** The line of the pasted text it stands on, from 1: refusals name it. */
  line: number;
  /** The fragment without `#`, e.g. `v1.…`; for a line with no link, the line as pasted. */
  fragment: string;
}

/** A token that is meant as a link: an address with a fragment, or a bare fragment `v1.…`. */
const looksLikeLink = (token: string) => token.includes('#') || /^v\d+\./.test(token);

/**
 * Each link in `text` with its line. Takes whole addresses (`https://…/scorecard/#v1.…`) and
 * bare fragments (`#v1.…`, `v1.…`), strips the brackets, quotes and full stops that chat apps
 * and mail put around links (a base64url body never holds them), and skips words beside a link
 * ("Alice: https://…"). A line with text but no link comes back whole, once, so the reader
 * refuses it by its line rather than word by word.
 */
export function pastedLinks(text: string): PastedLink[] {
  return text.split(/\r\n|\r|\n/).flatMap((row, i) => {
    const tokens = row
      .split(/[\s,;]+/)
      .map((token) => token.replace(/^[<("'[]+/, '').replace(/[>)"'\].:]+$/, ''))
      .filter(Boolean);
    const links = tokens.filter(looksLikeLink);
    if (links.length === 0) return tokens.length ? [{ line: i + 1, fragment: row.trim() }] : [];
    return links.map((token) => ({ line: i + 1, fragment: token.includes('#') ? token.slice(token.indexOf('#') + 1) : token }));
  });
}
