/** A plain list of links: navigation, footer sections, a story's topics, regions and tags. */
import type { Link } from '../view-models.js';

/** Props of a link list. */
export interface LinkListProps {
  links: readonly Link[];
  class?: string;
  /** Path of the page being shown; its link is marked `aria-current="page"`. */
  currentPath?: string;
}

/** A `<ul>` of links; links without a label are left out, so no link is ever empty. */
export function LinkList({ links, class: className, currentPath }: LinkListProps) {
  const shown = links.filter((link) => link.label.trim() !== '');
  if (shown.length === 0) return null;
  return (
    <ul class={className}>
      {shown.map((link) => (
        <li>
          <a href={link.href} aria-current={link.href === currentPath ? 'page' : undefined}>
            {link.label}
          </a>
        </li>
      ))}
    </ul>
  );
}
