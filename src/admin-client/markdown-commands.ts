/**
 * The Markdown toolbar's commands as pure text edits: given the text and the selection, what to
 * replace and what to select afterwards. No DOM here, so the edits are tested in Node.
 */

/** The Markdown toolbar's commands. */
export const MARKDOWN_COMMANDS = ['bold', 'italic', 'link', 'heading', 'quote', 'list'] as const;
export type MarkdownCommand = (typeof MARKDOWN_COMMANDS)[number];

/** A text area's value and selection. */
export interface TextState {
  text: string;
  start: number;
  end: number;
}

/** Replace `text.slice(from, to)` with `insert`, then select `selectStart`…`selectEnd`. */
export interface TextEdit {
  from: number;
  to: number;
  insert: string;
  selectStart: number;
  selectEnd: number;
}

/** True for a name the toolbar knows. */
export function isMarkdownCommand(name: string): name is MarkdownCommand {
  return (MARKDOWN_COMMANDS as readonly string[]).includes(name);
}

/** The edit a command makes to the text and selection. */
export function markdownEdit(command: MarkdownCommand, state: TextState): TextEdit {
  switch (command) {
    case 'bold':
      return wrap(state, '**');
    case 'italic':
      return wrap(state, '*');
    case 'link':
      return link(state);
    case 'heading':
      return prefixLines(state, '## ', /^#{1,6} /);
    case 'quote':
      return prefixLines(state, '> ', /^> ?/);
    case 'list':
      return prefixLines(state, '- ', /^[-*+] /);
  }
}

/**
 * Puts `marker` on both sides of the selection, or takes it away when it is already there;
 * with nothing selected, inserts the pair with the caret between.
 */
function wrap({ text, start, end }: TextState, marker: string): TextEdit {
  const selected = text.slice(start, end);
  const n = marker.length;
  if (text.slice(start - n, start) === marker && text.slice(end, end + n) === marker) {
    return { from: start - n, to: end + n, insert: selected, selectStart: start - n, selectEnd: end - n };
  }
  // Spaces selected with a word (a double-click often takes one) stay outside the markers.
  const lead = /^\s*/.exec(selected)![0].length;
  const trail = selected.length - lead === 0 ? 0 : /\s*$/.exec(selected)![0].length;
  const inner = selected.slice(lead, selected.length - trail);
  const insert = selected.slice(0, lead) + marker + inner + marker + selected.slice(selected.length - trail);
  const innerStart = start + lead + n;
  return { from: start, to: end, insert, selectStart: innerStart, selectEnd: innerStart + inner.length };
}

const URL_PLACEHOLDER = 'https://';

/** `[selection](https://)` with the address selected, ready to be typed over. */
function link({ text, start, end }: TextState): TextEdit {
  const label = text.slice(start, end);
  const insert = `[${label}](${URL_PLACEHOLDER})`;
  if (label === '') return { from: start, to: end, insert, selectStart: start + 1, selectEnd: start + 1 };
  const urlStart = start + label.length + 3;
  return { from: start, to: end, insert, selectStart: urlStart, selectEnd: urlStart + URL_PLACEHOLDER.length };
}

/**
 * Starts every line the selection touches with `prefix`, or removes it when every one of them
 * already has it, so the button works both ways.
 */
function prefixLines({ text, start, end }: TextState, prefix: string, existing: RegExp): TextEdit {
  const from = text.lastIndexOf('\n', start - 1) + 1;
  const lineEnd = text.indexOf('\n', end > start && text[end - 1] === '\n' ? end - 1 : end);
  const to = lineEnd < 0 ? text.length : lineEnd;
  const lines = text.slice(from, to).split('\n');
  const remove = lines.every((line) => line.startsWith(prefix));
  // A line marked another way ("# ", "* ") takes this marker instead of gaining a second one.
  const changed = lines.map((line) => (remove ? line.slice(prefix.length) : prefix + line.replace(existing, '')));
  const insert = changed.join('\n');
  if (lines.length === 1) {
    // One line: keep the caret where it was in the words.
    const shift = insert.length - (to - from);
    const caret = Math.max(from, start + shift);
    return { from, to, insert, selectStart: caret, selectEnd: Math.max(caret, end + shift) };
  }
  return { from, to, insert, selectStart: from, selectEnd: from + insert.length };
}

/** The text after an edit. */
export function applyEdit(text: string, edit: TextEdit): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}
