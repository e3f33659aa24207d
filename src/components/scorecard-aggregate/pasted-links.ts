// Share links pasted into the aggregate: one per line as a trainer collects them from a chat,
// or run together with spaces or commas. Pure, so the splitting is unit-tested.

export interface PastedLink {
  /** The line of the pasted text it stands on, from 1: refusals name it. */
  line: number;
  /** The fragment without `#`, e.g. `v1.…`, or the token as pasted when it has no `#`. */
  fragment: string;
}

/**
 * Each link in `text` with its line. Takes whole addresses (`https://…/scorecard/#v1.…`), bare
 * fragments (`#v1.…`, `v1.…`), and strips the brackets, quotes and full stops that chat apps
 * and mail put around links (a base64url body never holds them).
 */
export function pastedLinks(text: string): PastedLink[] {
  return text.split(/\r\n|\r|\n/).flatMap((row, i) =>
    row
      .split(/[\s,;]+/)
      .map((token) => token.replace(/^[<("'[]+/, '').replace(/[>)"'\].:]+$/, ''))
      .filter(Boolean)
      .map((token) => ({ line: i + 1, fragment: token.includes('#') ? token.slice(token.indexOf('#') + 1) : token })),
  );
}
