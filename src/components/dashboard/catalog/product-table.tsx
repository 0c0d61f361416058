"use client";

import Link from "next/link";
import { useActionState, useState } from "react";
import { FormMessage, SubmitButton } from "../fields";
import { IDLE, type TFormAction } from "../form-state";

/** A list row; `thumbnailUrl` is the main image's small rendition on the dashboard's media route. */
export type TProductRow = { id: string; title: string; handle: string; status: string; type: string; price: string; variantCount: number; thumbnailUrl: string | null };

const STATUS_LABEL: Record<string, string> = { ACTIVE: "Active", DRAFT: "Draft", ARCHIVED: "Archived" };
const TYPE_LABEL: Record<string, string> = { PHYSICAL: "Physical", DIGITAL: "Digital", SERVICE: "Service" };

const noAction: TFormAction = async () => IDLE;

/**
 * The product list with row checkboxes and the bulk status buttons (one form). Without an
 * action (a member who may only read) it is a plain table.
 */
export function ProductTable({ rows, basePath, action }: { rows: TProductRow[]; basePath: string; action?: TFormAction }) {
  const [state, formAction] = useActionState(action ?? noAction, IDLE);
  const bulk = Boolean(action);
  const [checked, setChecked] = useState<Set<string>>(new Set());
  const all = rows.length > 0 && rows.every((r) => checked.has(r.id));
  const toggle = (id: string) =>
    setChecked((prev) => {
      const next = new Set(prev);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  return (
    <form action={formAction} className="mt-4 space-y-3">
      <FormMessage state={state} />
      {bulk ? (
      <fieldset className="flex flex-wrap items-center gap-2" disabled={checked.size === 0}>
        <legend className="sr-only">Change the status of the selected products</legend>
        <span className="text-sm text-gray-700" aria-live="polite">
          {checked.size} selected
        </span>
        <SubmitButton name="status" value="ACTIVE" variant="secondary" size="sm">
          Activate
        </SubmitButton>
        <SubmitButton name="status" value="DRAFT" variant="secondary" size="sm">
          Draft
        </SubmitButton>
        <SubmitButton name="status" value="ARCHIVED" variant="secondary" size="sm">
          Archive
        </SubmitButton>
      </fieldset>
      ) : null}
      <div className="overflow-x-auto rounded-md border border-gray-200">
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <thead className="bg-gray-50 text-left">
            <tr>
              {bulk ? (
              <th scope="col" className="w-10 px-3 py-2">
                <input
                  type="checkbox"
                  aria-label="Select all products on this page"
                  checked={all}
                  onChange={() => setChecked(all ? new Set() : new Set(rows.map((r) => r.id)))}
                />
              </th>
              ) : null}
              <th scope="col" className="w-14 px-3 py-2 font-semibold">
                <span className="sr-only">Image</span>
              </th>
              <th scope="col" className="px-3 py-2 font-semibold">Title</th>
              <th scope="col" className="px-3 py-2 font-semibold">Status</th>
              <th scope="col" className="px-3 py-2 font-semibold">Type</th>
              <th scope="col" className="px-3 py-2 font-semibold">Price</th>
              <th scope="col" className="px-3 py-2 font-semibold">Variants</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {rows.map((r) => (
              <tr key={r.id}>
                {bulk ? (
                  <td className="px-3 py-2">
                    <input type="checkbox" name="ids" value={r.id} aria-label={`Select ${r.title}`} checked={checked.has(r.id)} onChange={() => toggle(r.id)} />
                  </td>
                ) : null}
                <td className="px-3 py-2">
                  <div className="flex h-10 w-10 items-center justify-center overflow-hidden rounded bg-gray-100">
                    {r.thumbnailUrl ? (
                      // eslint-disable-next-line @next/next/no-img-element -- a pre-made 160px rendition; the title beside it names the product
                      <img src={r.thumbnailUrl} alt="" width={40} height={40} loading="lazy" decoding="async" className="h-full w-full object-cover" />
                    ) : null}
                  </div>
                </td>
                <td className="px-3 py-2">
                  <Link href={`${basePath}/${r.id}`} className="font-medium text-blue-700 underline">
                    {r.title}
                  </Link>
                  <div className="text-xs text-gray-500">{r.handle}</div>
                </td>
                <td className="px-3 py-2">{STATUS_LABEL[r.status] ?? r.status}</td>
                <td className="px-3 py-2">{TYPE_LABEL[r.type] ?? r.type}</td>
                <td className="px-3 py-2 tabular-nums">{r.price}</td>
                <td className="px-3 py-2 tabular-nums">{r.variantCount}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </form>
  );
}
