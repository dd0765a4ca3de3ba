/**
 * The publication's logo and sharing card (render/brand), at content-hashed addresses cached
 * for a year, like the stylesheet: a changed image is a new address.
 */
import type { FastifyPluginAsync } from 'fastify';
import { brandImages } from '../../render/brand/brand-images.js';
import { tagPage } from '../plugins/page-cache.js';

/** Routes of the brand images. */
export const brandRoutes: FastifyPluginAsync = async (app) => {
  const images = brandImages();
  for (const image of [images.logo, images.share]) {
    app.get(image.href, async (request, reply) => {
      tagPage(request, ['asset']);
      return reply.type('image/png').header('cache-control', 'public, max-age=31536000, immutable').send(image.png);
    });
  }
};
