"use client";

import { createContext, useContext, type ReactNode } from "react";

/** The journal this page was made for: whose it is, and whether it is the signed-in person's own. */
export type OpenJournal = { id: string; name: string; own: boolean };

const OpenJournalContext = createContext<OpenJournal | null>(null);

/**
 * A form keeps the journal its page was made for and names it when it saves (photos too), so
 * switching journals in another window, or before a queued check is sent, never files it elsewhere.
 */
export function OpenJournalProvider({ journal, children }: { journal: OpenJournal | null; children: ReactNode }) {
  return <OpenJournalContext.Provider value={journal}>{children}</OpenJournalContext.Provider>;
}

export function useOpenJournal(): OpenJournal | null {
  return useContext(OpenJournalContext);
}
