import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import yauzl from "yauzl";
import { db } from "../db/client";
import { photoStorage } from "../photos/photo-storage";
import { seedReportJournal } from "../testing/report-journal";
import { addQuestion } from "../report/questions";
import { createShareLink } from "../share-links/share-links";
import { createTestUser } from "../testing/factories";
import { startSmtpCapture } from "../testing/smtp-capture";
import { setForThisProcess } from "../env";
import { deleteAccount } from "./delete-account";
import { buildDataZip } from "./export-zip";
import { ownerAccess } from "../journals/policy";

async function unzip(buffer: Buffer): Promise<Map<string, Buffer>> {
  const zip = await promisify<Buffer, yauzl.Options, yauzl.ZipFile>(yauzl.fromBuffer)(buffer, { lazyEntries: false });
  const files = new Map<string, Buffer>();
  const reads: Promise<void>[] = [];
  await new Promise<void>((resolve, reject) => {
    zip.on("entry", (entry: yauzl.Entry) => {
      reads.push(
        promisify(zip.openReadStream.bind(zip))(entry).then(async (stream) => {
          const chunks: Buffer[] = [];
          for await (const chunk of stream) chunks.push(chunk as Buffer);
          files.set(entry.fileName, Buffer.concat(chunks));
        }),
      );
    });
    zip.on("end", resolve);
    zip.on("error", reject);
  });
  // "end" means every entry was announced, not that every entry was read.
  await Promise.all(reads);
  return files;
}

/** Every table with a userId column, and the rows each still holds for `userId`. */
async function rowsLeftFor(userId: string): Promise<Record<string, number>> {
  const tables = await db().$queryRaw<{ table_name: string }[]>`
    SELECT table_name FROM information_schema.columns WHERE table_schema = 'public' AND column_name = 'userId'`;
  const left: Record<string, number> = {};
  for (const { table_name } of tables) {
    const [row] = await db().$queryRawUnsafe<{ count: bigint }[]>(`SELECT count(*) AS count FROM "${table_name}" WHERE "userId" = $1`, userId);
    left[table_name] = Number(row?.count ?? 0);
  }
  const [user] = await db().$queryRaw<{ count: bigint }[]>`SELECT count(*) AS count FROM "User" WHERE id = ${userId}`;
  left.User = Number(user?.count ?? 0);
  return left;
}

let smtp: Awaited<ReturnType<typeof startSmtpCapture>>;
beforeAll(async () => {
  smtp = await startSmtpCapture();
  setForThisProcess({ SMTP_URL: smtp.url });
});
afterAll(async () => {
  setForThisProcess({ SMTP_URL: "" });
  await smtp.close();
});

describe("my data", () => {
  it("streams a ZIP of the JSON, the CSVs, the FHIR Bundle and every photo, of its exact announced size", async () => {
    const user = await createTestUser();
    const seeded = await seedReportJournal(user.id, { timeZone: "Europe/London", days: 8, photos: 3 });
    const zip = await buildDataZip(user.id);
    const chunks: Buffer[] = [];
    for await (const chunk of zip.stream) chunks.push(chunk as Buffer);
    const bytes = Buffer.concat(chunks);
    expect(bytes.length).toBe(zip.size);
    const files = await unzip(bytes);
    expect([...files.keys()].filter((name) => !name.startsWith("photos/")).sort()).toEqual([
      "footnote-data.json",
      "footnote-entries.csv",
      "footnote-fhir-r4.json",
      "footnote-observations.csv",
      "footnote-temperatures.csv",
    ]);
    for (const id of seeded.photoIds) expect(files.get(`photos/${id}.jpg`)?.subarray(0, 2)).toEqual(Buffer.from([0xff, 0xd8]));
    // Inside the ZIP, the Bundle's photos are the files beside it.
    const bundle = JSON.parse(files.get("footnote-fhir-r4.json")!.toString()) as { entry: { resource: { resourceType: string; content?: { url: string } } }[] };
    const mediaUrls = bundle.entry.flatMap(({ resource }) => (resource.resourceType === "Media" ? [resource.content!.url] : []));
    expect(mediaUrls).toEqual(seeded.photoIds.map((id) => `photos/${id}.jpg`));
    for (const url of mediaUrls) expect(files.has(url)).toBe(true);
    const json = JSON.parse(files.get("footnote-data.json")!.toString()) as { entries: { pain: number }[]; user: { email: string } };
    expect(json.entries.map((entry) => entry.pain)).toEqual(seeded.pains);
    expect(json.user.email).toBe(user.email);
  });

  it("deletes every row and every stored photo of the account, leaves others alone, then confirms by email", async () => {
    const user = await createTestUser();
    const other = await createTestUser();
    const seeded = await seedReportJournal(user.id, { timeZone: "Europe/London", days: 5, photos: 2 });
    const kept = await seedReportJournal(other.id, { timeZone: "Europe/London", days: 3, photos: 1 });
    await addQuestion(ownerAccess(user.id), "Should I change my shoes?");
    await createShareLink(user.id, { from: seeded.from, to: seeded.to, sections: ["summary"], expiresInHours: 1 });
    const keys = (await db().photo.findMany({ where: { userId: user.id } })).flatMap((p) => [p.storageKey, p.thumbnailKey]);
    expect(keys).toHaveLength(4);

    await deleteAccount(user.id);

    expect(Object.values(await rowsLeftFor(user.id)).every((count) => count === 0)).toBe(true);
    const stored = new Set(await photoStorage().list());
    for (const key of keys) expect(stored.has(key)).toBe(false);
    expect(await db().photo.count({ where: { id: kept.photoIds[0] } })).toBe(1);
    const [message] = await smtp.waitForMessages(1);
    expect(message?.subject).toBe("Your Footnote account is deleted");
    expect(message?.text).toContain("have been deleted");
    expect(JSON.stringify(message?.to)).toContain(user.email);
  });
});
