"use client";

import { useTranslations } from "next-intl";
import { useId, useState } from "react";
import { useReadMessage } from "@/app/_components/use-read-message";
import type { JournalChoice } from "@/lib/journals/access";
import { useOpenJournal } from "./use-open-journal";

/** Whose journal is open, and a way to open another: a plain select and a button, for keyboards and small screens. */
export function JournalSwitcher({ journals, openId }: { journals: JournalChoice[]; openId: string | null }) {
  const id = useId();
  const [chosen, setChosen] = useState(openId ?? journals[0]?.id ?? "");
  const { open, pending, error } = useOpenJournal();
  const t = useTranslations("journals");
  const read = useReadMessage();

  return (
    <form
      className="flex flex-wrap items-end gap-2"
      onSubmit={(event) => {
        event.preventDefault();
        open(chosen, "/today");
      }}
    >
      <div className="flex flex-col">
        <label htmlFor={id} className="text-base font-semibold text-slate-700">
          {t("journalOpen")}
        </label>
        <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)} className="min-h-11 max-w-[12rem] rounded-md border-2 border-slate-400 bg-white px-2 text-lg">
          {journals.map((journal) => (
            <option key={journal.id} value={journal.id}>
              {t("choice", { name: journal.name, role: journal.role })}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending || chosen === openId} className="min-h-11 rounded-md border-2 border-brand-600 px-3 font-semibold text-brand-700 disabled:opacity-60">
        {pending ? t("opening") : t("open")}
      </button>
      {error ? (
        <p role="alert" className="w-full text-red-800">
          {read(error)}
        </p>
      ) : null}
    </form>
  );
}
