import sharp from "sharp";

/**
 * A stand-in photo of a patch of skin, drawn locally (no downloads): skin tone, a reddish patch of
 * the given size, and a caption-free texture, so same-spot comparisons show a visible change.
 */
export async function demoSkinPhoto(options: { redness: number; seed: number }): Promise<Buffer> {
  const radius = Math.round(40 + options.redness * 18);
  const jitter = (options.seed % 7) * 6;
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="800" height="600">
    <defs><radialGradient id="patch"><stop offset="0" stop-color="rgb(200,70,60)" stop-opacity="${Math.min(0.9, 0.25 + options.redness * 0.12)}"/><stop offset="1" stop-color="rgb(222,170,140)" stop-opacity="0"/></radialGradient></defs>
    <rect width="800" height="600" fill="rgb(226,184,152)"/>
    <ellipse cx="${400 + jitter}" cy="${300 - jitter}" rx="${radius * 2}" ry="${radius * 1.5}" fill="url(#patch)"/>
    <path d="M0 ${520 + jitter} Q 400 ${470 - jitter} 800 ${540}" stroke="rgb(190,150,125)" stroke-width="6" fill="none"/>
  </svg>`;
  return sharp(Buffer.from(svg)).jpeg({ quality: 85 }).toBuffer();
}
