import type { Control, Path, UseFormRegister, UseFormSetFocus } from "react-hook-form";
import type { StartingChoice, StartingField } from "@/app/_components/use-action-form";
import type { EntryFormValues, EntryInput } from "@/lib/journal/schemas";
import type { OpenJournal } from "../../_journals/open-journal";

/**
 * What each section of the entry form takes from the form. Every member is stable for the form's
 * life, so a section (memoised) draws again only for its own fields: a letter typed in the notes
 * no longer redraws the foot map.
 */
export type EntryFormParts = {
  control: Control<EntryFormValues, unknown, EntryInput>;
  register: UseFormRegister<EntryFormValues>;
  field: (name: Path<EntryFormValues>) => StartingField<EntryFormValues>;
  choice: (name: Path<EntryFormValues>, value?: string | number) => StartingChoice<EntryFormValues>;
  setFocus: UseFormSetFocus<EntryFormValues>;
};

/** For the questions' words: a carer records for someone, so they ask about that person's feet. */
export const whoOf = (journal: OpenJournal) => ({ own: journal.own ? "yes" : "no", name: journal.name });
