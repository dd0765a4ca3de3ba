/**
 * Drag and drop for picture uploads: a file dropped on a `[data-drop-upload]` box goes into the
 * box's file input, as if picked. With `data-drop-upload="submit"` the form is then sent at once
 * (the library's upload box); otherwise the box says which file is ready (the editor's hero
 * panel, whose Save button sends it). Without the script the file input works as it is.
 */

/** Sets up every drop box under `root`. */
export function initDropUploads(root: Document): void {
  for (const zone of root.querySelectorAll<HTMLElement>('[data-drop-upload]')) {
    const input = zone.querySelector<HTMLInputElement>('input[type="file"]');
    if (!input) continue;
    const status = zone.querySelector<HTMLElement>('[data-drop-status]');
    const over = (on: boolean) => zone.classList.toggle('drop-zone--over', on);
    const announce = () => {
      const file = input.files?.[0];
      if (status && file) status.textContent = (zone.dataset.ready ?? '{name}').replace('{name}', file.name);
    };
    zone.addEventListener('dragover', (event) => {
      if (!event.dataTransfer?.types.includes('Files')) return;
      event.preventDefault();
      event.dataTransfer.dropEffect = 'copy';
      over(true);
    });
    zone.addEventListener('dragleave', (event) => {
      if (!zone.contains(event.relatedTarget as Node | null)) over(false);
    });
    zone.addEventListener('drop', (event) => {
      const files = event.dataTransfer?.files;
      if (!files || files.length === 0) return;
      event.preventDefault();
      over(false);
      input.files = files;
      input.dispatchEvent(new Event('change', { bubbles: true }));
      if (zone.dataset.dropUpload === 'submit') input.form?.requestSubmit();
    });
    input.addEventListener('change', announce);
  }
}
