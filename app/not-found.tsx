import { ButtonLink } from "./_components/button";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-16">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-lg">We could not find that page. It may have been moved or deleted, or the link may be mistyped.</p>
      <ButtonLink href="/" className="self-start">
        Go to the start page
      </ButtonLink>
    </main>
  );
}
