import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// The stylesheet is read from src/ (this test runs from dist/src/render/assets/).
const css = readFileSync(new URL('../../../../src/render/assets/site.css', import.meta.url), 'utf8');

/** The value of a colour custom property set on :root. */
function colour(name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6}|#[0-9a-f]{3});`, 'i').exec(css);
  assert.ok(match, `no --${name} colour in site.css`);
  return match[1]!;
}

function luminance(hex: string): number {
  const full = hex.length === 4 ? hex.replace(/[0-9a-f]/gi, (d) => d + d) : hex;
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(full.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('site.css', () => {
  it('stays small', () => {
    // One small file, read once and cached for a year: about 3 KB on the wire with brotli.
    assert.ok(Buffer.byteLength(css) < 14 * 1024, `site.css is ${Buffer.byteLength(css)} bytes`);
  });

  it('uses logical properties only, so right-to-left pages mirror', () => {
    const physical = css.match(/(?:^|[\s;{])(?:(?:margin|padding|border)-(?:left|right|top|bottom)|left|right|top|bottom)\s*:|text-align:\s*(?:left|right)|float:\s*(?:left|right)/gm);
    assert.equal(physical, null, `physical properties: ${physical?.join(', ')}`);
  });

  it('loads no fonts or other files, and needs no script', () => {
    assert.doesNotMatch(css, /@font-face|@import|url\(/);
  });

  it('shows focus and respects reduced motion', () => {
    assert.match(css, /:focus-visible\s*\{[^}]*outline:/);
    // Motion is only added for readers who have not asked for less.
    const motion = css.match(/transition|scroll-behavior:\s*smooth|animation/g) ?? [];
    const allowed = css.slice(css.indexOf('@media (prefers-reduced-motion: no-preference)'));
    assert.ok(motion.length > 0 && (allowed.match(/transition|scroll-behavior:\s*smooth|animation/g) ?? []).length === motion.length);
  });

  it('has text colours that pass WCAG AA on their backgrounds', () => {
    const pairs: Array<[string, string]> = [
      [colour('ink'), '#ffffff'],
      [colour('ink-soft'), '#ffffff'],
      [colour('muted'), '#ffffff'],
      [colour('muted'), colour('wash')],
      [colour('accent'), '#ffffff'],
      [colour('accent'), colour('wash')],
      [colour('accent-dark'), '#ffffff'],
      ['#ffffff', colour('accent')],
      ['#ffffff', colour('masthead')],
      ['#ffffff', colour('masthead-nav')],
    ];
    for (const [text, background] of pairs) {
      assert.ok(contrast(text, background) >= 4.5, `${text} on ${background}: ${contrast(text, background).toFixed(2)}`);
    }
    // The focus ring must stand out from the masthead it is drawn on (3:1 for non-text).
    assert.ok(contrast(colour('focus'), colour('masthead')) >= 3);
  });

  it('sizes a story body to a readable measure', () => {
    assert.match(css, /--measure:\s*68ch/);
    assert.match(css, /\.story__body\s*\{[^}]*max-inline-size:\s*var\(--measure\)/);
  });
});
