"use client";

import { useEffect, useId, useRef, useState, useSyncExternalStore } from "react";
import { Notice } from "@/app/_components/notice";
import { SESSION_ENDED_ERROR } from "@/lib/app-error";
import { Button } from "@/app/_components/submit-button";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";
import { SelectField } from "@/app/_components/select-field";
import { FOOT_LABELS, FOOT_OPTIONS, REGION_LABELS, REGION_OPTIONS } from "@/lib/foot-health/vocabulary";
import { TOO_LARGE_FILE_MESSAGE } from "@/lib/photos/errors";
import { MAX_CAPTION_LENGTH, MAX_PHOTO_BYTES, photoUrl, type PhotoView, type UploadedPhoto } from "@/lib/photos/schemas";
import { CameraOverlay } from "./camera-overlay";

type Props = {
  value: UploadedPhoto[];
  onChange(next: UploadedPhoto[]): void;
  max: number;
  /** The last saved photo of a spot, to line a new one up with; enables the camera overlay. */
  previousSpotPhotoUrl?: (foot: Foot, region: FootRegion) => string | undefined;
};

type Transfer = {
  key: string;
  name: string;
  file: Blob;
  tags: { foot?: Foot; region?: FootRegion };
  /** 0–1 once the browser reports it; null before (an indeterminate bar). */
  progress: number | null;
  state: "waiting" | "sending" | "failed";
  error?: string;
};


/**
 * Adds photos to a form: each chosen file is uploaded at once (POST /api/photos) with its own
 * progress bar and error, and appears as a thumbnail with foot, region and caption to fill in.
 * The uploaded photos live in the parent form's state, so a failed save does not lose them.
 */
