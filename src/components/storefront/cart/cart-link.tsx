"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { useEffect, useState } from "react";
import { SESSION_CHANGED_EVENT } from "@/components/storefront/account/sign-out-button";
import { CART_CHANGED_EVENT, type TCartChangedDetail } from "./cart-events";

type TSession = { cart?: { itemCount?: unknown } | null };

/**
 * The header's "Cart (N)" link. The header belongs to cached pages shared by every shopper, so
 * the count is asked for in the browser (GET /api/v1/storefront/session, never cached): after
 * each navigation, after signing in or out, and when the cart changes on this page
 * (CART_CHANGED_EVENT, whose detail may already carry the new count).
 */
export function CartLink({ className }: { className?: string }) {
  const pathname = usePathname();
  const [count, setCount] = useState<number | null>(null);
  const [changes, setChanges] = useState(0);
  useEffect(() => {
    const onSession = () => setChanges((n) => n + 1);
    const onCart = (event: Event) => {
      const detail = (event as CustomEvent<TCartChangedDetail>).detail;
      if (typeof detail?.itemCount === "number") setCount(detail.itemCount);
      else setChanges((n) => n + 1);
    };
    window.addEventListener(SESSION_CHANGED_EVENT, onSession);
    window.addEventListener(CART_CHANGED_EVENT, onCart);
    return () => {
      window.removeEventListener(SESSION_CHANGED_EVENT, onSession);
      window.removeEventListener(CART_CHANGED_EVENT, onCart);
    };
  }, []);
  useEffect(() => {
    const controller = new AbortController();
    fetch("/api/v1/storefront/session", { cache: "no-store", credentials: "same-origin", signal: controller.signal })
      .then((res) => (res.ok ? (res.json() as Promise<TSession>) : null))
      .then((session) => {
        const n = session?.cart?.itemCount;
        if (typeof n === "number" && Number.isInteger(n) && n >= 0) setCount(n);
      })
      .catch(() => undefined);
    return () => controller.abort();
  }, [pathname, changes]);
  return (
    <Link href="/cart" prefetch={false} className={className ?? "text-sm font-medium underline-offset-4 hover:underline"} data-testid="cart-link">
      Cart
      {count === null ? null : (
        <>
          {" ("}
          <span data-testid="cart-count">{count}</span>
          <span className="sr-only">{count === 1 ? " item" : " items"}</span>
          {")"}
        </>
      )}
    </Link>
  );
}
