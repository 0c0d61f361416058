import Link from "next/link";
import { CATEGORY_SORTS, type TCategoryPage, type TCategorySort } from "@/server/storefront";
import { focusRing, inputClass, primaryButton, textLink } from "./styles";

const SORT_LABELS: Record<TCategorySort, string> = {
  newest: "Newest",
  "price-asc": "Price: low to high",
  "price-desc": "Price: high to low",
};

type TProps = {
  action: string;
  page: Pick<TCategoryPage, "sort" | "facets" | "filters" | "errors" | "currency">;
  /** The prices as typed (shown again when they could not be used). */
  typed: { minPrice?: string; maxPrice?: string };
};

/**
 * Sort and filters as one GET form: the result is a plain URL (shareable, crawlable, works
 * without JavaScript). Option values are checkboxes named `o` with "Name:value".
 */
export function CategoryFilters({ action, page, typed }: TProps) {
  const checked = (name: string, value: string) => page.filters.options[name]?.includes(value) ?? false;
  const active = page.filters.minPrice !== null || page.filters.maxPrice !== null || Object.keys(page.filters.options).length > 0 || page.filters.inStock;
  return (
    <form method="get" action={action} aria-labelledby="filters-heading" className="space-y-6">
      <h2 id="filters-heading" className="text-base font-semibold">
        Sort and filter
      </h2>
      <div>
        <label htmlFor="sort" className="block text-sm font-medium">
          Sort by
        </label>
        <select id="sort" name="sort" defaultValue={page.sort} className={`mt-1 ${inputClass}`}>
          {CATEGORY_SORTS.map((sort) => (
            <option key={sort} value={sort}>
              {SORT_LABELS[sort]}
            </option>
          ))}
        </select>
      </div>
      <fieldset>
        <legend className="text-sm font-medium">Price ({page.currency})</legend>
        <div className="mt-1 grid grid-cols-2 gap-3">
          {(["minPrice", "maxPrice"] as const).map((field) => (
            <div key={field}>
              <label htmlFor={field} className="block text-xs text-gray-600">
                {field === "minPrice" ? "Minimum" : "Maximum"}
              </label>
              <input
                id={field}
                name={field}
                inputMode="decimal"
                autoComplete="off"
                defaultValue={page.filters[field] ?? typed[field] ?? ""}
                aria-invalid={page.errors[field] ? true : undefined}
                aria-describedby={page.errors[field] ? `${field}-error` : undefined}
                className={`mt-1 ${inputClass}`}
              />
              {page.errors[field] ? (
                <p id={`${field}-error`} className="mt-1 text-xs text-red-700">
                  {page.errors[field]}
                </p>
              ) : null}
            </div>
          ))}
        </div>
      </fieldset>
      <div>
        <label className="inline-flex cursor-pointer items-center gap-2 text-sm font-medium">
          <input type="checkbox" name="inStock" value="1" defaultChecked={page.filters.inStock} className={focusRing} />
          In stock only
        </label>
      </div>
      {page.facets.map((facet) => (
        <fieldset key={facet.name}>
          <legend className="text-sm font-medium">{facet.name}</legend>
          <ul className="mt-2 flex flex-wrap gap-2">
            {facet.values.map((value) => (
              <li key={value}>
                <label className="inline-flex cursor-pointer items-center gap-2 rounded-md border border-gray-300 px-3 py-1.5 text-sm has-[:checked]:border-[var(--store-primary,#111827)] has-[:checked]:font-semibold">
                  <input type="checkbox" name="o" value={`${facet.name}:${value}`} defaultChecked={checked(facet.name, value)} className={focusRing} />
                  {value}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
      ))}
      <div className="flex flex-wrap items-center gap-4">
        <button type="submit" className={primaryButton}>
          Apply
        </button>
        {active ? (
          <Link href={action} className={`text-sm ${textLink}`}>
            Clear filters
          </Link>
        ) : null}
      </div>
    </form>
  );
}
