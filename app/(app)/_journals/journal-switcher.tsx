"use client";

import { useId, useState } from "react";
import type { JournalChoice } from "@/lib/journals/access";
import { useOpenJournal } from "./use-open-journal";

const ROLE_NOTE: Record<JournalChoice["role"], string> = {
  OWNER: "my journal",
  HOLDER: "kept by me",
  SEE: "see",
  RECORD: "record",
  REMINDERS: "help with reminders",
};

/** Whose journal is open, and a way to open another: a plain select and a button, for keyboards and small screens. */
export function JournalSwitcher({ journals, openId }: { journals: JournalChoice[]; openId: string | null }) {
  const id = useId();
  const [chosen, setChosen] = useState(openId ?? journals[0]?.id ?? "");
  const { open, pending, error } = useOpenJournal();

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
          Journal open
        </label>
        <select id={id} value={chosen} onChange={(event) => setChosen(event.target.value)} className="min-h-11 max-w-[12rem] rounded-md border-2 border-slate-400 bg-white px-2 text-lg">
          {journals.map((journal) => (
            <option key={journal.id} value={journal.id}>
              {journal.name} ({ROLE_NOTE[journal.role]})
            </option>
          ))}
        </select>
      </div>
      <button type="submit" disabled={pending || chosen === openId} className="min-h-11 rounded-md border-2 border-brand-600 px-3 font-semibold text-brand-700 disabled:opacity-60">
        {pending ? "Opening…" : "Open"}
      </button>
      {error ? (
        <p role="alert" className="w-full text-red-800">
          {error}
        </p>
      ) : null}
    </form>
  );
}
