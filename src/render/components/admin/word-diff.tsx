/**
 * What changed between two revisions, field by field: added words in `<ins>`, removed words
 * in `<del>`, each also named in hidden text so a screen reader says "added" and "removed".
 */
import type { DiffPart, FieldDiff } from '../../admin-view-models.js';
import { adminText } from '../../i18n/admin-messages.js';

/** One field's diff as running text. */
function DiffText({ lang, parts }: { lang: string; parts: readonly DiffPart[] }) {
  return (
    <>
      {parts.map((part) => {
        if (part.kind === 'same') return part.text;
        const Tag = part.kind === 'added' ? 'ins' : 'del';
        return (
          <Tag class={`diff__${part.kind}`}>
            <span class="visually-hidden">[{adminText(lang, part.kind === 'added' ? 'revisions.added' : 'revisions.removed')}: </span>
            {part.text}
            <span class="visually-hidden">]</span>
          </Tag>
        );
      })}
    </>
  );
}

/** A list of changed fields, each with its label and its word diff; `headingLevel` for the labels. */
export function WordDiff({ lang, changes, headingLevel }: { lang: string; changes: readonly FieldDiff[]; headingLevel: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <div class="diff" data-diff="">
      {changes.map((change) => (
        <section class="diff__field">
          <Heading class="diff__label">{adminText(lang, `field.${change.field}`)}</Heading>
          {/* The story's words may run right to left in a left-to-right admin: let the text decide. */}
          <div class={change.field === 'body' ? 'diff__text diff__text--body' : 'diff__text'} dir="auto">
            <DiffText lang={lang} parts={change.parts} />
          </div>
        </section>
      ))}
    </div>
  );
}
