/**
 * The Markdown toolbar over the body: shown by the script (it does nothing without it), with
 * real buttons, arrow keys between them (one tab stop, as toolbars have), and Ctrl/⌘+B and
 * Ctrl/⌘+I in the text area itself.
 */
import { isMarkdownCommand, markdownEdit, type MarkdownCommand } from './markdown-commands.js';

/** Applies a command to the text area, keeping the browser's undo history where it can. */
function run(area: HTMLTextAreaElement, command: MarkdownCommand): void {
  const edit = markdownEdit(command, { text: area.value, start: area.selectionStart, end: area.selectionEnd });
  area.focus();
  area.setSelectionRange(edit.from, edit.to);
  // execCommand keeps Ctrl+Z working; where it is gone, setRangeText does the same edit.
  const inserted = edit.insert === '' ? document.execCommand('delete') : document.execCommand('insertText', false, edit.insert);
  if (!inserted || area.value.slice(edit.from, edit.from + edit.insert.length) !== edit.insert) {
    area.setRangeText(edit.insert, edit.from, edit.to, 'end');
    area.dispatchEvent(new Event('input', { bubbles: true }));
  }
  area.setSelectionRange(edit.selectStart, edit.selectEnd);
}

/** Wires every `[data-md-toolbar]` to the text area it names. */
export function initMarkdownToolbars(root: Document): void {
  for (const toolbar of root.querySelectorAll<HTMLElement>('[data-md-toolbar]')) {
    const area = root.getElementById(toolbar.dataset.mdToolbar ?? '');
    if (!(area instanceof HTMLTextAreaElement) || area.readOnly) continue;
    const buttons = [...toolbar.querySelectorAll<HTMLButtonElement>('button[data-md]')];
    toolbar.hidden = false;

    toolbar.addEventListener('click', (event) => {
      const command = (event.target as HTMLElement).closest<HTMLButtonElement>('button[data-md]')?.dataset.md ?? '';
      if (isMarkdownCommand(command)) run(area, command);
    });

    toolbar.addEventListener('keydown', (event) => {
      const at = buttons.indexOf(event.target as HTMLButtonElement);
      if (at < 0) return;
      const rtl = getComputedStyle(toolbar).direction === 'rtl';
      const step: Record<string, number> = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1, Home: -at, End: buttons.length - 1 - at };
      const move = step[event.key];
      if (move === undefined) return;
      event.preventDefault();
      const next = buttons[(at + move + buttons.length) % buttons.length]!;
      for (const b of buttons) b.tabIndex = b === next ? 0 : -1;
      next.focus();
    });

    area.addEventListener('keydown', (event) => {
      if (!(event.ctrlKey || event.metaKey) || event.altKey || event.shiftKey) return;
      const command = event.key === 'b' || event.key === 'B' ? 'bold' : event.key === 'i' || event.key === 'I' ? 'italic' : null;
      if (!command) return;
      event.preventDefault();
      run(area, command);
    });
  }
}
