import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';

// The stylesheet is read from src/ (this test runs from dist/src/render/assets/).
const css = readFileSync(new URL('../../../../src/render/assets/admin.css', import.meta.url), 'utf8');

/** The value of a colour custom property set on :root. */
function colour(name: string): string {
  const match = new RegExp(`--${name}:\\s*(#[0-9a-f]{6});`, 'i').exec(css);
  assert.ok(match, `no --${name} colour in admin.css`);
  return match[1]!;
}

/** The colour and background of a rule, as written in the stylesheet. */
function ruleColours(selector: string): [string, string] {
  const start = css.indexOf(`${selector} {`);
  assert.ok(start >= 0, `no rule for ${selector}`);
  const rule = css.slice(start, css.indexOf('}', start));
  const background = /background:\s*(#[0-9a-f]{6}|var\(--[\w-]+\))/i.exec(rule)?.[1];
  const text = /[\s;{]color:\s*(#[0-9a-f]{6}|var\(--[\w-]+\))/i.exec(rule)?.[1];
  assert.ok(background && text, `${selector} sets both colour and background`);
  const resolve = (value: string) => (value.startsWith('var(') ? colour(value.slice(6, -1)) : value);
  return [resolve(text), resolve(background)];
}

function luminance(hex: string): number {
  const [r, g, b] = [1, 3, 5].map((i) => {
    const c = parseInt(hex.slice(i, i + 2), 16) / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
}

/** WCAG 2 contrast ratio of two colours. */
function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

describe('admin.css', () => {
  it('stays small', () => {
    assert.ok(Buffer.byteLength(css) < 20 * 1024, `admin.css is ${Buffer.byteLength(css)} bytes`);
  });

  it('uses logical properties only, so right-to-left pages mirror', () => {
    const physical = css.match(/(?:^|[\s;{])(?:(?:margin|padding|border)-(?:left|right|top|bottom)|left|right|top|bottom|width|height)\s*:|text-align:\s*(?:left|right)|float:\s*(?:left|right)/gm);
    assert.equal(physical, null, `physical properties: ${physical?.join(', ')}`);
  });

  it('loads no fonts or other files', () => {
    assert.doesNotMatch(css, /@font-face|@import|url\(/);
  });

  it('shows focus, styles the sign-in page and respects reduced motion', () => {
    assert.match(css, /:focus-visible\s*\{[^}]*outline:/);
    for (const selector of ['.signin', '.field label', '.button', '.alert']) assert.ok(css.includes(selector), `styles ${selector}`);
    const motion = css.match(/transition|scroll-behavior:\s*smooth|animation/g) ?? [];
    const allowed = css.slice(css.indexOf('@media (prefers-reduced-motion: no-preference)'));
    assert.ok(motion.length > 0 && (allowed.match(/transition|scroll-behavior:\s*smooth|animation/g) ?? []).length === motion.length);
  });

  it('has text colours that pass WCAG AA on their backgrounds', () => {
    const pairs: Array<[string, string, string]> = [
      ['ink on page', colour('ink'), colour('page')],
      ['muted on page', colour('muted'), colour('page')],
      ['muted on surface', colour('muted'), colour('surface')],
      ['accent on surface', colour('accent'), colour('surface')],
      ['accent on page', colour('accent'), colour('page')],
      ['accent on its wash', colour('accent'), colour('accent-wash')],
      ['button text', '#ffffff', colour('accent')],
      ['danger button text', '#ffffff', colour('danger')],
      ['error text', colour('danger'), colour('danger-wash')],
      ['ink on the error alert', colour('ink'), colour('danger-wash')],
      ['ink on the success alert', colour('ink'), colour('success-wash')],
      ['header text', '#ffffff', colour('masthead')],
      ['navigation text', '#ffffff', colour('masthead-nav')],
      ['draft badge', ...ruleColours('.badge--draft')],
      ['in-review badge', ...ruleColours('.badge--in-review')],
      ['scheduled badge', ...ruleColours('.badge--scheduled')],
      ['published badge', ...ruleColours('.badge--published')],
      ['unpublished badge', ...ruleColours('.badge--unpublished')],
      ['added words', ...ruleColours('ins.diff__added')],
      ['removed words', ...ruleColours('del.diff__removed')],
    ];
    for (const [what, text, background] of pairs) {
      assert.ok(contrast(text, background) >= 4.5, `${what}: ${text} on ${background} is ${contrast(text, background).toFixed(2)}`);
    }
    // Form controls' borders and the focus ring are non-text contrast: 3:1.
    assert.ok(contrast(colour('control'), colour('surface')) >= 3, 'control borders');
    assert.ok(contrast(colour('focus'), colour('masthead')) >= 3, 'focus ring on the header');
  });
});
