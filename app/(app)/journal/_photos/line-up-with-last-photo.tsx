"use client";

import { useTranslations } from "next-intl";
import dynamic from "next/dynamic";
import { useId, useState, useSyncExternalStore } from "react";
import { SelectField } from "@/app/_components/select-field";
import { Button } from "@/app/_components/button";
import { FEET, REGIONS } from "@/lib/foot-health/vocabulary";
import type { Foot, FootRegion } from "@/lib/generated/prisma/enums";

// The camera dialog (and its dialog library) loads when a spot with an earlier photo is chosen,
// not with the entry form (docs/decisions/0087).
const CameraOverlay = dynamic(() => import("./camera-overlay").then((module) => module.CameraOverlay), { ssr: false });

/** Choose a spot; when it has an earlier photo and the device a camera, take a new one lined up with it. */
export function LineUpWithLastPhoto({
  previousSpotPhotoUrl,
  disabled,
  onCapture,
}: {
  previousSpotPhotoUrl: (foot: Foot, region: FootRegion) => string | undefined;
  disabled: boolean;
  onCapture(blob: Blob, tags: { foot: Foot; region: FootRegion }): void;
}) {
  const baseId = useId();
  const t = useTranslations("camera");
  const words = useTranslations("vocabulary");
  // Known only in the browser. Every current browser has the camera API on a secure page, so the
  // server draws the option too: the rare browser without one removes it, instead of every phone
  // inserting it (and redrawing the form below it) just after the page starts.
  const hasCamera = useSyncExternalStore(subscribeToNothing, browserHasCamera, () => true);
  const [foot, setFoot] = useState<Foot | "">("");
  const [region, setRegion] = useState<FootRegion | "">("");
  const [open, setOpen] = useState(false);

  if (!hasCamera) return null;

  const overlayUrl = foot && region ? previousSpotPhotoUrl(foot, region) : undefined;
  const spotLabel = foot && region ? t("spot", { foot: words(`feetInSentence.${foot}`), region: words(`regionsInSentence.${region}`) }) : "";

  return (
    <fieldset className="flex flex-col gap-3 rounded-md border border-slate-300 bg-white p-3">
      <legend className="px-1 font-semibold">{t("compareLegend")}</legend>
      <p className="text-base text-slate-600">{t("compareHint")}</p>
      <div className="grid grid-cols-1 gap-3 sm:grid-cols-2">
        <SelectField id={`${baseId}-foot`} label={t("foot")} placeholder={t("choose")} options={FEET.map((value) => ({ value, label: words(`feet.${value}`) }))} value={foot} onChange={(event) => setFoot(event.target.value as Foot | "")} />
        <SelectField id={`${baseId}-region`} label={t("where")} placeholder={t("choose")} options={REGIONS.map((value) => ({ value, label: words(`regions.${value}`) }))} value={region} onChange={(event) => setRegion(event.target.value as FootRegion | "")} />
      </div>
      {foot && region && !overlayUrl ? <p className="text-base text-slate-700">{t("noEarlier")}</p> : null}
      {overlayUrl && foot && region ? (
        <>
          <Button type="button" variant="secondary" className="self-start" disabled={disabled} onClick={() => setOpen(true)}>
            {t("title")}
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
