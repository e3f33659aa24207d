import { encode } from 'uqr';
import { describe, expect, it } from 'vitest';
import { QR_MAX_BYTES, fitsQr, qrSvg, qrSvgModules } from '../../src/components/room/qr-svg.ts';
import { pastedLinks } from '../../src/components/scorecard-aggregate/pasted-links.ts';

describe('qrSvg', () => {
  const address = 'https://training.example/converge/assess/';

  it("draws exactly uqr's modules, inside a quiet zone of four, with an accessible name", () => {
    const svg = qrSvg(address, 'QR code of "the" address')!;
    const { data, size } = encode(address, { ecc: 'L', boostEcc: true, border: 0 });
    expect(qrSvgModules(svg)).toEqual(data);
    expect(svg).toContain(`viewBox="0 0 ${size + 8} ${size + 8}"`);
    expect(svg).toContain('role="img" aria-label="QR code of &quot;the&quot; address"');
    // The page's CSP forbids style attributes: colours are presentation attributes only.
    expect(svg).not.toMatch(/style=/);
    expect(svg).toMatch(/<rect width="\d+" height="\d+" fill="#fff"\/><path fill="#000" d="M/);
  });

  it('raises error correction as far as the size allows', () => {
    const low = encode(address, { ecc: 'L', border: 0 });
    const boosted = encode(address, { ecc: 'L', boostEcc: true, border: 0 });
    expect(boosted.version).toBe(low.version);
    expect(qrSvgModules(qrSvg(address, 'x')!)).not.toEqual(low.data);
  });

  it('says a link too long for one QR code cannot be one, rather than throwing', () => {
    const long = `https://x.example/scorecard/#v1.${'A'.repeat(QR_MAX_BYTES)}`;
    expect(fitsQr(long)).toBe(false);
    expect(qrSvg(long, 'x')).toBeUndefined();
    // Near the limit uqr's own count decides (it may need a byte or two for the header).
    expect(qrSvg('A'.repeat(2900), 'x')).toBeDefined();
  });
});

describe('pastedLinks', () => {
  it('takes one link per line, or several separated by spaces, commas or semicolons, each with its line', () => {
    const text = 'https://a.example/scorecard/#v1.AAA\n\n  v1.BBB ,#v1.CCC\r\nhttps://a.example/converge/scorecard/#v1.D-_d; v1.EEE';
    expect(pastedLinks(text)).toEqual([
      { line: 1, fragment: 'v1.AAA' },
      { line: 3, fragment: 'v1.BBB' },
      { line: 3, fragment: 'v1.CCC' },
      { line: 4, fragment: 'v1.D-_d' },
      { line: 4, fragment: 'v1.EEE' },
    ]);
  });

  it('strips the brackets, quotes and full stops that mail and chat put around a link', () => {
    expect(pastedLinks('<https://a.example/scorecard/#v1.AB->\n"v1.CD_".\n(v1.EF).')).toEqual([
      { line: 1, fragment: 'v1.AB-' },
      { line: 2, fragment: 'v1.CD_' },
      { line: 3, fragment: 'v1.EF' },
    ]);
  });

  it('skips words beside a link, passes a line without one on whole for the reader to refuse, and finds nothing in blank text', () => {
    expect(pastedLinks('Alice: https://a.example/scorecard/#v1.AAA\nthanks all!')).toEqual([
      { line: 1, fragment: 'v1.AAA' },
      { line: 2, fragment: 'thanks all!' },
    ]);
    expect(pastedLinks(' \n\t\n')).toEqual([]);
  });
});
