"use client";

import { useEffect, useRef } from "react";
import { announceCartChange } from "./cart-events";
import { CART_HEADING_ID } from "./cart-types";

/**
 * Keeps the rest of the page in step with the cart page as the server re-renders it after each
 * change (these forms post to server actions and work without scripts, so the page itself is
 * the source of truth): the header's count follows, and when a line disappears with the focus
 * on its own Remove button, focus moves to the cart's heading instead of being lost.
 */
export function CartSync({ itemCount, lineCount }: { itemCount: number; lineCount: number }) {
  const previous = useRef<{ itemCount: number; lineCount: number } | null>(null);
  useEffect(() => {
    const before = previous.current;
    previous.current = { itemCount, lineCount };
    if (!before) return;
    if (before.itemCount !== itemCount) announceCartChange(itemCount);
    const focusLost = !document.activeElement || document.activeElement === document.body;
    if (lineCount < before.lineCount && focusLost) document.getElementById(CART_HEADING_ID)?.focus();
  }, [itemCount, lineCount]);
  return null;
}
