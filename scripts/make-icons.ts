// Makes the app's install icons from app/icon.svg (run after changing it: `npx tsx scripts/make-icons.ts`).
// "any" icons are the rounded square as drawn; "maskable" ones fill the whole square with the brand
// colour and keep the foot inside the central 80 % that every platform's mask leaves visible.
import { readFile } from "node:fs/promises";
import sharp from "sharp";

const BRAND = "#0b5cab";

async function main() {
  const svg = await readFile("app/icon.svg");
  const glyph = svg.toString().replace(/<rect[^>]*\/>/, "");
  for (const size of [192, 512]) {
    await sharp(svg, { density: (72 * size) / 64 }).resize(size, size).png().toFile(`public/icons/icon-${size}.png`);
    const inner = Math.round(size * 0.7);
    const foot = await sharp(Buffer.from(glyph), { density: (72 * inner) / 64 }).resize(inner, inner).png().toBuffer();
    await sharp({ create: { width: size, height: size, channels: 4, background: BRAND } })
      .composite([{ input: foot, gravity: "centre" }])
      .png()
      .toFile(`public/icons/maskable-${size}.png`);
  }
}

void main();
