// How long processPhoto takes on a typical phone photo, and how much memory it needs.
//   npm run bench:photos            (10 runs after 1 warm-up)
//   npm run bench:photos -- 20      (20 runs)
// The 12-megapixel JPEG is made here (a gradient with noise, so it is photo-sized), nothing is
// downloaded. Figures are recorded in docs/decisions/0011-photo-processing.md.
import os from "node:os";
import sharp from "sharp";
import { processPhoto } from "../lib/photos/process-photo";
import { realisticJpeg } from "../lib/testing/images";

const runs = Number(process.argv[2] ?? 10);
const megabytes = (bytes: number) => `${(bytes / (1024 * 1024)).toFixed(1)} MB`;

function percentile(sorted: number[], fraction: number): number {
  const index = Math.min(sorted.length - 1, Math.ceil(fraction * sorted.length) - 1);
  return sorted[Math.max(0, index)] ?? Number.NaN;
}

async function main() {
  console.log(`Node ${process.version}, ${os.cpus().length} cores, sharp ${sharp.versions.sharp} / libvips ${sharp.versions.vips}, libvips threads per image: ${sharp.concurrency()}`);
  const input = await realisticJpeg(4000, 3000);
  const meta = await sharp(input).metadata();
  console.log(`input: ${meta.width}×${meta.height} JPEG, ${megabytes(input.length)}`);

  const rssBefore = process.memoryUsage().rss;
  let peakRss = rssBefore;
  // processPhoto's work runs on libuv threads, so the event loop is free to sample meanwhile.
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage().rss);
  }, 5);

  const warm = await processPhoto(input);
  console.log(`output: ${warm.width}×${warm.height} JPEG ${megabytes(warm.full.length)}, thumbnail ${(warm.thumbnail.length / 1024).toFixed(0)} KB`);

  const times: number[] = [];
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    await processPhoto(input);
    times.push(performance.now() - started);
  }
  clearInterval(sampler);
  peakRss = Math.max(peakRss, process.memoryUsage().rss);

  const sorted = [...times].sort((x, y) => x - y);
  const mean = times.reduce((sum, time) => sum + time, 0) / times.length;
  console.log(`runs: ${runs} after 1 warm-up`);
  console.log(
    `time per photo: mean ${mean.toFixed(0)} ms, p50 ${percentile(sorted, 0.5).toFixed(0)} ms, p95 ${percentile(sorted, 0.95).toFixed(0)} ms, min ${sorted[0]?.toFixed(0)} ms, max ${sorted.at(-1)?.toFixed(0)} ms`,
  );
  console.log(`memory: RSS before ${megabytes(rssBefore)}, peak ${megabytes(peakRss)} (+${megabytes(peakRss - rssBefore)} while processing)`);
  console.log(mean < 1000 ? "target met: under 1 s per photo" : "TARGET MISSED: 1 s per photo or more");
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});
