import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { el, escapeAttribute, escapeText, xmlDocument } from './xml.js';

describe('xml writer', () => {
  it('escapes text and attributes, and drops characters XML cannot hold', () => {
    assert.equal(escapeText('a < b & c > d'), 'a &lt; b &amp; c &gt; d');
    assert.equal(escapeAttribute('say "hi"\nthere'), 'say &quot;hi&quot;&#10;there');
    assert.equal(escapeText('bell\u0007 and \uD800 lone, 😀 kept'), 'bell and  lone, 😀 kept');
  });

  it('builds nested elements, leaving out empty attributes and children', () => {
    const doc = xmlDocument(el('a', { x: '1', y: undefined, z: null }, el('b', null, 'text'), null, false, [el('c'), 'tail']));
    assert.equal(doc, '<?xml version="1.0" encoding="UTF-8"?>\n<a x="1"><b>text</b><c/>tail</a>\n');
  });
});
