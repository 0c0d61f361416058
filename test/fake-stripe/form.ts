/**
 * Decodes the bodies the Stripe SDK sends (application/x-www-form-urlencoded with bracketed
 * keys: `metadata[orderId]=...`, `controller[fees][payer]=account`, `expand[0]=...`) into
 * nested objects and arrays, the way Stripe's API reads them.
 */
export type TFormValue = string | TFormValue[] | { [key: string]: TFormValue };
export type TFormObject = { [key: string]: TFormValue };

function arrayify(value: TFormValue): TFormValue {
  if (typeof value === "string" || Array.isArray(value)) return value;
  const keys = Object.keys(value);
  const entries = keys.map((k) => [k, arrayify(value[k]!)] as const);
  if (keys.length > 0 && keys.every((k, i) => k === String(i))) return entries.map(([, v]) => v);
  return Object.fromEntries(entries);
}

export function decodeForm(text: string): TFormObject {
  const root: TFormObject = {};
  for (const [rawKey, value] of new URLSearchParams(text)) {
    const parts = rawKey.replace(/\]/g, "").split("[");
    let node: TFormObject = root;
    parts.forEach((part, i) => {
      const key = part === "" ? String(Object.keys(node).length) : part;
      if (i === parts.length - 1) {
        node[key] = value;
      } else {
        const next = node[key];
        node = (typeof next === "object" && !Array.isArray(next) ? next : (node[key] = {})) as TFormObject;
      }
    });
  }
  return arrayify(root) as TFormObject;
}

/** A stable text for comparing two requests' parameters (idempotency replays). */
export function canonicalParams(value: TFormValue | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "string") return JSON.stringify(value);
  if (Array.isArray(value)) return `[${value.map(canonicalParams).join(",")}]`;
  return `{${Object.keys(value)
    .sort()
    .map((k) => `${JSON.stringify(k)}:${canonicalParams(value[k])}`)
    .join(",")}}`;
}
