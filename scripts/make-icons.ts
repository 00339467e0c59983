import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import sharp from "sharp";

// Renders app/icon.svg into the icons browsers ask for by name: app/apple-icon.png (180 px, for
// iOS home screens) and app/favicon.ico (32 px PNG inside an ICO, for browsers that request
// /favicon.ico on their own). Run after changing the SVG: `tsx scripts/make-icons.ts`.

const app = path.join(import.meta.dirname, "..", "app");
const svg = await readFile(path.join(app, "icon.svg"));

await writeFile(path.join(app, "apple-icon.png"), await sharp(svg, { density: 600 }).resize(180, 180).png().toBuffer());

const png = await sharp(svg, { density: 300 }).resize(32, 32).png().toBuffer();
// ICO: a 6-byte header, one 16-byte directory entry, then the PNG itself.
const header = Buffer.alloc(22);
header.writeUInt16LE(0, 0);
header.writeUInt16LE(1, 2);
header.writeUInt16LE(1, 4);
header.writeUInt8(32, 6);
header.writeUInt8(32, 7);
header.writeUInt16LE(1, 10);
header.writeUInt16LE(32, 12);
header.writeUInt32LE(png.length, 14);
header.writeUInt32LE(22, 18);
await writeFile(path.join(app, "favicon.ico"), Buffer.concat([header, png]));
console.log("wrote app/apple-icon.png and app/favicon.ico");
