import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { serializeJsonLd } from './json-ld.js';

describe('serializeJsonLd', () => {
  it('writes nothing that could end the script element, and reads back the same', () => {
    const doc = { headline: '</script><script>alert(1)</script> & <!-- \u2028' };
    const text = serializeJsonLd(doc);
    assert.ok(!/[<>&\u2028]/.test(text), text);
    assert.deepEqual(JSON.parse(text), doc);
  });
});
