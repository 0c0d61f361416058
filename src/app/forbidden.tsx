import type { Metadata } from "next";

export const metadata: Metadata = { title: "Not allowed", robots: { index: false } };

export default function Forbidden() {
  return (
    <main className="mx-auto flex min-h-[60vh] max-w-xl flex-col items-center justify-center gap-3 p-8 text-center">
      <p className="text-sm font-semibold uppercase tracking-wide text-gray-500">403</p>
      <h1 className="text-3xl font-bold">You do not have access to this</h1>
      <p className="text-gray-600">Your role in this store does not include this part of the dashboard. Ask an owner or admin if you need it.</p>
    </main>
  );
}
