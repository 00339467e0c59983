import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/empty-state";

export const metadata: Metadata = { title: "Report" };

export default function ReportPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Report</h1>
      <EmptyState title="Nothing to report yet">
        <p>Here you will print a clear report of a chosen period for your doctor, or share it with a private link.</p>
      </EmptyState>
    </>
  );
}
