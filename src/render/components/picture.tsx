/** A responsive picture: AVIF and WebP sources, a JPEG `<img>` with its intrinsic size. */
import type { PictureModel } from '../view-models.js';

/** Props of a picture. */
export interface PictureProps {
  picture: PictureModel;
  /** The `sizes` attribute: how wide the picture is shown at each viewport width. */
  sizes: string;
  /**
   * `first`: the page's main picture, fetched at once and first (`fetchpriority="high"`);
   * `later`: below the first screen, fetched when it comes near and decoded off the main thread.
   */
  priority: 'first' | 'later';
  class?: string;
}

/** `<picture>` with one `<source>` per format and an `<img>` whose width and height reserve its box. */
export function Picture({ picture, sizes, priority, class: className }: PictureProps) {
  const loading = priority === 'first' ? ({ loading: 'eager', fetchpriority: 'high' } as const) : ({ loading: 'lazy', decoding: 'async' } as const);
  return (
    <picture class={className}>
      {picture.sources.map((source) => (
        <source type={source.type} srcset={source.srcset} sizes={sizes} />
      ))}
      <img
        src={picture.src}
        srcset={picture.srcset ?? undefined}
        sizes={picture.srcset ? sizes : undefined}
        width={picture.width}
        height={picture.height}
        alt={picture.alt}
        {...loading}
      />
    </picture>
  );
}
