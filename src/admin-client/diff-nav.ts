/** "Previous change" and "Next change" on the revision diff page: move through the marked words. */

/** Shows the diff page's change buttons and makes them step through every `<ins>` and `<del>`. */
export function initDiffNav(root: Document): void {
  const nav = root.querySelector<HTMLElement>('[data-diff-nav]');
  const changes = [...root.querySelectorAll<HTMLElement>('.diff ins, .diff del')];
  if (!nav || changes.length === 0) return;
  let current = -1;
  nav.hidden = false;
  nav.addEventListener('click', (event) => {
    const button = (event.target as HTMLElement).closest<HTMLButtonElement>('[data-diff-step]');
    if (!button) return;
    changes[current]?.classList.remove('is-current');
    current = (current + Number(button.dataset.diffStep) + changes.length) % changes.length;
    const change = changes[current]!;
    change.classList.add('is-current');
    change.tabIndex = -1;
    change.focus();
    change.scrollIntoView({ block: 'center' });
  });
}
