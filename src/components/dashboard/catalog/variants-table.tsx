"use client";

export type TVariantRow = {
  id: string;
  sku: string;
  title: string;
  optionValues: string[];
  price: string;
  compareAtPrice: string | null;
  weightGrams: number | null;
  barcode: string | null;
  trackInventory: boolean;
};

const cell = "block w-full min-w-20 rounded border border-gray-300 px-2 py-1 text-sm aria-[invalid=true]:border-red-600";

/**
 * The editable variants of a product, submitted with the product form as
 * variants.N.field inputs (option values travel as JSON in a hidden input).
 */
export function VariantsTable({ variants, currency, errors }: { variants: TVariantRow[]; currency: string; errors: Record<string, string> }) {
  const sectionError = errors.variants;
  const cellError = (i: number, field: string) => errors[`variants.${i}.${field}`];
  const input = (i: number, field: string, label: string, value: string | number | null, extra: React.InputHTMLAttributes<HTMLInputElement> = {}) => {
    const error = cellError(i, field);
    return (
      <td className="px-2 py-1 align-top">
        <input name={`variants.${i}.${field}`} aria-label={label} defaultValue={value ?? ""} aria-invalid={error ? true : undefined} className={cell} {...extra} />
        {error ? <p className="mt-1 text-xs text-red-700">{error}</p> : null}
      </td>
    );
  };
  return (
    <div className="space-y-2">
      <input type="hidden" name="variantCount" value={variants.length} />
      {sectionError && !Object.keys(errors).some((k) => /^variants\.\d+\.(sku|price|compareAtPrice|weightGrams|barcode)$/.test(k)) ? (
        <p className="text-sm text-red-700">{sectionError}</p>
      ) : null}
      <div className="overflow-x-auto rounded-md border border-gray-200">
        <table className="min-w-full divide-y divide-gray-200 text-sm">
          <caption className="sr-only">Variants</caption>
          <thead className="bg-gray-50 text-left">
            <tr>
              <th scope="col" className="px-2 py-2 font-semibold">Variant</th>
              <th scope="col" className="px-2 py-2 font-semibold">SKU</th>
              <th scope="col" className="px-2 py-2 font-semibold">Price ({currency})</th>
              <th scope="col" className="px-2 py-2 font-semibold">Compare-at</th>
              <th scope="col" className="px-2 py-2 font-semibold">Weight (g)</th>
              <th scope="col" className="px-2 py-2 font-semibold">Barcode</th>
              <th scope="col" className="px-2 py-2 font-semibold">Track inventory</th>
            </tr>
          </thead>
          <tbody className="divide-y divide-gray-100">
            {variants.map((v, i) => (
              <tr key={v.id}>
                <th scope="row" className="px-2 py-1 text-left font-medium">
                  {v.title}
                  <input type="hidden" name={`variants.${i}.optionValues`} value={JSON.stringify(v.optionValues)} />
                </th>
                {input(i, "sku", `SKU of ${v.title}`, v.sku, { maxLength: 64 })}
                {input(i, "price", `Price of ${v.title}`, v.price, { inputMode: "decimal" })}
                {input(i, "compareAtPrice", `Compare-at price of ${v.title}`, v.compareAtPrice, { inputMode: "decimal" })}
                {input(i, "weightGrams", `Weight in grams of ${v.title}`, v.weightGrams, { inputMode: "numeric" })}
                {input(i, "barcode", `Barcode of ${v.title}`, v.barcode, { maxLength: 64 })}
                <td className="px-2 py-1 text-center align-top">
                  <input type="checkbox" name={`variants.${i}.trackInventory`} aria-label={`Track inventory of ${v.title}`} defaultChecked={v.trackInventory} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </div>
  );
}
