"use client";

import { startTransition, useActionState, useState } from "react";
import { FormMessage, SelectField, TextField } from "../fields";
import { IDLE, type TFormAction } from "../form-state";
import { TextAreaField } from "./text-area-field";
import { uploadMedia } from "./upload-media";
import { VariantsTable, type TVariantRow } from "./variants-table";

export type TProductFormData = {
  id: string;
  title: string;
  handle: string;
  description: string;
  type: string;
  status: string;
  vendor: string | null;
  tags: string[];
  seoTitle: string | null;
  seoDescription: string | null;
  categoryIds: string[];
  options: { name: string; values: string[] }[];
  serviceDurationMinutes: number | null;
  digitalMediaId: string | null;
  variants: TVariantRow[];
};

type TProps = {
  action: TFormAction;
  storeSlug: string;
  currency: string;
  categories: { id: string; label: string }[];
  /** Absent for a new product. */
  product?: TProductFormData;
  /** The stored name of the digital product's file, when it has one. */
  digitalFileName?: string | null;
};

const TYPES = [
  { value: "PHYSICAL", label: "Physical" },
  { value: "DIGITAL", label: "Digital" },
  { value: "SERVICE", label: "Service" },
];
const STATUSES = [
  { value: "DRAFT", label: "Draft" },
  { value: "ACTIVE", label: "Active" },
  { value: "ARCHIVED", label: "Archived" },
];
const button = "rounded-md px-4 py-2 text-sm font-medium focus:outline-none focus-visible:ring-2 focus-visible:ring-blue-600 focus-visible:ring-offset-2 disabled:opacity-60";

/**
 * The product editor, for new and existing products. A new product's variants are generated
 * from its options, base SKU and price when it is created; an existing product shows its
 * variants table (saved with "Save product") and can regenerate them ("Generate variants").
 * Submitted by hand rather than as a form action, so a refused form keeps what was typed.
 */
