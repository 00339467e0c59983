import { ButtonLink } from "@/app/_components/button";

/** Inside the signed-in app, so the header's switcher is there: a carer whose access ended can open their own journal. */
export default function SignedInNotFound() {
  return (
    <div className="flex max-w-xl flex-col gap-4">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-lg">We could not find that page. It may have been moved or deleted, or the link may be mistyped.</p>
      <p className="text-lg">If you were helping someone with their journal, they may have ended your access. Open your own journal with the switcher at the top.</p>
      <ButtonLink href="/today" className="self-start">
        Go to Today
      </ButtonLink>
    </div>
  );
}
