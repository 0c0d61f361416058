import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { isMailboxEnabled, listMailbox, ZMailboxQuery } from "@/server/mail";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Mailbox",
  robots: { index: false, follow: false },
};

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

function pageHref(page: number, to: string | undefined): string {
  const params = new URLSearchParams();
  if (to) params.set("to", to);
  if (page > 1) params.set("page", String(page));
  const query = params.toString();
  return query ? `/dev/mailbox?${query}` : "/dev/mailbox";
}

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** The development and demo mailbox: every message the platform "sent" while SMTP is off. */
export default async function MailboxPage({ searchParams }: TProps) {
  if (!isMailboxEnabled()) notFound();
  const query = ZMailboxQuery.parse(await searchParams);
  const { items, page, pageCount, total } = await listMailbox(query);

  return (
    <main className="mx-auto max-w-5xl px-4 py-8 text-gray-900">
      <header className="mb-6">
        <h1 className="text-2xl font-semibold">Mailbox</h1>
        <p className="mt-1 text-sm text-gray-600">
          Messages stored instead of sent (MAIL_TRANSPORT is &ldquo;mailbox&rdquo;). Nothing here left this machine.
        </p>
      </header>

      <form role="search" method="get" action="/dev/mailbox" className="mb-4 flex flex-wrap items-end gap-2">
        <div className="flex flex-col">
          <label htmlFor="mailbox-to" className="text-sm font-medium">
            Recipient
          </label>
          <input
            id="mailbox-to"
            name="to"
            type="search"
            defaultValue={query.to ?? ""}
            placeholder="someone@example.com"
            className="w-72 rounded border border-gray-300 px-3 py-2 text-sm focus:outline-2 focus:outline-offset-1 focus:outline-blue-600"
          />
        </div>
        <button
          type="submit"
          className="rounded bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700 focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-blue-600"
        >
          Filter
        </button>
        {query.to ? (
          <Link href="/dev/mailbox" className="px-2 py-2 text-sm text-blue-700 underline">
            Clear filter
          </Link>
        ) : null}
      </form>

      <p className="mb-2 text-sm text-gray-600" role="status">
        {total === 1 ? "1 message" : `${total} messages`}
        {query.to ? ` to addresses containing “${query.to}”` : ""}
      </p>

      {items.length === 0 ? (
        <p className="rounded border border-dashed border-gray-300 p-6 text-center text-sm text-gray-600">No messages.</p>
      ) : (
        <div className="overflow-x-auto rounded border border-gray-200">
          <table className="w-full text-left text-sm">
            <caption className="sr-only">Stored messages, newest first</caption>
            <thead className="bg-gray-50 text-xs uppercase tracking-wide text-gray-600">
              <tr>
                <th scope="col" className="px-3 py-2">
                  To
                </th>
                <th scope="col" className="px-3 py-2">
                  Subject
                </th>
                <th scope="col" className="px-3 py-2 whitespace-nowrap">
                  Received (UTC)
                </th>
              </tr>
            </thead>
            <tbody className="divide-y divide-gray-200">
              {items.map((m) => (
                <tr key={m.id} className="hover:bg-gray-50">
                  <td className="max-w-xs truncate px-3 py-2" title={m.to}>
                    {m.to}
                  </td>
                  <td className="px-3 py-2">
                    <Link href={`/dev/mailbox/${encodeURIComponent(m.id)}`} className="font-medium text-blue-700 underline">
                      {m.subject}
                    </Link>
                  </td>
                  <td className="px-3 py-2 whitespace-nowrap text-gray-600">
                    <time dateTime={m.createdAt.toISOString()}>{timeFormat.format(m.createdAt)}</time>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}

      {pageCount > 1 ? (
        <nav aria-label="Pagination" className="mt-4 flex items-center justify-between text-sm">
          {page > 1 ? (
            <Link href={pageHref(page - 1, query.to)} rel="prev" className="text-blue-700 underline">
              Newer
            </Link>
          ) : (
            <span aria-hidden="true" />
          )}
          <span aria-current="page">
            Page {page} of {pageCount}
          </span>
          {page < pageCount ? (
            <Link href={pageHref(page + 1, query.to)} rel="next" className="text-blue-700 underline">
              Older
            </Link>
          ) : (
            <span aria-hidden="true" />
          )}
        </nav>
      ) : null}
    </main>
  );
}
