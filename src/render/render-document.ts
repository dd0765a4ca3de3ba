/** Turns a page's component tree into the complete HTML document string that is sent. */
import type { VNode } from 'preact';
import { renderToString } from 'preact-render-to-string';

/** The HTML5 document for a page element (an `<html>` tree), doctype included. */
export function renderDocument(page: VNode): string {
  return `<!DOCTYPE html>${renderToString(page)}`;
}
