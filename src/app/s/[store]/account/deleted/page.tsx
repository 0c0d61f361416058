import type { Metadata } from "next";
import Link from "next/link";
import { loadStore } from "../../load-store";

export const metadata: Metadata = { title: "Account deleted" };

export default async function CustomerAccountDeletedPage({ params }: { params: Promise<{ store: string }> }) {
  const store = await loadStore(params);
  return (
    <main className="mx-auto max-w-xl px-4 py-12">
      <h1 className="text-2xl font-bold">Your account has been deleted</h1>
      <p className="mt-3 text-gray-700">
        {store.name} no longer holds your name, email, phone number or addresses, and you have been signed out everywhere. Records the
        store must keep by law, such as orders, remain without your personal details.
      </p>
      <Link href="/" className="mt-6 inline-block font-medium underline">
        Back to the store
      </Link>
    </main>
  );
}
