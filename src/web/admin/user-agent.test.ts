import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { describeBrowser } from './user-agent.js';

describe('describeBrowser', () => {
  it('names common browsers and systems', () => {
    assert.deepEqual(describeBrowser('Mozilla/5.0 (X11; Linux x86_64; rv:128.0) Gecko/20100101 Firefox/128.0'), {
      name: 'Firefox',
      system: 'Linux',
    });
    assert.deepEqual(
      describeBrowser('Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Safari/537.36 Edg/126.0'),
      { name: 'Edge', system: 'Windows' },
    );
    assert.deepEqual(
      describeBrowser('Mozilla/5.0 (iPhone; CPU iPhone OS 17_5 like Mac OS X) AppleWebKit/605.1.15 (KHTML, like Gecko) Version/17.5 Mobile/15E148 Safari/604.1'),
      { name: 'Safari', system: 'iOS' },
    );
    assert.deepEqual(
      describeBrowser('Mozilla/5.0 (Linux; Android 14; Pixel 8) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36'),
      { name: 'Chrome', system: 'Android' },
    );
  });

  it('says nothing rather than guess', () => {
    assert.deepEqual(describeBrowser(null), { name: null, system: null });
    assert.deepEqual(describeBrowser('something/1.0'), { name: null, system: null });
  });
});