export function PhotoUploader({ value, onChange, max, previousSpotPhotoUrl }: Props) {
  const baseId = useId();
  const countRef = useRef<HTMLParagraphElement>(null);
  const [transfers, setTransfers] = useState<Transfer[]>([]);
  const [limitMessage, setLimitMessage] = useState<string>();
  const [announcement, setAnnouncement] = useState("");

  // Uploads finish after renders; they add to the latest list, not the one they started with.
  const valueRef = useRef(value);
  useEffect(() => {
    valueRef.current = value;
  }, [value]);
  const emit = (next: UploadedPhoto[]) => {
    valueRef.current = next;
    onChange(next);
  };

  // One upload at a time: phones on a slow connection do better, and the server processes one each.
  const queue = useRef<Promise<void>>(Promise.resolve());
  const enqueue = (transfer: Transfer) => {
    queue.current = queue.current.then(() => send(transfer));
  };

  const update = (key: string, change: Partial<Transfer>) =>
    setTransfers((current) => current.map((transfer) => (transfer.key === key ? { ...transfer, ...change } : transfer)));

  const send = async (transfer: Transfer) => {
    update(transfer.key, { state: "sending", progress: null, error: undefined });
    try {
      const photo = await uploadWithProgress(transfer.file, transfer.name, transfer.tags, (progress) => update(transfer.key, { progress }));
      setTransfers((current) => current.filter((item) => item.key !== transfer.key));
      emit([...valueRef.current, { id: photo.id, thumbnailUrl: photo.thumbnailUrl, foot: photo.foot, region: photo.region, caption: photo.caption, pending: true }]);
      setAnnouncement(`${transfer.name} added.`);
    } catch (error) {
      const message = error instanceof Error ? error.message : GENERAL_UPLOAD_ERROR;
      update(transfer.key, { state: "failed", error: message });
      setAnnouncement(`${transfer.name} was not added: ${message}`);
    }
  };

  const activeTransfers = transfers.filter((transfer) => transfer.state !== "failed").length;
  const slotsLeft = Math.max(0, max - value.length - activeTransfers);

  const addFiles = (files: { file: Blob; name: string; tags?: Transfer["tags"] }[]) => {
    setLimitMessage(undefined);
    const accepted = files.slice(0, slotsLeft);
    if (files.length > accepted.length) {
      const left = files.length - accepted.length;
      setLimitMessage(`An entry can have at most ${max} photos, so ${left === 1 ? "1 photo was" : `${left} photos were`} not added.`);
    }
    const added: Transfer[] = accepted.map(({ file, name, tags }) => ({
      key: crypto.randomUUID(),
      name,
      file,
      tags: tags ?? {},
      progress: null,
      state: file.size > MAX_PHOTO_BYTES ? "failed" : "waiting",
      error: file.size > MAX_PHOTO_BYTES ? TOO_LARGE_FILE_MESSAGE : undefined,
    }));
    setTransfers((current) => [...current, ...added]);
    for (const transfer of added) if (transfer.state === "waiting") enqueue(transfer);
  };

  const retry = (transfer: Transfer) => {
    if (slotsLeft === 0) return setLimitMessage(`An entry can have at most ${max} photos. Remove one to add another.`);
    update(transfer.key, { state: "waiting", error: undefined, progress: null });
    enqueue(transfer);
  };

  const dismiss = (key: string) => setTransfers((current) => current.filter((transfer) => transfer.key !== key));

  const changePhoto = (id: string, change: Partial<UploadedPhoto>) =>
    emit(valueRef.current.map((photo) => (photo.id === id ? { ...photo, ...change } : photo)));

  const removePhoto = (photo: UploadedPhoto, label: string) => {
    emit(valueRef.current.filter((item) => item.id !== photo.id));
    setLimitMessage(undefined);
    setAnnouncement(`${label} removed.`);
    // Not on a saved entry yet: nothing else refers to it, so it goes now. A saved entry's photo
    // stays until the entry is saved without it. If this fails, pending photos expire after a day.
    if (photo.pending) void fetch(photoUrl(photo.id), { method: "DELETE" }).catch(() => undefined);
    // The remove button is gone: focus moves to the count, which says what changed.
    countRef.current?.focus();
  };

  return (
    <div className="flex flex-col gap-4">
      <div className="flex flex-col gap-1">
        <label htmlFor={`${baseId}-files`} className="font-semibold">
          Add photos
        </label>
        <p id={`${baseId}-hint`} className="text-base text-slate-600">
          JPEG, PNG, WebP or HEIC, up to {MAX_PHOTO_BYTES / (1024 * 1024)} MB each; at most {max} photos in one entry. Location and camera details are removed
          from every photo.
        </p>
        <input
          id={`${baseId}-files`}
          type="file"
          accept="image/*"
          multiple
          disabled={slotsLeft === 0}
          aria-describedby={`${baseId}-hint ${baseId}-count`}
          className="min-h-12 w-full rounded-md border-2 border-slate-400 bg-white p-2 text-lg file:mr-3 file:min-h-10 file:rounded-md file:border-0 file:bg-brand-600 file:px-4 file:font-semibold file:text-white disabled:opacity-60"
          onChange={(event) => {
            const files = Array.from(event.currentTarget.files ?? []);
            // Cleared, so choosing the same file again (after an error) fires again.
            event.currentTarget.value = "";
            addFiles(files.map((file) => ({ file, name: file.name || "Photo" })));
          }}
        />
        <p id={`${baseId}-count`} ref={countRef} tabIndex={-1} className="text-base text-slate-600">
          {value.length} of {max} photos added.
        </p>
      </div>

      {limitMessage ? <Notice tone="error">{limitMessage}</Notice> : null}
      <p role="status" className="sr-only">
        {announcement}
      </p>

      {previousSpotPhotoUrl ? (
        <LineUpWithLastPhoto
          previousSpotPhotoUrl={previousSpotPhotoUrl}
          disabled={slotsLeft === 0}
          onCapture={(blob, tags) => addFiles([{ file: blob, name: `Camera photo (${FOOT_LABELS[tags.foot].toLowerCase()}, ${REGION_LABELS[tags.region].toLowerCase()})`, tags }])}
        />
      ) : null}

      {transfers.length > 0 ? (
        <ul aria-label="Photos being uploaded" className="flex flex-col gap-3">
          {transfers.map((transfer) => (
            <li key={transfer.key} className="flex flex-col gap-2 rounded-md border border-slate-300 bg-white p-3">
              {transfer.state === "failed" ? (
                <>
                  <p className="break-words font-semibold">{transfer.name}</p>
                  <p className="font-semibold text-red-800" id={`${baseId}-${transfer.key}-error`}>
                    Not added: {transfer.error}
                  </p>
                  <div className="flex flex-wrap gap-2">
                    {transfer.error !== TOO_LARGE_FILE_MESSAGE ? (
                      <Button type="button" variant="secondary" onClick={() => retry(transfer)} aria-describedby={`${baseId}-${transfer.key}-error`}>
                        Try again<span className="sr-only"> to upload {transfer.name}</span>
                      </Button>
                    ) : null}
                    <Button type="button" variant="secondary" onClick={() => dismiss(transfer.key)}>
                      Dismiss<span className="sr-only"> {transfer.name}</span>
                    </Button>
                  </div>
                </>
              ) : (
                <>
                  <label htmlFor={`${baseId}-${transfer.key}-progress`} className="break-words">
                    {transfer.state === "waiting"
                      ? `Waiting to upload ${transfer.name}`
                      : `Uploading ${transfer.name}${transfer.progress === null ? "…" : `: ${Math.round(transfer.progress * 100)}%`}`}
                  </label>
                  <progress
                    id={`${baseId}-${transfer.key}-progress`}
                    max={100}
                    value={transfer.progress === null ? undefined : Math.round(transfer.progress * 100)}
                    className="h-3 w-full accent-brand-600"
                  />
                </>
              )}
            </li>
          ))}
        </ul>
      ) : null}

      {value.length > 0 ? (
        <ul aria-label="Photos in this entry" className="grid grid-cols-1 gap-4 sm:grid-cols-2">
          {value.map((photo, index) => {
            const label = `Photo ${index + 1}`;
            const id = `${baseId}-${photo.id}`;
            return (
              <li key={photo.id} className="flex flex-col gap-3 rounded-md border border-slate-300 bg-white p-3">
                {/* eslint-disable-next-line @next/next/no-img-element -- served by the authorising route; the image optimiser would fetch it without the person's cookies */}
                <img
                  src={photo.thumbnailUrl ?? photoUrl(photo.id, "thumb")}
                  alt={describePhoto(label, photo)}
                  className="h-40 w-full rounded-md bg-slate-100 object-contain"
                />
                <div className="grid grid-cols-1 gap-3">
                  <SelectField
                    id={`${id}-foot`}
                    label={<>Foot<span className="sr-only"> in {label.toLowerCase()}</span></>}
                    placeholder="Not chosen"
                    options={FOOT_OPTIONS}
                    value={photo.foot ?? ""}
                    onChange={(event) => changePhoto(photo.id, { foot: (event.target.value || null) as Foot | null })}
                  />
                  <SelectField
                    id={`${id}-region`}
                    label={<>Where<span className="sr-only"> in {label.toLowerCase()}</span></>}
                    placeholder="Not chosen"
                    options={REGION_OPTIONS}
                    value={photo.region ?? ""}
                    onChange={(event) => changePhoto(photo.id, { region: (event.target.value || null) as FootRegion | null })}
                  />
                </div>
                <div className="flex flex-col gap-1">
                  <label htmlFor={`${id}-caption`} className="font-semibold">
                    Caption<span className="sr-only"> for {label.toLowerCase()}</span> (optional)
                  </label>
                  <input
                    id={`${id}-caption`}
                    type="text"
                    maxLength={MAX_CAPTION_LENGTH}
                    value={photo.caption ?? ""}
                    onChange={(event) => changePhoto(photo.id, { caption: event.target.value })}
                    className="min-h-12 w-full rounded-md border-2 border-slate-400 bg-white px-3 py-2 text-lg"
                  />
                </div>
                <Button type="button" variant="danger" className="self-start" onClick={() => removePhoto(photo, label)}>
                  Remove<span className="sr-only"> {label.toLowerCase()}</span>
                </Button>
              </li>
            );
          })}
        </ul>
      ) : null}
    </div>
  );
}

