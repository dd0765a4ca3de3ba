/** A story's lead picture: the picture, then its caption and credit. */
import type { FigureModel } from '../view-models.js';
import { Picture } from './picture.js';

/** How wide the hero is shown: the story column (46rem) on wide screens, the screen less its margins on phones. */
export const HERO_SIZES = '(min-width: 48rem) 46rem, calc(100vw - 2rem)';

/** `<figure>` with the hero picture (fetched first) and a `<figcaption>` holding caption and credit. */
export function HeroFigure({ figure }: { figure: FigureModel }) {
  const { caption, credit } = figure;
  return (
    <figure class="hero">
      <Picture picture={figure.picture} sizes={HERO_SIZES} priority="first" class="hero__picture" />
      {(caption || credit) && (
        <figcaption class="hero__caption">
          {caption}
          {caption && credit && ' '}
          {credit && <span class="hero__credit">{credit}</span>}
        </figcaption>
      )}
    </figure>
  );
}
