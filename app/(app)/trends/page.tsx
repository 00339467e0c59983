import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/empty-state";

export const metadata: Metadata = { title: "Trends" };

export default function TrendsPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Trends</h1>
      <EmptyState title="No trends yet">
        <p>After a few days of checks, charts here will show how your pain and what you observe change over time.</p>
      </EmptyState>
    </>
  );
}
