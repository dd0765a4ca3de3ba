/**
 * Illustrations drawn in code for the demo newsroom: a sky gradient, a scene (fields under a
 * sun, the sea with a boat, mountains, a city, rain over hills, a clinic, a meeting table, a
 * road) and a small label, rendered by sharp from SVG into a JPEG. No picture is downloaded
 * or checked in; every demo photo is made when the demo is written.
 */
import sharp from 'sharp';

/** The scenes an illustration can show. */
export const MOTIFS = ['fields', 'sea', 'mountains', 'city', 'rain', 'clinic', 'table', 'road'] as const;
export type Motif = (typeof MOTIFS)[number];

/** What to draw. */
export interface IllustrationSpec {
  motif: Motif;
  /** Sky colours, top to bottom (#rrggbb). */
  sky: readonly [string, string];
  /** The colour of the scene's ground or main shapes (#rrggbb). */
  ground: string;
  /** A short label set in the corner (a place name), drawn as text by sharp's SVG renderer. */
  label: string;
  /** Varies the shapes, so two illustrations of a motif differ. */
  seed: number;
  width?: number;
  height?: number;
}

/** Draws the illustration as a JPEG of `width` × `height` (default 1280 × 800). */
export async function drawIllustration(spec: IllustrationSpec): Promise<Buffer> {
  const width = spec.width ?? 1280;
  const height = spec.height ?? 800;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" viewBox="0 0 1600 1000" preserveAspectRatio="none">
<defs>
<linearGradient id="sky" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="${colour(spec.sky[0])}"/><stop offset="1" stop-color="${colour(spec.sky[1])}"/></linearGradient>
<linearGradient id="shade" x1="0" y1="0" x2="0" y2="1"><stop offset="0" stop-color="#000" stop-opacity="0"/><stop offset="1" stop-color="#000" stop-opacity="0.35"/></linearGradient>
</defs>
<rect width="1600" height="1000" fill="url(#sky)"/>
${scene(spec.motif, colour(spec.ground), random(spec.seed))}
<rect y="700" width="1600" height="300" fill="url(#shade)"/>
<text x="56" y="940" font-family="DejaVu Sans, Liberation Sans, Arial, sans-serif" font-size="44" font-weight="700" fill="#ffffff" fill-opacity="0.9" letter-spacing="4">${escapeXml(spec.label.toUpperCase())}</text>
</svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 88 }).toBuffer();
}

