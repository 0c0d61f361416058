import { inputClass, primaryButton } from "./styles";

/** The storefront search box: a GET form to /search. */
export function SearchForm({ q = "", id = "search-q" }: { q?: string; id?: string }) {
  return (
    <form role="search" method="get" action="/search" className="flex w-full max-w-xl items-end gap-2">
      <div className="flex-1">
        <label htmlFor={id} className="block text-sm font-medium">
          Search products
        </label>
        <input id={id} name="q" type="search" defaultValue={q} maxLength={100} autoComplete="off" className={`mt-1 ${inputClass}`} />
      </div>
      <button type="submit" className={primaryButton}>
        Search
      </button>
    </form>
  );
}
