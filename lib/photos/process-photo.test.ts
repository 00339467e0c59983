import exifr from "exifr";
import sharp from "sharp";
import { describe, expect, it } from "vitest";
import { AppError } from "../app-error";
import { messageKey } from "../i18n/message-key";
import { readMessage } from "../i18n/read-message";
import { HEIC_UNREADABLE_MESSAGE, insteadOf, TOO_LARGE_FILE_MESSAGE, TOO_MANY_PIXELS_MESSAGE, UNSUPPORTED_TYPE_MESSAGE } from "./errors";
import {
  canReadHeic,
  detectImageType,
  FULL_LONG_SIDE,
  processPhoto,
  THUMBNAIL_LONG_SIDE,
} from "./process-photo";
import { MAX_PHOTO_BYTES } from "./schemas";
import { HEIC_64X48, phoneJpeg, pngBomb } from "../testing/images";

const ALL_METADATA = { tiff: true, exif: true, gps: true, icc: true, xmp: true, iptc: true, interop: true, makerNote: true, userComment: true, mergeOutput: false } as const;

async function refusal(bytes: Buffer): Promise<AppError> {
  const error = await processPhoto(bytes).then(
    () => undefined,
    (caught: unknown) => caught,
  );
  expect(error).toBeInstanceOf(AppError);
  return error as AppError;
}

const flat = (width: number, height: number, channels: 3 | 4 = 3) =>
  sharp({ create: { width, height, channels, background: channels === 4 ? { r: 0, g: 0, b: 0, alpha: 0 } : "#336699" } });

