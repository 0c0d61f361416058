import type { Metadata } from "next";

// Shown for unknown hosts and missing pages alike: it must not reveal which stores exist.
export const metadata: Metadata = { title: "Page not found", robots: { index: false } };

export default function NotFound() {
  return (
    <main className="mx-auto flex min-h-screen max-w-xl flex-col items-center justify-center gap-3 p-8 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-gray-500">404</p>
      <h1 className="text-3xl font-bold">Page not found</h1>
      <p className="text-gray-600">There is nothing at this address. Check the link and try again.</p>
    </main>
  );
}
