import type { Metadata } from "next";
import { requireStaffPage } from "@/server/http";
import { COLUMNS, MAX_CSV_BYTES, MAX_IMPORT_ROWS } from "@/server/catalog-csv";
import { ImportForm } from "./import-form";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Import products" };

type TProps = { params: Promise<{ store: string }> };

/** Upload a CSV, read the dry-run report, then apply it all at once with a progress bar. */
export default async function ImportProductsPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "catalog:write");
  const storeSlug = staff.store.slug;
  return (
    <main className="space-y-8">
      <section aria-labelledby="import-heading">
        <h1 id="import-heading" className="text-2xl font-bold">
          Import products
        </h1>
        <p className="mt-1 max-w-prose text-sm text-gray-600">
          One row per variant; the product&apos;s columns are repeated on each row of its handle. A product whose handle exists is updated (its
          variants are matched by SKU), a new handle creates a product, and products not in the file are left alone. Checking a file writes
          nothing; applying it writes everything or, if anything fails, nothing. At most {MAX_IMPORT_ROWS.toLocaleString("en")} rows and{" "}
          {MAX_CSV_BYTES / 1024 / 1024} MB, UTF-8.
        </p>
        <p className="mt-3 text-sm">
          <a href={`/dashboard/${storeSlug}/products/export`} className="font-medium text-blue-700 underline hover:text-blue-900" download>
            Export all products as CSV
          </a>{" "}
          <span className="text-gray-600">(edit it and import it again; open it in a spreadsheet as text, so SKUs and barcodes keep their leading zeros).</span>
        </p>
        <details className="mt-3 max-w-prose text-sm text-gray-700">
          <summary className="cursor-pointer font-medium">Columns</summary>
          <p className="mt-2 font-mono text-xs break-words">{COLUMNS.join(", ")}</p>
          <p className="mt-2">
            handle, title, sku and price are required. Categories are category handles separated by &quot;|&quot;; prices are decimal amounts in the
            store&apos;s currency; track_inventory is true or false.
          </p>
        </details>
      </section>
      <ImportForm storeSlug={storeSlug} />
    </main>
  );
}
