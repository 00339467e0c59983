import { deflateSync, crc32 } from "node:zlib";
import sharp from "sharp";

// Images made on the spot for the photo tests and the benchmark; nothing binary is checked in.

/** A JPEG as a phone writes one: EXIF with a GPS position, an ICC profile, XMP, and an orientation. */
export async function phoneJpeg(options: { width?: number; height?: number; orientation?: number } = {}): Promise<Buffer> {
  const { width = 400, height = 300, orientation = 1 } = options;
  return sharp({ create: { width, height, channels: 3, background: "#b3472d" } })
    .withExif({
      IFD0: { Make: "PhoneMaker", Model: "Phone 15", Software: "PhoneOS 18.1" },
      IFD2: { DateTimeOriginal: "2026:03:08 09:15:00" },
      IFD3: { GPSLatitudeRef: "N", GPSLatitude: "51/1 30/1 2600/100", GPSLongitudeRef: "W", GPSLongitude: "0/1 7/1 4000/100" },
    })
    .withIccProfile("p3")
    .withXmp(
      '<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">' +
        '<rdf:Description xmlns:dc="http://purl.org/dc/elements/1.1/" dc:creator="Ann Example"/></rdf:RDF></x:xmpmeta>',
    )
    .withMetadata({ orientation })
    .jpeg({ quality: 90 })
    .toBuffer();
}

/**
 * A decompression bomb: a valid PNG of width × height one-bit pixels, all zero, that deflate turns
 * into a few kilobytes (20000 × 20000 is 400 megapixels in about 50 KB).
 */
export function pngBomb(width = 20_000, height = 20_000): Buffer {
  const chunk = (type: string, data: Buffer) => {
    const length = Buffer.alloc(4);
    length.writeUInt32BE(data.length);
    const body = Buffer.concat([Buffer.from(type, "latin1"), data]);
    const crc = Buffer.alloc(4);
    crc.writeUInt32BE(crc32(body));
    return Buffer.concat([length, body, crc]);
  };
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([1, 0, 0, 0, 0], 8); // 1-bit greyscale, deflate, no filter, no interlace
  const row = 1 + Math.ceil(width / 8); // a filter byte, then the packed pixels
  const pixels = deflateSync(Buffer.alloc(row * height), { level: 9 });
  return Buffer.concat([Buffer.from("\x89PNG\r\n\x1a\n", "latin1"), chunk("IHDR", header), chunk("IDAT", pixels), chunk("IEND", Buffer.alloc(0))]);
}

/** A 64 × 48 HEIC (HEVC-coded HEIF, as iPhones write), made once with libheif's heif-enc 1.15.1. */
export const HEIC_64X48 = Buffer.from(
  "AAAAHGZ0eXBoZWljAAAAAG1pZjFoZWljbWlhZgAAAa1tZXRhAAAAAAAAACFoZGxyAAAAAAAAAABwaWN0AAAAAAAAAAAAAAAAAAAAAA5waXRtAAAAAAACAAAAEGlkYXQAAAAAAEAAMAAAADhpbG9jAQAAAERAAAIAAQAAAAAAAAHRAAEAAAAAAAAAHQACAAEAAAAAAAAAAQAAAAAAAAAIAAAAOGlpbmYAAAAAAAIAAAAVaW5mZQIAAAEAAQAAaHZjMQAAAAAVaW5mZQIAAAAAAgAAZ3JpZAAAAADYaXBycAAAALZpcGNvAAAAdmh2Y0MBA3AAAAAAAAAAAAAe8AD8/fj4AAAPAyAAAQAYQAEMAf//A3AAAAMAkAAAAwAAAwAeugJAIQABACpCAQEDcAAAAwCQAAADAAADAB6gIIEFlurkprm4EBAwIAAAAwAgAAADACEiAAEABkQBwXPAiQAAABRpc3BlAAAAAAAAAEAAAABAAAAAFGlzcGUAAAAAAAAAQAAAADAAAAAQcGl4aQAAAAADCAgIAAAAGmlwbWEAAAAAAAAAAgABAoECAAICA4QAAAAaaXJlZgAAAAAAAAAOZGltZwACAAEAAQAAACVtZGF0AAAAGSgBrxOA9SeBP//LxR/+1hnh9wCF+efLU8A=",
  "base64",
);

/**
 * A photo-like JPEG for the benchmark: a gradient with noise, so it compresses like a real photo
 * (a 4000 × 3000 one comes to a few megabytes) rather than like a flat colour.
 */
export async function realisticJpeg(width = 4000, height = 3000): Promise<Buffer> {
  const channels = 3;
  const pixels = Buffer.alloc(width * height * channels);
  let seed = 42;
  const noise = () => {
    seed = (seed * 1103515245 + 12345) & 0x7fffffff;
    return (seed >> 16) % 48;
  };
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const offset = (y * width + x) * channels;
      pixels[offset] = Math.min(255, Math.round((x / width) * 200) + noise());
      pixels[offset + 1] = Math.min(255, Math.round((y / height) * 180) + noise());
      pixels[offset + 2] = Math.min(255, 90 + noise());
    }
  }
  return sharp(pixels, { raw: { width, height, channels } }).jpeg({ quality: 92 }).toBuffer();
}
