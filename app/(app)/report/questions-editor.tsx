"use client";

import { zodResolver } from "@hookform/resolvers/zod";
import { useState, useTransition } from "react";
import { useForm } from "react-hook-form";
import { applyServerErrors } from "@/app/_components/apply-server-errors";
import { FormField } from "@/app/_components/form-field";
import { Notice } from "@/app/_components/notice";
import { Button } from "@/app/_components/button";
import { questionSchema } from "@/lib/report/schemas";
import { addQuestionAction, deleteQuestionAction } from "./actions";

type QuestionInput = { text: string };

export function QuestionsEditor({ questions }: { questions: { id: string; text: string }[] }) {
  const [error, setError] = useState<string>();
  const [pending, startTransition] = useTransition();
  const form = useForm<QuestionInput>({ resolver: zodResolver(questionSchema), defaultValues: { text: "" } });

  const onSubmit = form.handleSubmit(async (values) => {
    setError(undefined);
    const result = await addQuestionAction(values);
    if (!result.ok) return setError(applyServerErrors(result, form.setError));
    form.reset({ text: "" });
  });

  const remove = (questionId: string) =>
    startTransition(async () => {
      const result = await deleteQuestionAction({ questionId });
      setError(result.ok ? undefined : result.formError);
    });

  return (
    <section aria-labelledby="questions-editor-heading" className="flex flex-col gap-4 rounded-lg border border-slate-300 bg-white p-5">
      <h2 id="questions-editor-heading" className="text-2xl font-bold">
        Questions for my doctor
      </h2>
      <p>Write down what you want to ask, so you do not forget it at the appointment. They are printed in the report.</p>
      {error ? <Notice tone="error">{error}</Notice> : null}
      {questions.length ? (
        <ol className="flex flex-col gap-2" aria-label="Your questions">
          {questions.map((question, index) => (
            <li key={question.id} className="flex flex-wrap items-center justify-between gap-2 rounded-md border border-slate-300 p-3">
              <span>
                {index + 1}. {question.text}
              </span>
              <Button type="button" variant="secondary" disabled={pending} onClick={() => remove(question.id)} aria-label={`Remove question ${index + 1}`}>
                Remove
              </Button>
            </li>
          ))}
        </ol>
      ) : (
        <p className="text-slate-700">No questions yet. Add your first one below.</p>
      )}
      <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
        <FormField id="question-text" label="New question" autoComplete="off" error={form.formState.errors.text?.message} {...form.register("text")} />
        <Button type="submit" className="self-start" pending={form.formState.isSubmitting} pendingLabel="Adding…">
          Add question
        </Button>
      </form>
    </section>
  );
}