export function ProductForm({ action, storeSlug, currency, categories, product, digitalFileName }: TProps) {
  const [state, dispatch, pending] = useActionState(action, IDLE);
  const [type, setType] = useState(product?.type ?? "PHYSICAL");
  const [file, setFile] = useState<{ id: string; name: string | null } | null>(product?.digitalMediaId ? { id: product.digitalMediaId, name: digitalFileName ?? null } : null);
  const [fileMessage, setFileMessage] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const err = (path: string) => state.fieldErrors?.[path];
  const isNew = !product;

  function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null;
    const data = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(data));
  }

  async function onFileChosen(event: React.ChangeEvent<HTMLInputElement>) {
    const chosen = event.target.files?.[0];
    if (!chosen) return;
    setUploading(true);
    setFileMessage(null);
    const result = await uploadMedia(storeSlug, chosen, "file");
    setUploading(false);
    if (result.ok) setFile({ id: result.media.id, name: result.media.filename ?? chosen.name });
    else setFileMessage(result.message);
    event.target.value = "";
  }

  return (
    <form onSubmit={onSubmit} className="mt-6 space-y-8" noValidate aria-busy={pending}>
      <FormMessage state={state} />
      <section aria-labelledby="product-basics" className="space-y-4">
        <h2 id="product-basics" className="text-lg font-semibold">Details</h2>
        <TextField name="title" label="Title" required maxLength={255} defaultValue={product?.title} state={state} />
        <TextField name="handle" label="Handle" maxLength={150} defaultValue={product?.handle} state={state} hint="The product's address on the storefront (/products/handle). Left empty, it is made from the title." />
        <TextAreaField name="description" label="Description" rows={8} defaultValue={product?.description} error={err("description")} hint="Markdown: **bold**, *italic*, lists and links. Shown sanitised on the storefront." />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField name="type" label="Type" options={TYPES} defaultValue={type} state={state} onChange={(e) => setType(e.target.value)} />
          <SelectField name="status" label="Status" options={STATUSES} defaultValue={product?.status ?? "DRAFT"} state={state} />
          <TextField name="vendor" label="Vendor" maxLength={120} defaultValue={product?.vendor ?? ""} state={state} />
        </div>
        <TextField name="tags" label="Tags" defaultValue={product?.tags.join(", ")} state={state} hint="Separate tags with commas." />
        {type === "SERVICE" ? (
          <TextField name="serviceDurationMinutes" label="Service duration (minutes)" type="number" min={5} max={1440} defaultValue={product?.serviceDurationMinutes ?? ""} state={state} />
        ) : null}
        {type === "DIGITAL" ? (
          <div>
            <input type="hidden" name="digitalMediaId" value={file?.id ?? ""} />
            <label htmlFor="digital-file" className="block text-sm font-medium text-gray-900">Digital file</label>
            <p id="digital-file-hint" className="mt-1 text-xs text-gray-600">
              {file ? `Attached: ${file.name ?? file.id}. Choose another file to replace it.` : "No file attached yet. Buyers receive it after purchase."}
            </p>
            <input id="digital-file" type="file" aria-describedby="digital-file-hint" onChange={onFileChosen} disabled={uploading} className="mt-1 block text-sm" />
            {uploading ? <p role="status" className="mt-1 text-sm">Uploading…</p> : null}
            {fileMessage || err("digitalMediaId") ? <p className="mt-1 text-sm text-red-700">{fileMessage ?? err("digitalMediaId")}</p> : null}
          </div>
        ) : null}
      </section>

      <section aria-labelledby="product-categories" className="space-y-2">
        <h2 id="product-categories" className="text-lg font-semibold">Categories</h2>
        {categories.length ? (
          <div>
            <label htmlFor="field-categoryIds" className="block text-sm font-medium">Categories</label>
            <select id="field-categoryIds" name="categoryIds" multiple size={Math.min(8, Math.max(3, categories.length))} defaultValue={product?.categoryIds ?? []} aria-describedby="categoryIds-hint" className="mt-1 block w-full max-w-md rounded-md border border-gray-300 px-2 py-1 text-sm">
              {categories.map((c) => <option key={c.id} value={c.id}>{c.label}</option>)}
            </select>
            <p id="categoryIds-hint" className="mt-1 text-xs text-gray-600">Hold Ctrl (or ⌘) to choose several.</p>
            {err("categoryIds") ? <p className="mt-1 text-sm text-red-700">{err("categoryIds")}</p> : null}
          </div>
        ) : (
          <p className="text-sm text-gray-600">This store has no categories yet.</p>
        )}
      </section>

      <section aria-labelledby="product-options" className="space-y-3">
        <h2 id="product-options" className="text-lg font-semibold">Options</h2>
        <p className="text-sm text-gray-600">Up to three options, such as Size or Colour, each with its values separated by commas.</p>
        {err("options") && !err("options.0.name") && !err("options.0.values") ? <p className="text-sm text-red-700">{err("options")}</p> : null}
        {[0, 1, 2].map((i) => (
          <fieldset key={i} className="grid gap-3 sm:grid-cols-3">
            <legend className="sr-only">Option {i + 1}</legend>
            <TextField id={`option-${i}-name`} name={`options.${i}.name`} label={`Option ${i + 1} name`} maxLength={50} defaultValue={product?.options[i]?.name ?? ""} state={state} />
            <div className="sm:col-span-2">
              <TextField id={`option-${i}-values`} name={`options.${i}.values`} label={`Option ${i + 1} values`} defaultValue={product?.options[i]?.values.join(", ") ?? ""} state={state} hint={i === 0 ? "For example: S, M, L" : undefined} />
            </div>
          </fieldset>
        ))}
      </section>

      <section aria-labelledby="product-variants" className="space-y-3">
        <h2 id="product-variants" className="text-lg font-semibold">Variants</h2>
        {product ? <VariantsTable variants={product.variants} currency={currency} errors={state.fieldErrors ?? {}} /> : null}
        <fieldset className="space-y-3 rounded-md border border-gray-200 p-4">
          <legend className="px-1 text-sm font-medium">{isNew ? "Variants to create" : "Generate variants"}</legend>
          <p className="text-sm text-gray-600">
            {isNew
              ? "One variant is created for each combination of option values, with SKUs made from the base SKU (e.g. TEE-M-Red) and this price."
              : "Replaces the variants with one per combination of the options above. Unchanged SKUs keep their variant."}
          </p>
          <div className="grid gap-3 sm:grid-cols-3">
            <TextField name="sku" label="Base SKU" maxLength={64} state={state} />
            <TextField name="price" label={`Price (${currency})`} inputMode="decimal" state={state} />
            <TextField name="compareAtPrice" label={`Compare-at price (${currency})`} inputMode="decimal" state={state} />
          </div>
          {product ? (
            <button type="submit" name="intent" value="generate" disabled={pending} className={`${button} border border-gray-300 bg-white hover:bg-gray-100`}>
              Generate variants
            </button>
          ) : null}
        </fieldset>
      </section>

      <section aria-labelledby="product-seo" className="space-y-4">
        <h2 id="product-seo" className="text-lg font-semibold">Search engines</h2>
        <TextField name="seoTitle" label="SEO title" maxLength={70} defaultValue={product?.seoTitle ?? ""} state={state} hint="At most 70 characters; the title is used when empty." />
        <TextAreaField name="seoDescription" label="SEO description" rows={3} maxLength={320} defaultValue={product?.seoDescription ?? ""} error={err("seoDescription")} />
      </section>

      <button type="submit" name="intent" value="save" disabled={pending} className={`${button} bg-gray-900 text-white hover:bg-gray-700`}>
        {pending ? "Saving…" : isNew ? "Create product" : "Save product"}
      </button>
    </form>
  );
}
