import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { safeNextPath } from './safe-next.js';

describe('where signing in leads', () => {
  it('follows a path on this site, query included', () => {
    assert.equal(safeNextPath('/admin/stories/abc?tab=revisions'), '/admin/stories/abc?tab=revisions');
    assert.equal(safeNextPath('/admin/stories?q=caf%C3%A9'), '/admin/stories?q=caf%C3%A9');
  });

  it('goes to the dashboard when next is missing', () => {
    assert.equal(safeNextPath(undefined), '/admin');
    assert.equal(safeNextPath(''), '/admin');
  });

  it('never leaves the site', () => {
    for (const evil of [
      'https://evil.example/admin',
      '//evil.example/admin',
      '/\\evil.example',
      '\\\\evil.example',
      '/\t/evil.example',
      'javascript:alert(1)',
      'admin/stories',
      ' /admin',
      '/%0d%0aSet-Cookie:x=1',
    ]) {
      const to = safeNextPath(evil);
      assert.ok(to.startsWith('/') && !to.startsWith('//'), `${JSON.stringify(evil)} led to ${to}`);
      assert.equal(new URL(to, 'https://news.example.org').origin, 'https://news.example.org', evil);
    }
    assert.equal(safeNextPath('//evil.example/admin'), '/admin');
    assert.equal(safeNextPath('/\\evil.example'), '/admin');
  });

  it('does not loop back to the sign-in page', () => {
    assert.equal(safeNextPath('/admin/sign-in?next=/admin'), '/admin');
  });
});