/** Choose a spot; when it has an earlier photo and the device a camera, take a new one lined up with it. */
function LineUpWithLastPhoto({
  previousSpotPhotoUrl,
  disabled,
  onCapture,
}: {
  previousSpotPhotoUrl: (foot: Foot, region: FootRegion) => string | undefined;
  disabled: boolean;
  onCapture(blob: Blob, tags: { foot: Foot; region: FootRegion }): void;
}) {
  const baseId = useId();
  // Known only in the browser: the server renders without the camera option.
  const hasCamera = useSyncExternalStore(subscribeToNothing, browserHasCamera, () => false);
  const [foot, setFoot] = useState<Foot | "">("");
  const [region, setRegion] = useState<FootRegion | "">("");
  const [open, setOpen] = useState(false);

  if (!hasCamera) return null;

  const overlayUrl = foot && region ? previousSpotPhotoUrl(foot, region) : undefined;
  const spotLabel = foot && region ? `${FOOT_LABELS[foot].toLowerCase()}, ${REGION_LABELS[region].toLowerCase()}` : "";

  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-slate-300 bg-white p-3">
      <legend className="px-1 font-semibold">Compare with an earlier photo</legend>
      <p className="text-base text-slate-600">Choose the spot to take a new photo lined up with the last one, so the two can be compared.</p>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField id={`${baseId}-foot`} label="Foot" placeholder="Choose…" options={FOOT_OPTIONS} value={foot} onChange={(event) => setFoot(event.target.value as Foot | "")} />
        <SelectField id={`${baseId}-region`} label="Where" placeholder="Choose…" options={REGION_OPTIONS} value={region} onChange={(event) => setRegion(event.target.value as FootRegion | "")} />
      </div>
      {foot && region && !overlayUrl ? <p className="text-base text-slate-700">There is no earlier photo of this spot yet.</p> : null}
      {overlayUrl && foot && region ? (
        <>
          <Button type="button" variant="secondary" className="self-start" disabled={disabled} onClick={() => setOpen(true)}>
            Take a photo lined up with the last one
          </Button>
          <CameraOverlay
            open={open}
            onClose={() => setOpen(false)}
            overlayUrl={overlayUrl}
            spotLabel={spotLabel}
            onCapture={(blob) => onCapture(blob, { foot, region })}
          />
        </>
      ) : null}
    </fieldset>
  );
}

