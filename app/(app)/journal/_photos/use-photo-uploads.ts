"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, useState } from "react";
import { insteadOf, TOO_LARGE_FILE_MESSAGE } from "@/lib/photos/errors";
import { MAX_PHOTO_BYTES, photoUrl } from "@/lib/photos/limits";
import type { UploadedPhoto } from "@/lib/photos/schemas";
import { JOURNAL_HEADER } from "@/lib/journals/journal-header";
import { useOpenJournal } from "../../_journals/open-journal";
import { forgetDevicePhoto, isDevicePhoto, keepOnDevice } from "./device-photos";
import { GENERAL_UPLOAD_ERROR, UploadError, uploadPhoto, type PhotoTags } from "./upload-photo";

export type Transfer = {
  key: string;
  name: string;
  file: Blob;
  tags: PhotoTags;
  /** 0–1 once the browser reports it; null before (an indeterminate bar). */
  progress: number | null;
  state: "waiting" | "sending" | "failed";
  error?: string;
  /** Set when the same file can never be accepted: what to do instead of trying again. */
  instead?: string | null;
};

export type NewPhotoFile = { file: Blob; name: string; tags?: PhotoTags };

/**
 * The upload queue behind PhotoUploader: files being sent (one at a time, each with its progress or
 * error), the photos already uploaded (held by the parent form, so a failed save keeps them), the
 * limit, and a line for screen readers saying what just happened.
 */
export function usePhotoUploads({ value, onChange, max }: { value: UploadedPhoto[]; onChange(next: UploadedPhoto[]): void; max: number }) {
  const [transfers, setTransfers] = useState<Transfer[]>([]);
  const [limitMessage, setLimitMessage] = useState<string>();
  const t = useTranslations("photos");
  const [announcement, setAnnouncement] = useState("");
  const journalId = useOpenJournal()?.id;

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

  // With no connection the photo waits on the device and is sent with the check (as a queued check).
  const keepLocally = (transfer: Transfer) => {
    setTransfers((current) => current.filter((item) => item.key !== transfer.key));
    emit([...valueRef.current, { ...keepOnDevice(transfer.file, transfer.name), foot: transfer.tags.foot, region: transfer.tags.region }]);
    setAnnouncement(`${transfer.name} kept on this device; it is sent with the check when you are back online.`);
  };

  const send = async (transfer: Transfer) => {
    if (!navigator.onLine) return keepLocally(transfer);
    update(transfer.key, { state: "sending", progress: null, error: undefined });
    try {
      const photo = await uploadPhoto(transfer.file, transfer.name, transfer.tags, journalId, (progress) => update(transfer.key, { progress }));
      setTransfers((current) => current.filter((item) => item.key !== transfer.key));
      emit([...valueRef.current, { id: photo.id, thumbnailUrl: photo.thumbnailUrl, foot: photo.foot, region: photo.region, caption: photo.caption, pending: true }]);
      setAnnouncement(`${transfer.name} added.`);
    } catch (error) {
      if (error instanceof UploadError && error.connectionLost && !navigator.onLine) return keepLocally(transfer);
      const message = error instanceof Error ? error.message : GENERAL_UPLOAD_ERROR;
      const instead = error instanceof UploadError ? error.instead : null;
      update(transfer.key, { state: "failed", error: message, instead });
      setAnnouncement(`${transfer.name} was not added: ${message}${instead ? ` ${instead}` : ""}`);
    }
  };

  const activeTransfers = transfers.filter((transfer) => transfer.state !== "failed").length;
  const slotsLeft = Math.max(0, max - value.length - activeTransfers);

  const addFiles = (files: NewPhotoFile[]) => {
    setLimitMessage(undefined);
    const accepted = files.slice(0, slotsLeft);
    if (files.length > accepted.length) {
      const left = files.length - accepted.length;
      setLimitMessage(t("notAddedOverLimit", { max, left }));
    }
    const added: Transfer[] = accepted.map(({ file, name, tags }) => ({
      key: crypto.randomUUID(),
      name,
      file,
      tags: tags ?? {},
      progress: null,
      state: file.size > MAX_PHOTO_BYTES ? "failed" : "waiting",
      error: file.size > MAX_PHOTO_BYTES ? TOO_LARGE_FILE_MESSAGE : undefined,
      instead: file.size > MAX_PHOTO_BYTES ? insteadOf(TOO_LARGE_FILE_MESSAGE) : null,
    }));
    setTransfers((current) => [...current, ...added]);
    for (const transfer of added) if (transfer.state === "waiting") enqueue(transfer);
  };

  const retry = (transfer: Transfer) => {
    if (slotsLeft === 0) return setLimitMessage(t("atLimit", { max }));
    update(transfer.key, { state: "waiting", error: undefined, instead: null, progress: null });
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
    if (isDevicePhoto(photo.id)) forgetDevicePhoto(photo);
    else if (photo.pending) void fetch(photoUrl(photo.id), { method: "DELETE", headers: journalId ? { [JOURNAL_HEADER]: journalId } : {} }).catch(() => undefined);
  };

  return { transfers, slotsLeft, limitMessage, announcement, addFiles, retry, dismiss, changePhoto, removePhoto };
}
