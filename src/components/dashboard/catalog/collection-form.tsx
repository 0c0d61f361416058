"use client";

import { startTransition, useActionState, useState } from "react";
import { FormMessage, TextField } from "../fields";
import { IDLE, type TFormAction } from "../form-state";

export type TPickedProduct = { id: string; title: string; handle: string; status: string };
type TSearch = (q: string) => Promise<{ ok: true; items: TPickedProduct[] } | { ok: false; message: string }>;

const small = "rounded border border-gray-300 bg-white px-2 py-1 text-xs font-medium hover:bg-gray-100 disabled:opacity-50";

/**
 * Create or edit a manual collection: title, handle and its products in display order, picked
 * by searching the catalog, moved with Up/Down and removed. The order is sent as productIds.
 */
export function CollectionForm({ action, search, collection, submitLabel }: { action: TFormAction; search: TSearch; collection?: { title: string; handle: string; products: TPickedProduct[] }; submitLabel: string }) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const [picked, setPicked] = useState<TPickedProduct[]>(collection?.products ?? []);
  const [query, setQuery] = useState("");
  const [results, setResults] = useState<TPickedProduct[] | null>(null);
  const [searchMessage, setSearchMessage] = useState<string | null>(null);
  const [searching, setSearching] = useState(false);

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    startTransition(() => dispatch(data));
  }
  async function runSearch() {
    if (!query.trim()) return;
    setSearching(true);
    const result = await search(query);
    setSearching(false);
    if (result.ok) {
      setResults(result.items);
      setSearchMessage(result.items.length ? null : "No products match.");
    } else {
      setResults(null);
      setSearchMessage(result.message);
    }
  }
  const move = (i: number, by: -1 | 1) => {
    const next = [...picked];
    const [item] = next.splice(i, 1);
    next.splice(i + by, 0, item!);
    setPicked(next);
  };

  return (
    <form onSubmit={onSubmit} className="max-w-2xl space-y-5" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      <TextField name="title" label="Title" required maxLength={150} defaultValue={collection?.title} state={state} />
      <TextField name="handle" label="Handle" maxLength={150} defaultValue={collection?.handle} state={state} hint="Left empty, it is made from the title." />
      <fieldset className="space-y-3">
        <legend className="text-sm font-medium">Products, in display order</legend>
        {state.fieldErrors?.productIds ? <p className="text-sm text-red-700">{state.fieldErrors.productIds}</p> : null}
        {picked.length === 0 ? <p className="text-sm text-gray-600">No products yet: search below to add some.</p> : null}
        <ol className="space-y-2">
          {picked.map((p, i) => (
            <li key={p.id} className="flex flex-wrap items-center gap-2 rounded-md border border-gray-200 px-3 py-2 text-sm">
              <input type="hidden" name="productIds" value={p.id} />
              <span className="flex-1">
                {i + 1}. {p.title} {p.status !== "ACTIVE" ? <span className="text-xs text-gray-500">({p.status.toLowerCase()}, hidden on the storefront)</span> : null}
              </span>
              <button type="button" className={small} onClick={() => move(i, -1)} disabled={i === 0} aria-label={`Move ${p.title} up`}>Up</button>
              <button type="button" className={small} onClick={() => move(i, 1)} disabled={i === picked.length - 1} aria-label={`Move ${p.title} down`}>Down</button>
              <button type="button" className={small} onClick={() => setPicked(picked.filter((x) => x.id !== p.id))} aria-label={`Remove ${p.title}`}>Remove</button>
            </li>
          ))}
        </ol>
        <div className="flex flex-wrap items-end gap-2">
          <div className="flex-1">
            <label htmlFor="product-search" className="block text-sm font-medium">Find products to add</label>
            <input
              id="product-search"
              type="search"
              value={query}
              onChange={(e) => setQuery(e.target.value)}
              onKeyDown={(e) => {
                if (e.key === "Enter") {
                  e.preventDefault();
                  void runSearch();
                }
              }}
              className="mt-1 block w-full rounded-md border border-gray-300 px-3 py-2 text-sm"
            />
          </div>
          <button type="button" onClick={() => void runSearch()} disabled={searching} className="rounded-md border border-gray-300 bg-white px-4 py-2 text-sm font-medium hover:bg-gray-100">
            {searching ? "Searching…" : "Search"}
          </button>
        </div>
        <div aria-live="polite">
          {searchMessage ? <p className="text-sm text-gray-700">{searchMessage}</p> : null}
          {results?.length ? (
            <ul className="divide-y divide-gray-100 rounded-md border border-gray-200" aria-label="Search results">
              {results.map((p) => {
                const added = picked.some((x) => x.id === p.id);
                return (
                  <li key={p.id} className="flex items-center justify-between gap-2 px-3 py-2 text-sm">
                    <span>{p.title}</span>
                    <button type="button" className={small} disabled={added} onClick={() => setPicked([...picked, p])} aria-label={added ? `${p.title} is in the collection` : `Add ${p.title}`}>
                      {added ? "Added" : "Add"}
                    </button>
                  </li>
                );
              })}
            </ul>
          ) : null}
        </div>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700 disabled:opacity-60">
        {pending ? "Saving…" : submitLabel}
      </button>
    </form>
  );
}
