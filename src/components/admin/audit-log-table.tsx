import type { TAuditEntryView } from "@/server/audit";
import { UtcTime } from "./utc-time";

function Muted({ children }: { children: React.ReactNode }) {
  return <span className="text-gray-500">{children}</span>;
}

function Actor({ entry }: { entry: TAuditEntryView }) {
  return (
    <>
      <span className="block">{entry.actorLabel ?? (entry.actorId ? <span className="font-mono">{entry.actorId}</span> : <Muted>none</Muted>)}</span>
      <span className="block text-xs text-gray-500">{entry.actorType}</span>
    </>
  );
}

function Data({ text }: { text: string | null }) {
  if (!text) return <Muted>none</Muted>;
  if (text.length <= 60) return <code className="break-all">{text}</code>;
  return (
    <details>
      <summary className="cursor-pointer break-all">
        <code>{text.slice(0, 60)}…</code>
      </summary>
      <pre className="mt-1 max-w-md break-all whitespace-pre-wrap">{text}</pre>
    </details>
  );
}

type TProps = {
  entries: TAuditEntryView[];
  /** Whether to show the store column (the platform view). */
  withStore: boolean;
};

/** Audit entries, newest first: time, actor, store, action, target, IP, user agent and data. */
export function AuditLogTable({ entries, withStore }: TProps) {
  if (entries.length === 0) {
    return <p className="mt-6 rounded border border-gray-200 bg-white p-4 text-sm">No audit entries match these filters on this page.</p>;
  }
  return (
    <div className="mt-4 overflow-x-auto">
      <table className="w-full border-collapse bg-white text-left text-sm">
        <caption className="sr-only">Audit log entries, newest first</caption>
        <thead>
          <tr className="border-b border-gray-200">
            <th scope="col" className="p-2">Time</th>
            <th scope="col" className="p-2">Action</th>
            <th scope="col" className="p-2">Actor</th>
            {withStore ? <th scope="col" className="p-2">Store</th> : null}
            <th scope="col" className="p-2">Target</th>
            <th scope="col" className="p-2">IP</th>
            <th scope="col" className="p-2">User agent</th>
            <th scope="col" className="p-2">Data</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-b border-gray-100 align-top">
              <td className="p-2 whitespace-nowrap"><UtcTime at={e.createdAt} /></td>
              <th scope="row" className="p-2 font-mono font-normal">{e.action}</th>
              <td className="p-2"><Actor entry={e} /></td>
              {withStore ? (
                <td className="p-2">{e.storeSlug ?? (e.storeId ? <span className="font-mono">{e.storeId}</span> : <Muted>platform</Muted>)}</td>
              ) : null}
              <td className="p-2">
                {e.targetType || e.targetId ? (
                  <>
                    <span className="block">{e.targetType ?? ""}</span>
                    <span className="block font-mono text-xs">{e.targetId ?? ""}</span>
                  </>
                ) : (
                  <Muted>none</Muted>
                )}
              </td>
              <td className="p-2 font-mono">{e.ip ?? <Muted>unknown</Muted>}</td>
              <td className="max-w-xs p-2 break-words">{e.userAgent ?? <Muted>unknown</Muted>}</td>
              <td className="p-2"><Data text={e.data} /></td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
