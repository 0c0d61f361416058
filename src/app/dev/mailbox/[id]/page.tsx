import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { getMailboxMessage, isMailboxEnabled } from "@/server/mail";

export const dynamic = "force-dynamic";

export const metadata: Metadata = {
  title: "Message · Mailbox",
  robots: { index: false, follow: false },
};

type TProps = { params: Promise<{ id: string }> };

/**
 * The HTML body runs in an iframe with sandbox="" (no scripts, no forms, no top navigation,
 * an opaque origin); this policy also stops it from loading remote images, fonts or frames.
 */
const HTML_PREVIEW_POLICY =
  "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; img-src data:; style-src 'unsafe-inline'\">";

const timeFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeStyle: "medium", timeZone: "UTC" });

/** One stored message: headers, plain text, sandboxed HTML and the links of the text body. */
export default async function MailboxMessagePage({ params }: TProps) {
  if (!isMailboxEnabled()) notFound();
  const { id } = await params;
  const message = await getMailboxMessage(id);
  if (!message) notFound();

  const headers: [string, string][] = [
    ["From", message.from],
    ["To", message.to],
    ["Subject", message.subject],
    ["Date", `${timeFormat.format(message.createdAt)} UTC`],
    ["Store", message.storeId ?? "(platform)"],
    ["Message id", message.id],
  ];

  return (
    <main className="mx-auto max-w-5xl px-4 py-8 text-gray-900">
      <nav aria-label="Breadcrumb" className="mb-4 text-sm">
        <Link href="/dev/mailbox" className="text-blue-700 underline">
          ← All messages
        </Link>
      </nav>

      <article aria-labelledby="message-subject">
        <h1 id="message-subject" className="mb-4 text-2xl font-semibold break-words">
          {message.subject}
        </h1>

        <dl className="mb-6 grid grid-cols-[max-content_1fr] gap-x-4 gap-y-1 rounded border border-gray-200 bg-gray-50 p-4 text-sm">
          {headers.map(([name, value]) => (
            <div key={name} className="contents">
              <dt className="font-medium text-gray-600">{name}</dt>
              <dd className="break-all">
                {name === "Date" ? <time dateTime={message.createdAt.toISOString()}>{value}</time> : value}
              </dd>
            </div>
          ))}
        </dl>

        <section aria-labelledby="message-links" className="mb-6">
          <h2 id="message-links" className="mb-2 text-lg font-semibold">
            Links
          </h2>
          {message.links.length > 0 ? (
            <ul className="list-disc space-y-1 pl-6 text-sm">
              {message.links.map((href) => (
                <li key={href}>
                  <a href={href} rel="noreferrer" className="break-all text-blue-700 underline">
                    {href}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            <p className="text-sm text-gray-600">No links in the text body.</p>
          )}
        </section>

        <section aria-labelledby="message-text" className="mb-6">
          <h2 id="message-text" className="mb-2 text-lg font-semibold">
            Text
          </h2>
          <pre className="overflow-x-auto rounded border border-gray-200 bg-white p-4 text-sm whitespace-pre-wrap break-words">
            {message.text}
          </pre>
        </section>

        {message.html !== null ? (
          <section aria-labelledby="message-html">
            <h2 id="message-html" className="mb-2 text-lg font-semibold">
              HTML
            </h2>
            <iframe
              title="HTML body of the message"
              sandbox=""
              srcDoc={`${HTML_PREVIEW_POLICY}${message.html}`}
              className="h-[32rem] w-full rounded border border-gray-200 bg-white"
            />
          </section>
        ) : null}
      </article>
    </main>
  );
}
