/** Shared class lists of the storefront (the store's colour comes from --store-primary). */
export const focusRing =
  "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-[var(--store-primary,#111827)]";

export const primaryButton = `inline-flex items-center justify-center rounded-md bg-[var(--store-primary,#111827)] px-4 py-2 text-sm font-semibold text-white hover:opacity-90 ${focusRing}`;

export const textLink = `font-medium text-[var(--store-primary,#111827)] underline-offset-4 hover:underline ${focusRing}`;

export const inputClass = `block w-full rounded-md border border-gray-300 px-3 py-2 text-base sm:text-sm ${focusRing}`;