/** The SVG shapes of a scene, in the 1600 × 1000 view box. */
function scene(motif: Motif, ground: string, rnd: () => number): string {
  const light = 'fill="#ffffff" fill-opacity="0.85"';
  switch (motif) {
    case 'fields': {
      const bands = Array.from({ length: 6 }, (_, i) => {
        const y = 600 + i * 70;
        return `<path d="M0 ${y} Q 800 ${y - 60 - rnd() * 40} 1600 ${y + 10} V 1000 H 0 Z" fill="${ground}" fill-opacity="${0.45 + i * 0.09}"/>`;
      });
      return `<circle cx="${1050 + rnd() * 300}" cy="${260 + rnd() * 80}" r="130" fill="#fff3c4" fill-opacity="0.9"/>${bands.join('')}`;
    }
    case 'sea': {
      const waves = Array.from({ length: 7 }, (_, i) => {
        const y = 560 + i * 62;
        const d = Array.from({ length: 9 }, (_, k) => `Q ${k * 200 + 100} ${y - 30 - rnd() * 20} ${(k + 1) * 200} ${y}`).join(' ');
        return `<path d="M0 ${y} ${d} V 1000 H 0 Z" fill="${ground}" fill-opacity="${0.35 + i * 0.1}"/>`;
      });
      const x = 420 + rnd() * 500;
      const boat = `<path d="M${x} 560 h 260 l -40 50 h -180 Z" fill="#2b2b2b"/><path d="M${x + 120} 555 V 380 L ${x + 230} 540 Z" ${light}/>`;
      return `<circle cx="1250" cy="250" r="110" fill="#fff6d8" fill-opacity="0.8"/>${boat}${waves.join('')}`;
    }
    case 'mountains': {
      const peaks = Array.from({ length: 5 }, (_, i) => {
        const x = i * 380 - 100 + rnd() * 120;
        const top = 260 + rnd() * 220;
        return `<path d="M${x} 1000 L ${x + 420} ${top} L ${x + 840} 1000 Z" fill="${ground}" fill-opacity="${0.55 + i * 0.08}"/><path d="M${x + 420} ${top} l 70 ${90} h -140 Z" ${light}/>`;
      });
      return peaks.join('');
    }
    case 'city': {
      const blocks: string[] = [];
      for (let x = 0; x < 1600; x += 110 + Math.floor(rnd() * 60)) {
        const h = 240 + rnd() * 420;
        const w = 90 + rnd() * 50;
        blocks.push(`<rect x="${x}" y="${1000 - h}" width="${w}" height="${h}" fill="${ground}" fill-opacity="${0.7 + rnd() * 0.3}"/>`);
        for (let wy = 1000 - h + 30; wy < 960; wy += 60) {
          if (rnd() > 0.55) blocks.push(`<rect x="${x + 20}" y="${wy}" width="22" height="28" fill="#ffe9a8" fill-opacity="0.8"/>`);
        }
      }
      return blocks.join('');
    }
    case 'rain': {
      const clouds = Array.from({ length: 4 }, () => `<ellipse cx="${rnd() * 1600}" cy="${160 + rnd() * 160}" rx="${220 + rnd() * 160}" ry="${70 + rnd() * 40}" fill="#e8eef3" fill-opacity="0.75"/>`);
      const drops = Array.from({ length: 80 }, () => {
        const x = rnd() * 1700;
        const y = 300 + rnd() * 500;
        return `<line x1="${x}" y1="${y}" x2="${x - 30}" y2="${y + 70}" stroke="#dfe9f2" stroke-opacity="0.6" stroke-width="4"/>`;
      });
      const hills = `<path d="M0 760 Q 400 620 800 740 T 1600 700 V 1000 H 0 Z" fill="${ground}"/>`;
      return clouds.join('') + drops.join('') + hills;
    }
    case 'clinic': {
      const rings = Array.from({ length: 4 }, (_, i) => `<circle cx="800" cy="470" r="${160 + i * 90}" fill="none" stroke="#ffffff" stroke-opacity="${0.35 - i * 0.07}" stroke-width="18"/>`);
      const cross = `<rect x="740" y="320" width="120" height="300" rx="14" ${light}/><rect x="650" y="410" width="300" height="120" rx="14" ${light}/>`;
      return `${rings.join('')}${cross}<rect y="820" width="1600" height="180" fill="${ground}"/>`;
    }
    case 'table': {
      const seats = Array.from({ length: 14 }, (_, i) => {
        const a = (i / 14) * Math.PI * 2;
        return `<circle cx="${800 + Math.cos(a) * 460}" cy="${520 + Math.sin(a) * 250}" r="${34 + rnd() * 8}" fill="#ffffff" fill-opacity="0.8"/>`;
      });
      return `<ellipse cx="800" cy="520" rx="380" ry="190" fill="${ground}"/><ellipse cx="800" cy="520" rx="250" ry="110" fill="#ffffff" fill-opacity="0.15"/>${seats.join('')}`;
    }
    case 'road': {
      const walkers = Array.from({ length: 9 }, (_, i) => {
        const t = 0.15 + i * 0.09 + rnd() * 0.03;
        const y = 560 + t * 380;
        const x = 800 + (rnd() - 0.5) * t * 500;
        const s = 0.4 + t;
        return `<circle cx="${x}" cy="${y - 60 * s}" r="${12 * s}" fill="#2b2b2b"/><rect x="${x - 11 * s}" y="${y - 48 * s}" width="${22 * s}" height="${48 * s}" rx="${6 * s}" fill="#2b2b2b"/>`;
      });
      return `<path d="M0 560 H 1600 V 1000 H 0 Z" fill="${ground}"/><path d="M760 560 L 840 560 L 1250 1000 L 350 1000 Z" fill="#d8cbb0"/>${walkers.join('')}`;
    }
  }
}

/** A deterministic pseudo-random sequence (mulberry32), so the same spec draws the same picture. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function colour(value: string): string {
  if (!/^#[0-9a-f]{6}$/i.test(value)) throw new Error(`media: "${value}" is not a #rrggbb colour`);
  return value;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}
