/** The publication as schema.org sees it: an organization with a logo. */
import type { ImageObject, Organization } from 'schema-dts';

/** An image with its size, as structured data and sharing cards describe pictures. */
export interface SizedImage {
  url: string;
  width: number;
  height: number;
}

/** Who publishes the site. */
export interface PublisherInput {
  name: string;
  /** The site's home. */
  url: string;
  logo: SizedImage;
}

/** An ImageObject for a sized image. */
export function imageObject(image: SizedImage): ImageObject {
  return { '@type': 'ImageObject', url: image.url, width: { '@type': 'QuantitativeValue', value: image.width, unitCode: 'E37' }, height: { '@type': 'QuantitativeValue', value: image.height, unitCode: 'E37' } };
}

/** The publisher Organization. */
export function publisherOrganization(publisher: PublisherInput): Organization {
  return { '@type': 'NewsMediaOrganization', name: publisher.name, url: publisher.url, logo: imageObject(publisher.logo) };
}
