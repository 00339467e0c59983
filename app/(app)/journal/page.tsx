import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/empty-state";

export const metadata: Metadata = { title: "Journal" };

export default function JournalPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Journal</h1>
      <EmptyState title="Your journal is empty">
        <p>Every foot check you record will be listed here by day, newest first, with its photos and the foot-care guidance that applies. Recording checks arrives in the next version of Footnote.</p>
      </EmptyState>
    </>
  );
}
