/** A notice at the top of an admin page: a calm confirmation, or an alert when something failed. */
import type { ComponentChildren } from 'preact';
import type { AdminNotice } from '../../admin-view-models.js';

/** Success is a polite status message; an error is an alert, announced at once. */
export function NoticeBox({ notice, children }: { notice: AdminNotice | null; children?: ComponentChildren }) {
  if (!notice) return null;
  const error = notice.kind === 'error';
  return (
    <div class={error ? 'alert alert--error' : 'alert alert--success'} role={error ? 'alert' : 'status'}>
      <p class="alert__message">{notice.message}</p>
      {children}
    </div>
  );
}
