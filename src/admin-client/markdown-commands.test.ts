import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { applyEdit, markdownEdit, type MarkdownCommand } from './markdown-commands.js';

/** Runs a command on text where `[` and `]` mark the selection; returns the result marked the same way. */
function run(command: MarkdownCommand, marked: string): string {
  const start = marked.indexOf('[');
  const end = marked.indexOf(']') - 1;
  const text = marked.replace('[', '').replace(']', '');
  const edit = markdownEdit(command, { text, start, end });
  const after = applyEdit(text, edit);
  return `${after.slice(0, edit.selectStart)}[${after.slice(edit.selectStart, edit.selectEnd)}]${after.slice(edit.selectEnd)}`;
}

describe('markdown toolbar commands', () => {
  it('wraps the selection in bold or italic markers and keeps it selected', () => {
    assert.equal(run('bold', 'The [river] rose.'), 'The **[river]** rose.');
    assert.equal(run('italic', 'The [river] rose.'), 'The *[river]* rose.');
  });

  it('leaves spaces picked up with a word outside the markers', () => {
    assert.equal(run('bold', 'The[ river ]rose.'), 'The **[river]** rose.');
  });

  it('takes the markers away when pressed again', () => {
    assert.equal(run('bold', 'The **[river]** rose.'), 'The [river] rose.');
  });

  it('inserts an empty pair with the caret inside when nothing is selected', () => {
    assert.equal(run('bold', 'Rain[]'), 'Rain**[]**');
  });

  it('turns the selection into a link with the address ready to type', () => {
    assert.equal(run('link', 'Read [the report].'), 'Read [the report]([https://]).');
    assert.equal(run('link', 'See []'), 'See [[]](https://)');
  });

  it('makes the current line a heading, and back', () => {
    assert.equal(run('heading', 'Intro\nThe vo[]te\nEnd'), 'Intro\n## The vo[]te\nEnd');
    assert.equal(run('heading', '## The vo[]te'), 'The vo[]te');
    assert.equal(run('heading', '# The vo[]te'), '## The vo[]te');
  });

  it('quotes or lists every selected line', () => {
    assert.equal(run('quote', '[One\nTwo]'), '[> One\n> Two]');
    assert.equal(run('list', 'Intro\n[Rice\nBeans]\nEnd'), 'Intro\n[- Rice\n- Beans]\nEnd');
    assert.equal(run('list', '[- Rice\n- Beans]'), '[Rice\nBeans]');
  });
});
