import { listStoresForAdmin } from "@/server/stores";

export const metadata = { title: "Stores | ECOM admin" };

export default async function AdminStoresPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const { page } = await searchParams;
  const result = await listStoresForAdmin(Number(page) || 1);
  const pages = Math.max(1, Math.ceil(result.total / result.pageSize));
  return (
    <main>
      <h1 className="text-2xl font-bold">Stores</h1>
      <p className="mt-1 text-sm text-gray-600">{result.total} stores on the platform.</p>
      <table className="mt-6 w-full border-collapse bg-white text-left text-sm">
        <thead>
          <tr className="border-b border-gray-200">
            <th scope="col" className="p-2">Name</th>
            <th scope="col" className="p-2">Slug</th>
            <th scope="col" className="p-2">Owners</th>
            <th scope="col" className="p-2">Currency</th>
            <th scope="col" className="p-2">Status</th>
            <th scope="col" className="p-2">Created</th>
          </tr>
        </thead>
        <tbody>
          {result.stores.map((s) => (
            <tr key={s.id} className="border-b border-gray-100">
              <td className="p-2 font-medium">{s.name}</td>
              <td className="p-2">{s.slug}</td>
              <td className="p-2">{s.owners.join(", ")}</td>
              <td className="p-2">{s.currency}</td>
              <td className="p-2">{s.status.toLowerCase()}</td>
              <td className="p-2">{s.createdAt.toISOString().slice(0, 10)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {pages > 1 ? (
        <nav className="mt-4 flex gap-4 text-sm" aria-label="Pagination">
          {result.page > 1 ? <a href={`/admin?page=${result.page - 1}`}>Previous</a> : null}
          <span>
            Page {result.page} of {pages}
          </span>
          {result.page < pages ? <a href={`/admin?page=${result.page + 1}`}>Next</a> : null}
        </nav>
      ) : null}
    </main>
  );
}
