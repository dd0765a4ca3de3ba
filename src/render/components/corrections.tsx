/** The public corrections of a story, each dated, in a box near its end. */
import { messageParts, t } from '../i18n/messages.js';
import { DateTime } from './date-time.js';

/** "Correction (date): text" for each correction, or nothing when there are none. */
export function Corrections({ lang, corrections }: { lang: string; corrections: ReadonlyArray<{ at: Date; text: string }> }) {
  if (corrections.length === 0) return null;
  return (
    <section class="corrections" aria-labelledby="corrections-heading">
      <h2 class="corrections__heading" id="corrections-heading">
        {t(lang, 'story.corrections')}
      </h2>
      <ul class="corrections__list">
        {corrections.map((correction) => (
          <li>
            <strong>{messageParts(lang, 'story.correction', { date: <DateTime lang={lang} date={correction.at} /> })}</strong>{' '}
            {correction.text}
          </li>
        ))}
      </ul>
    </section>
  );
}
