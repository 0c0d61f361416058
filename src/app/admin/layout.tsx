import Link from "next/link";
import { requirePlatformAdminPage } from "@/server/http";

export const dynamic = "force-dynamic";

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requirePlatformAdminPage();
  return (
    <div className="min-h-screen bg-gray-50">
      <header className="border-b border-gray-200 bg-white">
        <nav className="mx-auto flex max-w-6xl items-center gap-6 px-4 py-3" aria-label="Admin">
          <span className="font-bold">ECOM admin</span>
          <Link href="/admin" className="text-sm hover:underline">
            Stores
          </Link>
          <Link href="/admin/users" className="text-sm hover:underline">
            Users
          </Link>
          <Link href="/admin/audit" className="text-sm hover:underline">
            Audit log
          </Link>
          <Link href="/admin/events" className="text-sm hover:underline">
            Failed events
          </Link>
          <span className="ml-auto text-sm text-gray-500">{actor.name}</span>
        </nav>
      </header>
      <div className="mx-auto max-w-6xl px-4 py-8">{children}</div>
    </div>
  );
}
