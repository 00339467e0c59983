"use client";

import * as Dialog from "@radix-ui/react-dialog";
import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";

type Props = {
  open: boolean;
  onClose(): void;
  /** The last photo of this spot, shown faintly over the camera view as a guide. */
  overlayUrl: string;
  /** "left foot, heel" */
  spotLabel: string;
  /** The captured frame, as a JPEG; it goes through the same upload as a chosen file. */
  onCapture(photo: Blob): void;
};

/**
 * A dialog with the live camera and the previous photo of the same spot laid faintly over it, so a
 * new photo can be taken from the same distance and angle. Radix Dialog gives the focus trap,
 * Escape to close and the labelling; the camera is stopped whenever the dialog closes.
 */
export function CameraOverlay({ open, onClose, overlayUrl, spotLabel, onCapture }: Props) {
  const t = useTranslations("camera");
  return (
    <Dialog.Root open={open} onOpenChange={(next) => (next ? undefined : onClose())}>
      <Dialog.Portal>
        <Dialog.Overlay className="fixed inset-0 z-40 bg-black/70" />
        <Dialog.Content className="fixed inset-0 z-50 flex flex-col gap-3 overflow-y-auto bg-white p-4 sm:inset-x-auto sm:top-8 sm:bottom-auto sm:left-1/2 sm:max-h-[calc(100vh-4rem)] sm:w-full sm:max-w-2xl sm:-translate-x-1/2 sm:rounded-lg">
          <Dialog.Title className="text-2xl font-bold">{t("title")}</Dialog.Title>
          <Dialog.Description className="text-slate-700">
            {t("howTo", { spot: spotLabel })}
          </Dialog.Description>
          {/* Mounted only while open: closing unmounts it, which stops the camera. */}
          {open ? (
            <CameraView
              overlayUrl={overlayUrl}
              onCapture={(photo) => {
                onCapture(photo);
                onClose();
              }}
            />
          ) : null}
        </Dialog.Content>
      </Dialog.Portal>
    </Dialog.Root>
  );
}

function CameraView({ overlayUrl, onCapture }: { overlayUrl: string; onCapture(photo: Blob): void }) {
  const guideId = useId();
  const videoRef = useRef<HTMLVideoElement>(null);
  const [live, setLive] = useState(false);
  const t = useTranslations("camera");
  const [error, setError] = useState<CameraError>();
  const [showGuide, setShowGuide] = useState(true);
  const [capturing, setCapturing] = useState(false);

  useEffect(() => {
    const video = videoRef.current;
    let stream: MediaStream | undefined;
    let closed = false;
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: { ideal: "environment" }, width: { ideal: 1920 }, height: { ideal: 1440 } }, audio: false })
      .then(async (started) => {
        // Closed while the browser was still asking for permission: stop at once.
        if (closed || !video) return stopTracks(started);
        stream = started;
        video.srcObject = started;
        await video.play().catch(() => undefined);
        if (!closed) setLive(true);
      })
      .catch((reason: unknown) => {
        if (!closed) setError(cameraError(reason));
      });
    return () => {
      closed = true;
      if (stream) stopTracks(stream);
      if (video) video.srcObject = null;
    };
  }, []);

  const capture = () => {
    const video = videoRef.current;
    if (!video || !video.videoWidth) return;
    setCapturing(true);
    const canvas = document.createElement("canvas");
    canvas.width = video.videoWidth;
    canvas.height = video.videoHeight;
    canvas.getContext("2d")?.drawImage(video, 0, 0, canvas.width, canvas.height);
    canvas.toBlob(
      (blob) => {
        setCapturing(false);
        if (blob) onCapture(blob);
        else setError("notTaken");
      },
      "image/jpeg",
      0.92,
    );
  };

  return (
    <>
      {error ? <Notice tone="error">{t(`errors.${error}`)}</Notice> : null}
      <div className="relative aspect-[4/3] w-full overflow-hidden rounded-md bg-black">
        <video ref={videoRef} playsInline muted aria-label={t("view")} className="absolute inset-0 h-full w-full object-contain" />
        {showGuide ? (
          // eslint-disable-next-line @next/next/no-img-element -- served by the authorising route; the image optimiser would fetch it without the person's cookies
          <img src={overlayUrl} alt="" aria-hidden="true" className="pointer-events-none absolute inset-0 h-full w-full object-contain opacity-35" />
        ) : null}
        {!live && !error ? <p className="absolute inset-0 flex items-center justify-center text-lg text-white">{t("starting")}</p> : null}
      </div>
      <div className="flex items-center gap-3">
        <input
          id={guideId}
          type="checkbox"
          checked={showGuide}
          onChange={(event) => setShowGuide(event.target.checked)}
          className="h-6 w-6 accent-brand-600"
        />
        <label htmlFor={guideId} className="text-lg">
          {t("showGuide")}
        </label>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="button" disabled={!live} pending={capturing} pendingLabel={t("taking")} onClick={capture}>
          {t("take")}
        </Button>
        <Dialog.Close asChild>
          <Button type="button" variant="secondary">
            {t("cancel")}
          </Button>
        </Dialog.Close>
      </div>
    </>
  );
}

function stopTracks(stream: MediaStream) {
  for (const track of stream.getTracks()) track.stop();
}

/** What went wrong, as the key of its words (`camera.errors`). */
type CameraError = "notAllowed" | "notFound" | "busy" | "insecure" | "failed" | "notTaken";

function cameraError(reason: unknown): CameraError {
  const name = reason instanceof DOMException || reason instanceof Error ? reason.name : "";
  switch (name) {
    case "NotAllowedError":
    case "PermissionDeniedError":
      return "notAllowed";
    case "NotFoundError":
    case "OverconstrainedError":
      return "notFound";
    case "NotReadableError":
      return "busy";
    case "SecurityError":
      return "insecure";
    default:
      return "failed";
  }
}
