import { loadStore } from "./load-store";

export const dynamic = "force-dynamic";

export default async function StoreHome({ params }: { params: Promise<{ store: string }> }) {
  const store = await loadStore(params);
  return (
    <main className="mx-auto max-w-6xl px-4 py-12">
      <h1 className="text-3xl font-bold">Welcome to {store.name}</h1>
      <p className="mt-3 max-w-prose text-gray-600">
        This store has not published any products yet. Please check back soon.
      </p>
    </main>
  );
}