const subscribeToNothing = () => () => undefined;
const browserHasCamera = () => typeof navigator.mediaDevices?.getUserMedia === "function";

function describePhoto(label: string, photo: UploadedPhoto): string {
  const spot = [photo.foot ? FOOT_LABELS[photo.foot].toLowerCase() : null, photo.region ? REGION_LABELS[photo.region].toLowerCase() : null].filter(Boolean);
  const caption = (photo.caption ?? "").trim();
  return `${label}${spot.length > 0 ? `, ${spot.join(", ")}` : ""}${caption ? `: ${caption}` : ""}`;
}

const GENERAL_UPLOAD_ERROR = "The photo could not be uploaded. Please try again.";

/** POSTs one photo with XMLHttpRequest, the one browser API that reports upload progress. */
function uploadWithProgress(file: Blob, name: string, tags: Transfer["tags"], onProgress: (fraction: number) => void): Promise<PhotoView> {
  return new Promise((resolve, reject) => {
    const form = new FormData();
    form.set("file", file, name);
    if (tags.foot) form.set("foot", tags.foot);
    if (tags.region) form.set("region", tags.region);
    const request = new XMLHttpRequest();
    request.open("POST", "/api/photos");
    request.responseType = "json";
    request.upload.onprogress = (event) => {
      if (event.lengthComputable) onProgress(event.loaded / event.total);
    };
    request.onload = () => {
      const body = request.response as { error?: unknown } | null;
      if (request.status === 201 && body) return resolve(body as PhotoView);
      if (typeof body?.error === "string") return reject(new Error(body.error));
      if (request.status === 413) return reject(new Error(TOO_LARGE_FILE_MESSAGE));
      if (request.status === 401) return reject(new Error(SESSION_ENDED_ERROR));
      reject(new Error(GENERAL_UPLOAD_ERROR));
    };
    request.onerror = () => reject(new Error("The upload was interrupted. Check your connection and try again."));
    request.send(form);
  });
}
