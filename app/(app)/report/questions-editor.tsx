"use client";

import { useTranslations } from "next-intl";
import { useState, useTransition } from "react";
import { Button } from "@/app/_components/button";
import { FormField } from "@/app/_components/form-field";
import { FormStatusNotice } from "@/app/_components/form-status";
import { useActionForm, type FormStatus } from "@/app/_components/use-action-form";
import { addQuestionAction, deleteQuestionAction } from "./actions";

export function QuestionsEditor({ questions }: { questions: { id: string; text: string }[] }) {
  const [pending, startTransition] = useTransition();
  const t = useTranslations("reportQuestions");
  const form = useActionForm({
    schema: () => import("@/lib/report/schemas").then((schemas) => schemas.questionSchema),
    defaultValues: { text: "" },
    action: addQuestionAction,
    onSuccess: () => {
      form.reset({ text: "" });
    },
  });

  // Removing a question is no form of its own; a failure shows beside its Remove button.
  const [removal, setRemoval] = useState<{ questionId: string; status: FormStatus }>();
  const remove = (questionId: string) =>
    startTransition(async () => {
      const result = await deleteQuestionAction({ questionId });
      setRemoval(result.ok ? undefined : { questionId, status: { tone: "error", text: result.formError ?? t("notRemoved") } });
    });

  return (
    <section aria-labelledby="questions-editor-heading" className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-5">
      <h2 id="questions-editor-heading" className="text-2xl font-bold">
        {t("title")}
      </h2>
      <p>{t("intro")}</p>
      {questions.length ? (
        <ol className="flex flex-col gap-2" aria-label={t("listLabel")}>
          {questions.map((question, index) => (
            <li key={question.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 p-3">
              <span>{t("numbered", { number: index + 1, text: question.text })}</span>
              <Button type="button" variant="secondary" disabled={pending} onClick={() => remove(question.id)} aria-label={t("removeLabel", { number: index + 1 })}>
                {t("remove")}
              </Button>
              {removal?.questionId === question.id ? <FormStatusNotice status={removal.status} /> : null}
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-slate-700">{t("none")}</p>
      )}
      <form onSubmit={form.onSubmit} onFocus={form.preloadSchema} onPointerDown={form.preloadSchema} noValidate className="flex flex-col gap-3">
        <FormField id="question-text" label={t("newQuestion")} autoComplete="off" error={form.formState.errors.text?.message} {...form.register("text")} />
        <Button type="submit" className="self-start" pending={form.formState.isSubmitting} pendingLabel={t("adding")}>
          {t("add")}
        </Button>
        <FormStatusNotice status={form.status} />
      </form>
    </section>
  );
}
