"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { useReadMessage } from "@/app/_components/use-read-message";

/** Asks the server for the PDF and saves it, showing progress while Chromium renders it. */
export function PdfButton({ query }: { query: string }) {
  const [state, setState] = useState<{ phase: "idle" | "rendering" | "done" } | { phase: "error"; message: string }>({ phase: "idle" });
  const [seconds, setSeconds] = useState(0);
  const t = useTranslations("reportPage");
  const read = useReadMessage();

  useEffect(() => {
    if (state.phase !== "rendering") return;
    const timer = setInterval(() => setSeconds((value) => value + 1), 1000);
    return () => clearInterval(timer);
  }, [state.phase]);

  const download = async () => {
    setSeconds(0);
    setState({ phase: "rendering" });
    try {
      const response = await fetch(`/api/report/pdf?${query}`);
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as { error?: string } | null;
        return setState({ phase: "error", message: read(body?.error) ?? t("pdfFailed") });
      }
      const name = /filename="([^"]+)"/.exec(response.headers.get("content-disposition") ?? "")?.[1] ?? "footnote-report.pdf";
      const url = URL.createObjectURL(await response.blob());
      const link = Object.assign(document.createElement("a"), { href: url, download: name });
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setState({ phase: "done" });
    } catch {
      setState({ phase: "error", message: t("connectionLost") });
    }
  };

  return (
    <div className="flex flex-col gap-3">
      <Button type="button" className="self-start" onClick={download} pending={state.phase === "rendering"} pendingLabel={t("pdfPreparing")}>
        {t("pdfDownload")}
      </Button>
      {state.phase === "rendering" ? (
        <div role="status" className="flex flex-col gap-1">
          <label htmlFor="pdf-progress">{t("pdfProgress", { seconds })}</label>
          <progress id="pdf-progress" className="h-3 w-full max-w-sm" />
        </div>
      ) : null}
      {state.phase === "done" ? <Notice tone="success">{t("pdfDone")}</Notice> : null}
      {state.phase === "error" ? <Notice tone="error">{state.message}</Notice> : null}
    </div>
  );
}
