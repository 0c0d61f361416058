import "server-only";

/**
 * Reads the product editor's fields into the catalog's product input (ZProductInput /
 * ZProductPatch validate it). Numbers stay strings when they are not whole numbers, so the
 * schema's message ("Whole grams only") reaches the field; empty optional numbers are null.
 */
const text = (fd: FormData, name: string) => String(fd.get(name) ?? "");
function whole(value: string): number | string | null {
  const v = value.trim();
  if (!v) return null;
  return /^-?\d+$/.test(v) ? Number(v) : v;
}

export function readOptions(fd: FormData) {
  return [0, 1, 2].flatMap((i) => {
    const name = text(fd, `options.${i}.name`).trim();
    const values = text(fd, `options.${i}.values`).split(",").map((v) => v.trim()).filter(Boolean);
    return name || values.length ? [{ name, values }] : [];
  });
}

function readVariants(fd: FormData) {
  const count = Number(text(fd, "variantCount")) || 0;
  return Array.from({ length: Math.min(count, 100) }, (_, i) => {
    const p = `variants.${i}`;
    let optionValues: unknown = [];
    try {
      optionValues = JSON.parse(text(fd, `${p}.optionValues`) || "[]");
    } catch {
      optionValues = [];
    }
    return {
      sku: text(fd, `${p}.sku`),
      optionValues,
      price: text(fd, `${p}.price`),
      compareAtPrice: text(fd, `${p}.compareAtPrice`),
      weightGrams: whole(text(fd, `${p}.weightGrams`)),
      barcode: text(fd, `${p}.barcode`),
      trackInventory: fd.get(`${p}.trackInventory`) === "on",
    };
  });
}

export type TProductIntent = "save" | "generate";

/**
 * The product fields of the form. `generate` (or a form without a variants table, i.e. a new
 * product) sends the base SKU and price so the server generates one variant per option
 * combination; `save` sends the edited variants table.
 */
export function readProductForm(fd: FormData, intent: TProductIntent) {
  const type = text(fd, "type");
  const common = {
    title: text(fd, "title"),
    handle: text(fd, "handle"),
    description: text(fd, "description"),
    type,
    status: text(fd, "status"),
    vendor: text(fd, "vendor"),
    tags: text(fd, "tags").split(",").map((t) => t.trim()).filter(Boolean),
    seoTitle: text(fd, "seoTitle"),
    seoDescription: text(fd, "seoDescription"),
    categoryIds: fd.getAll("categoryIds").map(String),
    options: readOptions(fd),
    serviceDurationMinutes: type === "SERVICE" ? whole(text(fd, "serviceDurationMinutes")) : null,
    digitalMediaId: type === "DIGITAL" ? text(fd, "digitalMediaId") : null,
  };
  const hasTable = fd.has("variantCount");
  if (intent === "generate" || !hasTable) {
    return { ...common, sku: text(fd, "sku"), price: text(fd, "price"), compareAtPrice: text(fd, "compareAtPrice") || undefined };
  }
  return { ...common, variants: readVariants(fd) };
}

/** The plain text fields echoed back when the form is refused (variants stay in the client's state). */
export const PRODUCT_TEXT_FIELDS = ["title", "handle", "description", "type", "status", "vendor", "tags", "seoTitle", "seoDescription", "sku", "price", "compareAtPrice", "serviceDurationMinutes", "digitalMediaId"] as const;