describe("processPhoto", () => {
  it("removes EXIF, GPS, ICC and XMP by re-encoding", async () => {
    const input = await phoneJpeg();
    // The input really carries all of it.
    expect(await exifr.gps(input)).toMatchObject({ latitude: expect.closeTo(51.507, 2), longitude: expect.closeTo(-0.128, 2) });
    expect(Object.keys((await exifr.parse(input, ALL_METADATA)) ?? {})).toEqual(expect.arrayContaining(["ifd0", "gps", "icc", "dc"]));

    const photo = await processPhoto(input);
    for (const output of [photo.full, photo.thumbnail]) {
      expect(await exifr.parse(output, ALL_METADATA)).toBeUndefined();
      expect(await exifr.gps(output)).toBeUndefined();
      const metadata = await sharp(output).metadata();
      expect(metadata.format).toBe("jpeg");
      expect(metadata.exif).toBeUndefined();
      expect(metadata.icc).toBeUndefined();
      expect(metadata.xmp).toBeUndefined();
      expect(metadata.iptc).toBeUndefined();
      expect(metadata.orientation).toBeUndefined();
      expect(output.includes(Buffer.from("PhoneMaker"))).toBe(false);
      expect(output.includes(Buffer.from("Ann Example"))).toBe(false);
    }
    expect(photo.contentType).toBe("image/jpeg");
  });

  it("turns the photo upright: EXIF orientation 6 swaps width and height", async () => {
    const photo = await processPhoto(await phoneJpeg({ width: 400, height: 300, orientation: 6 }));
    expect([photo.width, photo.height]).toEqual([300, 400]);
    const metadata = await sharp(photo.full).metadata();
    expect([metadata.width, metadata.height]).toEqual([300, 400]);
  });

  it("shrinks to FULL_LONG_SIDE on the long side and makes a small thumbnail, never enlarging", async () => {
    const big = await processPhoto(await flat(4000, 3000).png().toBuffer());
    expect([big.width, big.height]).toEqual([FULL_LONG_SIDE, 1920]);
    const thumbnail = await sharp(big.thumbnail).metadata();
    expect([thumbnail.width, thumbnail.height]).toEqual([THUMBNAIL_LONG_SIDE, 240]);

    const small = await processPhoto(await flat(200, 100).webp().toBuffer());
    expect([small.width, small.height]).toEqual([200, 100]);
  });

  it("puts a transparent PNG on white, as a JPEG has no transparency", async () => {
    const photo = await processPhoto(await flat(50, 50, 4).png().toBuffer());
    const { data, info } = await sharp(photo.full).raw().toBuffer({ resolveWithObject: true });
    expect(info.channels).toBe(3);
    expect([...data.subarray(0, 3)].every((value) => value > 250)).toBe(true);
  });

  it("refuses a decompression bomb before decoding it", async () => {
    const bomb = pngBomb(20_000, 20_000);
    expect(bomb.length).toBeLessThan(200_000);
    expect((await sharp(bomb, { limitInputPixels: false }).metadata()).width).toBe(20_000);
    const started = Date.now();
    const error = await refusal(bomb);
    expect(error.message).toBe(TOO_MANY_PIXELS_MESSAGE);
    expect(readMessage(error.message, "en")).toBe("This image is too large to process (over 50 megapixels).");
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it("refuses images over 50 megapixels, far below sharp's own limit", async () => {
    expect((await refusal(pngBomb(10_000, 6_000))).message).toBe(TOO_MANY_PIXELS_MESSAGE);
  });

  it("refuses a file over the size limit without looking inside", async () => {
    const huge = Buffer.alloc(MAX_PHOTO_BYTES + 1);
    huge.set([0xff, 0xd8, 0xff]);
    const error = await refusal(huge);
    expect(error.message).toBe(TOO_LARGE_FILE_MESSAGE);
    expect(error.status).toBe(413);
  });

  it("decides the type from the bytes: text is refused, whatever it is called", async () => {
    expect((await refusal(Buffer.from("Dear diary, my heel hurts.\n"))).message).toBe(UNSUPPORTED_TYPE_MESSAGE);
    expect((await refusal(Buffer.from("<svg xmlns='http://www.w3.org/2000/svg'/>"))).message).toBe(UNSUPPORTED_TYPE_MESSAGE);
    expect((await refusal(await flat(10, 10).gif().toBuffer())).message).toBe(UNSUPPORTED_TYPE_MESSAGE);
    expect((await refusal(await flat(10, 10).tiff().toBuffer())).message).toBe(UNSUPPORTED_TYPE_MESSAGE);
    expect(readMessage((await refusal(Buffer.alloc(0))).message, "en")).toMatch(/empty/);
  });

  it("offers what to do instead for every refusal the same file can never pass, and nothing for passing trouble", async () => {
    const permanent = [
      await refusal(pngBomb(10_000, 6_000)),
      await refusal(Buffer.from("Dear diary, my heel hurts.\n")),
      await refusal(Buffer.alloc(0)),
      await refusal((await flat(300, 200).jpeg().toBuffer()).subarray(0, 200)),
    ];
    for (const error of permanent) expect(readMessage(insteadOf(error.message)!, "en"), error.message).toMatch(/^(Choose|Take)/);
    expect(readMessage(insteadOf(TOO_LARGE_FILE_MESSAGE)!, "en")).toMatch(/smaller copy/);
    expect(readMessage(insteadOf(HEIC_UNREADABLE_MESSAGE)!, "es")).toMatch(/JPEG/);
    expect(insteadOf(messageKey("photoUploadInterrupted"))).toBeNull();
  });

  it("says so when a file claims to be an image but is damaged", async () => {
    const jpeg = await flat(300, 200).jpeg().toBuffer();
    expect(readMessage((await refusal(jpeg.subarray(0, 200))).message, "en")).toMatch(/could not be read/);
    expect(readMessage((await refusal(Buffer.concat([Buffer.from([0xff, 0xd8, 0xff]), Buffer.from("not really a jpeg")]))).message, "en")).toMatch(/could not be read/);
  });

  it("reads JPEG, PNG, WebP and AVIF (HEIF)", async () => {
    for (const bytes of [
      await flat(30, 20).jpeg().toBuffer(),
      await flat(30, 20).png().toBuffer(),
      await flat(30, 20).webp().toBuffer(),
      await flat(30, 20).avif().toBuffer(),
    ]) {
      const photo = await processPhoto(bytes);
      expect([photo.width, photo.height]).toEqual([30, 20]);
      expect(detectImageType(photo.full)).toBe("jpeg");
    }
  });

  it("reads an iPhone HEIC photo where this build can, and otherwise asks for a JPEG", async () => {
    expect(detectImageType(HEIC_64X48)).toBe("heic");
    if (canReadHeic()) {
      expect((await processPhoto(HEIC_64X48)).width).toBe(64);
    } else {
      const error = await refusal(HEIC_64X48);
      expect(error.message).toBe(HEIC_UNREADABLE_MESSAGE);
      expect(readMessage(error.message, "en")).toBe("This phone photo format (HEIC) can't be read here; please share it as JPEG");
    }
  });
});

describe("detectImageType", () => {
  it("knows each accepted type by its first bytes", async () => {
    expect(detectImageType(await flat(4, 4).jpeg().toBuffer())).toBe("jpeg");
    expect(detectImageType(await flat(4, 4).png().toBuffer())).toBe("png");
    expect(detectImageType(await flat(4, 4).webp().toBuffer())).toBe("webp");
    expect(detectImageType(await flat(4, 4).avif().toBuffer())).toBe("heif");
    expect(detectImageType(HEIC_64X48)).toBe("heic");
  });

  it("knows nothing else", () => {
    expect(detectImageType(Buffer.from("GIF89a"))).toBeNull();
    expect(detectImageType(Buffer.from("%PDF-1.7"))).toBeNull();
    expect(detectImageType(Buffer.from([0xff, 0xd8]))).toBeNull();
    expect(detectImageType(Buffer.from("RIFF\0\0\0\0WAVE"))).toBeNull();
    expect(detectImageType(Buffer.from("\0\0\0\x18ftypmp42\0\0\0\0mp42isom", "latin1"))).toBeNull();
  });
});
