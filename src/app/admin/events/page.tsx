import Link from "next/link";
import { RedriveForm } from "@/components/admin/redrive-form";
import { listDeadEvents, ZDeadEventsQuery, type TDeadEvent } from "@/server/events";
import { requirePlatformAdminPage } from "@/server/http";
import { redriveEventsAction } from "./actions";

export const metadata = { title: "Failed events | ECOM admin" };
export const dynamic = "force-dynamic";

const PAGE_SIZE = 50;

function pageHref(page: number, type?: string): string {
  const q = new URLSearchParams();
  if (type) q.set("type", type);
  if (page > 1) q.set("page", String(page));
  const s = q.toString();
  return s ? `/admin/events?${s}` : "/admin/events";
}

function Timestamp({ at }: { at: Date }) {
  return <time dateTime={at.toISOString()}>{at.toISOString().slice(0, 19).replace("T", " ")} UTC</time>;
}

function LastError({ text }: { text: string | null }) {
  if (!text) return <span className="text-gray-500">none</span>;
  if (text.length <= 80) return <span className="break-words">{text}</span>;
  return (
    <details>
      <summary className="cursor-pointer break-words">{text.slice(0, 80)}…</summary>
      <p className="mt-1 break-words whitespace-pre-wrap">{text}</p>
    </details>
  );
}

function EventRow({ event }: { event: TDeadEvent }) {
  const id = String(event.id);
  return (
    <tr className="border-b border-gray-100 align-top">
      <th scope="row" className="p-2 font-mono font-normal">{id}</th>
      <td className="p-2 font-mono">{event.type}</td>
      <td className="p-2 font-mono">{event.storeId ?? <span className="text-gray-500">platform</span>}</td>
      <td className="p-2 text-right">{event.attempts}</td>
      <td className="max-w-md p-2"><LastError text={event.lastError} /></td>
      <td className="p-2 whitespace-nowrap"><Timestamp at={event.createdAt} /></td>
      <td className="p-2 whitespace-nowrap"><Timestamp at={event.lastAttemptAt} /></td>
      <td className="p-2">
        <RedriveForm action={redriveEventsAction} eventIds={[id]} label="Re-drive" srDetail={`event ${id}`} />
      </td>
    </tr>
  );
}

/** Dead outbox events across the platform, with re-drive. Platform admins only. */
export default async function AdminEventsPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  await requirePlatformAdminPage("/admin/events");
  const raw = await searchParams;
  const query = ZDeadEventsQuery.parse({ type: raw.type, page: raw.page });
  const result = await listDeadEvents({ type: query.type, page: query.page, pageSize: PAGE_SIZE });
  const shownIds = result.events.map((e) => String(e.id));
  return (
    <main>
      <h1 className="text-2xl font-bold">Failed events</h1>
      <p className="mt-1 text-sm text-gray-600">
        Events whose delivery failed too often. Re-driving one queues it again with its attempts reset; handlers that
        already succeeded for it are not run again.
      </p>

      <form method="get" action="/admin/events" className="mt-6 flex flex-wrap items-end gap-3">
        <div className="flex flex-col gap-1">
          <label htmlFor="event-type" className="text-sm font-medium">Event type</label>
          <select id="event-type" name="type" defaultValue={query.type ?? ""} className="rounded border border-gray-300 bg-white px-2 py-1.5 text-sm">
            <option value="">All types</option>
            {query.type && !result.types.some((t) => t.type === query.type) ? <option value={query.type}>{query.type} (0)</option> : null}
            {result.types.map((t) => (
              <option key={t.type} value={t.type}>{t.type} ({t.count})</option>
            ))}
          </select>
        </div>
        <button type="submit" className="rounded border border-gray-300 bg-white px-3 py-1.5 text-sm font-medium hover:bg-gray-100 focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600">
          Filter
        </button>
      </form>

      <p className="mt-4 text-sm text-gray-600" aria-live="polite">
        {result.total} dead {result.total === 1 ? "event" : "events"}{query.type ? ` of type ${query.type}` : ""}.
      </p>

      {result.events.length === 0 ? (
        <p className="mt-6 rounded border border-gray-200 bg-white p-4 text-sm">No dead events{query.type ? " of this type" : ""} on this page.</p>
      ) : (
        <>
          <div className="mt-4">
            <RedriveForm action={redriveEventsAction} eventIds={shownIds} label={`Re-drive all ${shownIds.length} shown`} variant="primary" />
          </div>
          <div className="mt-4 overflow-x-auto">
            <table className="w-full border-collapse bg-white text-left text-sm">
              <caption className="sr-only">Dead events, newest first</caption>
              <thead>
                <tr className="border-b border-gray-200">
                  <th scope="col" className="p-2">Id</th>
                  <th scope="col" className="p-2">Type</th>
                  <th scope="col" className="p-2">Store id</th>
                  <th scope="col" className="p-2 text-right">Attempts</th>
                  <th scope="col" className="p-2">Last error</th>
                  <th scope="col" className="p-2">Created</th>
                  <th scope="col" className="p-2">Last attempt</th>
                  <th scope="col" className="p-2"><span className="sr-only">Actions</span></th>
                </tr>
              </thead>
              <tbody>
                {result.events.map((event) => (
                  <EventRow key={String(event.id)} event={event} />
                ))}
              </tbody>
            </table>
          </div>
        </>
      )}

      {result.pageCount > 1 ? (
        <nav className="mt-4 flex items-center gap-4 text-sm" aria-label="Pagination">
          {result.page > 1 ? <Link href={pageHref(result.page - 1, query.type)} className="underline">Previous</Link> : null}
          <span aria-current="page">Page {result.page} of {result.pageCount}</span>
          {result.page < result.pageCount ? <Link href={pageHref(result.page + 1, query.type)} className="underline">Next</Link> : null}
        </nav>
      ) : null}
    </main>
  );
}
