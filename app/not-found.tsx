import Link from "next/link";

export default function NotFound() {
  return (
    <main id="main" className="mx-auto flex max-w-md flex-col gap-4 px-4 py-16">
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-lg">We could not find that page. It may have been moved or deleted, or the link may be mistyped.</p>
      <Link href="/" className="self-start rounded-md bg-brand-600 px-5 py-3 font-semibold text-white">
        Go to the start page
      </Link>
    </main>
  );
}
