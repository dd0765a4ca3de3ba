/** Asks before steps that are hard to take back (publish, unpublish, restore, disable, sign out everywhere). */

/** Every submit whose button (or form) has `data-confirm` first asks that question. */
export function initConfirmButtons(root: Document): void {
  root.addEventListener('submit', (event) => {
    const submitter = (event as SubmitEvent).submitter;
    const form = event.target instanceof HTMLFormElement ? event.target : null;
    const question = submitter?.dataset.confirm ?? form?.dataset.confirm;
    if (question && !window.confirm(question)) {
      event.preventDefault();
      event.stopImmediatePropagation();
    }
  }, true);
}
