import sharp, { type Metadata } from "sharp";
import { AppError } from "../app-error";
import {
  EMPTY_FILE_MESSAGE,
  HEIC_UNREADABLE_MESSAGE,
  TOO_LARGE_FILE_MESSAGE,
  TOO_MANY_PIXELS_MESSAGE,
  TOO_SLOW_MESSAGE,
  UNREADABLE_MESSAGE,
  UNSUPPORTED_TYPE_MESSAGE,
} from "./errors";
import { MAX_INPUT_PIXELS, MAX_PHOTO_BYTES } from "./schemas";

// Every photo is decoded and written again as a plain JPEG: the only way to be sure nothing from
// the phone (EXIF, GPS position, ICC profile, XMP, maker notes) is kept. See
// docs/decisions/0011-photo-processing.md.

export const FULL_LONG_SIDE = 2560;
export const THUMBNAIL_LONG_SIDE = 320;
export const JPEG_QUALITY = 82;
/** A photo that takes longer than this to decode and encode is refused rather than holding a worker. */
const PROCESSING_TIMEOUT_SECONDS = 30;


// The operation cache helps pages that resize one image many times; here every image is new, so it
// would only hold memory.
sharp.cache(false);

export type ImageType = "jpeg" | "png" | "webp" | "heic" | "heif";

export type ProcessedPhoto = {
  full: Buffer;
  thumbnail: Buffer;
  width: number;
  height: number;
  contentType: "image/jpeg";
};

// ISO BMFF brands (the `ftyp` box) of HEIF files whose images are HEVC-coded (iPhone photos)…
const HEIC_BRANDS = new Set(["heic", "heix", "heim", "heis", "hevc", "hevx", "hevm", "hevs"]);
// …and of HEIF files in general, AVIF included.
const HEIF_BRANDS = new Set(["mif1", "msf1", "mif2", "avif", "avis"]);

/** The image type a file's first bytes declare, whatever it is called; null for anything else. */
export function detectImageType(bytes: Uint8Array): ImageType | null {
  const ascii = (start: number, end: number) => Buffer.from(bytes.subarray(start, end)).toString("latin1");
  if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) return "jpeg";
  if (bytes.length >= 8 && ascii(0, 8) === "\x89PNG\r\n\x1a\n") return "png";
  if (bytes.length >= 12 && ascii(0, 4) === "RIFF" && ascii(8, 12) === "WEBP") return "webp";
  if (bytes.length >= 16 && ascii(4, 8) === "ftyp") {
    const boxSize = Buffer.from(bytes.subarray(0, 4)).readUInt32BE(0);
    const end = Math.min(bytes.length, Math.max(16, boxSize));
    // The major brand, then the compatible brands, four characters each (the minor version at 12–16 is skipped).
    const brands = [ascii(8, 12)];
    for (let offset = 16; offset + 4 <= end; offset += 4) brands.push(ascii(offset, offset + 4));
    if (brands.some((brand) => HEIC_BRANDS.has(brand))) return "heic";
    if (brands.some((brand) => HEIF_BRANDS.has(brand))) return "heif";
  }
  return null;
}

/**
 * Whether this build of libvips can decode HEVC-coded HEIF (iPhone) photos. sharp's prebuilt
 * binaries leave the HEVC decoder out (patents) and read only AVIF; libvips lists `.heic` among
 * its HEIF suffixes exactly when a decoder for it is present.
 */
export function canReadHeic(): boolean {
  return sharp.format.heif?.input.fileSuffix?.includes(".heic") ?? false;
}

const decodeOptions = { limitInputPixels: MAX_INPUT_PIXELS, sequentialRead: true, failOn: "error" } as const;

/**
 * Checks an uploaded image by its bytes and re-encodes it: upright, at most FULL_LONG_SIDE px on
 * its long side, as a JPEG without any metadata, plus a thumbnail. Throws AppError for anything
 * the person can fix by choosing another file.
 */
export async function processPhoto(bytes: Buffer): Promise<ProcessedPhoto> {
  if (bytes.length === 0) throw new AppError(EMPTY_FILE_MESSAGE);
  if (bytes.length > MAX_PHOTO_BYTES) throw new AppError(TOO_LARGE_FILE_MESSAGE, { status: 413 });
  const type = detectImageType(bytes);
  if (!type) throw new AppError(UNSUPPORTED_TYPE_MESSAGE);

  // The header only: the declared size is checked before a single pixel is decoded.
  let metadata: Metadata;
  try {
    metadata = await sharp(bytes, decodeOptions).metadata();
  } catch (error) {
    throw unreadable(type, error);
  }
  if (metadata.format !== (type === "heic" ? "heif" : type)) throw new AppError(UNSUPPORTED_TYPE_MESSAGE);
  if (metadata.format === "heif" && metadata.compression === "hevc" && !canReadHeic()) throw new AppError(HEIC_UNREADABLE_MESSAGE);
  if (!metadata.width || !metadata.height) throw new AppError(UNREADABLE_MESSAGE);
  if (metadata.width * metadata.height > MAX_INPUT_PIXELS) throw new AppError(TOO_MANY_PIXELS_MESSAGE);

  try {
    // No withMetadata()/keepMetadata(): sharp writes none of the input's metadata, and converts to sRGB.
    const full = await sharp(bytes, decodeOptions)
      .timeout({ seconds: PROCESSING_TIMEOUT_SECONDS })
      .rotate()
      .resize({ width: FULL_LONG_SIDE, height: FULL_LONG_SIDE, fit: "inside", withoutEnlargement: true })
      .flatten({ background: "#ffffff" })
      .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
      .toBuffer({ resolveWithObject: true });
    // From the re-encoded photo: JPEG shrink-on-load makes this a fraction of the first pass.
    const thumbnail = await sharp(full.data, decodeOptions)
      .resize({ width: THUMBNAIL_LONG_SIDE, height: THUMBNAIL_LONG_SIDE, fit: "inside", withoutEnlargement: true })
      .jpeg({ quality: JPEG_QUALITY, mozjpeg: true })
      .toBuffer();
    return { full: full.data, thumbnail, width: full.info.width, height: full.info.height, contentType: "image/jpeg" };
  } catch (error) {
    throw unreadable(type, error, metadata);
  }
}

function unreadable(type: ImageType, error: unknown, metadata?: Metadata): AppError {
  const message = error instanceof Error ? error.message : String(error);
  if (/pixel limit/i.test(message)) return new AppError(TOO_MANY_PIXELS_MESSAGE, { status: 422, cause: error });
  if (/timeout/i.test(message)) return new AppError(TOO_SLOW_MESSAGE, { status: 422, cause: error });
  if (type === "heic" || metadata?.compression === "hevc") return new AppError(HEIC_UNREADABLE_MESSAGE, { status: 422, cause: error });
  return new AppError(UNREADABLE_MESSAGE, { status: 422, cause: error });
}
