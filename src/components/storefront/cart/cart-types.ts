/** What the add-to-cart server action answers (plain data: it crosses to the browser). */
export type TAddToCartResult =
  | { ok: true; itemCount: number; message: string }
  | {
      ok: false;
      /** The domain's code: OUT_OF_STOCK, VALIDATION_FAILED, NOT_FOUND ... */
      code: string;
      message: string;
      /** Messages by input: variantId, quantity, slotId. */
      fieldErrors: Record<string, string>;
    };

export type TAddToCartInput = { variantId: string; quantity: string; slotId?: string };

/** The state of a cart line's quantity form (useActionState). */
export type TCartLineState = { ok: boolean; error?: string; message?: string; itemCount?: number; quantity?: string };

export const INITIAL_CART_LINE_STATE: TCartLineState = { ok: false };

/** The cart page's heading: focus goes there after a line is removed (its controls are gone). */
export const CART_HEADING_ID = "cart-heading";
