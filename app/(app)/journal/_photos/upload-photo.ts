import { SESSION_ENDED_ERROR } from "@/lib/app-error";
import { JOURNAL_HEADER } from "@/lib/journals/journal-header";
import { messageKey } from "@/lib/i18n/message-key";
import { insteadOf, TOO_LARGE_FILE_MESSAGE } from "@/lib/photos/errors";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import type { PhotoView } from "@/lib/photos/schemas";

export type PhotoTags = { foot?: Foot; region?: FootRegion };

export const GENERAL_UPLOAD_ERROR = messageKey("photoNotUploaded");

/** Why an upload failed; `instead` is set when sending the same file again cannot succeed. */
export class UploadError extends Error {
  constructor(
    message: string,
    readonly instead: string | null = insteadOf(message),
    /** No answer came: the connection dropped (the photo can wait on the device). */
    readonly connectionLost = false,
  ) {
    super(message);
  }
}

/**
 * POSTs one photo to /api/photos, for the journal the form was opened in, with XMLHttpRequest,
 * the one browser API that reports upload progress. Rejects with an Error whose message is a key of the `errors` messages (or words), read where shown.
 */
export function uploadPhoto(file: Blob, name: string, tags: PhotoTags, journalId: string | undefined, onProgress: (fraction: number) => void): Promise<PhotoView> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.set("file", file, name);
    if (tags.foot) form.set("foot", tags.foot);
    if (tags.region) form.set("region", tags.region);
    const request = new XMLHttpRequest();
    request.open("POST", "/api/photos");
    if (journalId) request.setRequestHeader(JOURNAL_HEADER, journalId);
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { error?: unknown } | null;
      if (request.status === 201 && body) return resolve(body as PhotoView);
      if (typeof body?.error === "string") return reject(new UploadError(body.error));
      if (request.status === 413) return reject(new UploadError(TOO_LARGE_FILE_MESSAGE));
      if (request.status === 401) return reject(new UploadError(SESSION_ENDED_ERROR));
      reject(new UploadError(GENERAL_UPLOAD_ERROR));
    };
    request.onerror = () => reject(new UploadError(messageKey("photoUploadInterrupted"), null, true));
    request.send(form);
  });
}
