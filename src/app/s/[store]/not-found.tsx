import Link from "next/link";
export default function StoreNotFound() {
  return (
    <main className="mx-auto max-w-xl px-4 py-16 text-center">
      <h1 className="text-2xl font-bold">Page not found</h1>
      <p className="mt-2 text-gray-600">This page does not exist in this store.</p>
      <Link href="/" className="mt-6 inline-block font-medium text-[var(--store-primary,#111827)] underline">
        Back to the store
      </Link>
    </main>
  );
}
