import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { publishJobKey, retryDelayMs, RETRY_BASE_MS, RETRY_MAX_MS } from './job.js';

describe('retryDelayMs', () => {
  it('doubles after each failure, up to the maximum', () => {
    assert.deepEqual([1, 2, 3, 4].map(retryDelayMs), [RETRY_BASE_MS, 2 * RETRY_BASE_MS, 4 * RETRY_BASE_MS, 8 * RETRY_BASE_MS]);
    assert.equal(retryDelayMs(40), RETRY_MAX_MS);
  });
});

describe('publishJobKey', () => {
  it('is one key per story', () => {
    assert.equal(publishJobKey('abc'), 'publish:abc');
  });
});
