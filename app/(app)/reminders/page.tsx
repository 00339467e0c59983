import type { Metadata } from "next";
import { EmptyState } from "@/app/_components/empty-state";

export const metadata: Metadata = { title: "Reminders" };

export default function RemindersPage() {
  return (
    <>
      <h1 className="text-3xl font-bold">Reminders</h1>
      <EmptyState title="No reminders yet">
        <p>Here you will set email reminders for your daily foot check, your care routine and doctor visits, at your own local time.</p>
      </EmptyState>
    </>
  );
}
