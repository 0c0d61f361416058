import type { Metadata } from "next";
import Link from "next/link";
import { CartLineControls } from "@/components/storefront/cart/cart-line-controls";
import { CartSync } from "@/components/storefront/cart/cart-sync";
import { CART_HEADING_ID } from "@/components/storefront/cart/cart-types";
import { itemCountText, lineLabel } from "@/components/storefront/cart/line-label";
import { formatPrice } from "@/components/storefront/format-price";
import { ResponsiveImage } from "@/components/storefront/responsive-image";
import { focusRing, primaryButton, textLink } from "@/components/storefront/styles";
import { formatSlotTimes } from "@/server/catalog";
import { getCheckoutSettings } from "@/server/checkout";
import { productPath } from "@/server/storefront";
import { loadStore } from "../load-store";
import { removeCartLineAction, updateCartLineAction } from "./cart-actions";
import { currentShopper, loadShopperCart } from "./shopper-cart";

// Per shopper: reads the cart cookie and the session on every request, never cached.
export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Your cart", robots: { index: false } };

type TProps = { params: Promise<{ store: string }> };

export default async function CartPage({ params }: TProps) {
  const store = await loadStore(params);
  const shopper = await currentShopper();
  const [cart, settings] = await Promise.all([loadShopperCart(shopper), getCheckoutSettings(store.id)]);
  const lines = cart?.lines ?? [];
  const count = cart?.itemCount ?? 0;
  return (
    <main className="mx-auto max-w-5xl px-4 py-8 sm:py-10">
      <h1 id={CART_HEADING_ID} tabIndex={-1} className="text-2xl font-bold focus:outline-none">
        Your cart
      </h1>
      <p aria-live="polite" className="sr-only">
        {`${itemCountText(count)} in your cart`}
      </p>
      <CartSync itemCount={count} lineCount={lines.length} />
      {!cart || lines.length === 0 ? (
        <div className="mt-6 rounded-md border border-gray-200 p-6 text-center" data-testid="cart-empty">
          <p className="text-gray-700">Your cart is empty.</p>
          <Link href="/" className={`mt-4 ${primaryButton}`}>
            Continue shopping
          </Link>
        </div>
      ) : (
        <div className="mt-6 grid gap-8 lg:grid-cols-[1fr_20rem]">
          <section aria-labelledby="cart-lines-heading">
            <h2 id="cart-lines-heading" className="sr-only">
              Items
            </h2>
            <ul className="divide-y divide-gray-200 border-y border-gray-200" data-testid="cart-lines">
              {lines.map((line) => {
                const label = lineLabel(line);
                const problemsId = line.problems.length ? `line-${line.id}-problems` : undefined;
                const slot = line.slot ? formatSlotTimes(line.slot, store.timeZone) : null;
                return (
                  <li key={line.id} className="flex gap-4 py-4" data-testid="cart-line" aria-label={label}>
                    <div className="h-20 w-20 shrink-0 overflow-hidden rounded-md bg-gray-100 sm:h-24 sm:w-24">
                      {line.image ? (
                        <ResponsiveImage media={{ ...line.image, height: null }} alt="" sizes="96px" className="h-full w-full object-cover" />
                      ) : null}
                    </div>
                    <div className="min-w-0 flex-1 space-y-2">
                      <div className="flex flex-wrap items-baseline justify-between gap-x-4 gap-y-1">
                        <div className="min-w-0">
                          <h3 className="font-medium">
                            <Link href={productPath(line.productHandle)} prefetch={false} className={`hover:underline ${focusRing}`}>
                              {line.title}
                            </Link>
                          </h3>
                          {line.variantTitle && line.variantTitle !== "Default" ? <p className="text-sm text-gray-600">{line.variantTitle}</p> : null}
                          {slot ? (
                            <p className="text-sm text-gray-600">
                              <time dateTime={line.slot!.startsAt.toISOString()}>{slot.start}</time> – {slot.end}
                            </p>
                          ) : null}
                          <p className="text-sm text-gray-600">
                            <span className="sr-only">Unit price </span>
                            {formatPrice(line.unitPrice, cart.currency)} each
                          </p>
                        </div>
                        <p className="font-semibold tabular-nums" data-testid="line-total">
                          <span className="sr-only">Line total </span>
                          {formatPrice(line.lineTotal, cart.currency)}
                        </p>
                      </div>
                      {line.problems.length ? (
                        <ul id={problemsId} className="space-y-1 text-sm font-medium text-red-700" data-testid="line-problems">
                          {line.problems.map((p) => (
                            <li key={p.code}>{p.message}</li>
                          ))}
                        </ul>
                      ) : null}
                      <CartLineControls
                        updateAction={updateCartLineAction.bind(null, line.id)}
                        removeAction={removeCartLineAction.bind(null, line.id)}
                        quantity={line.quantity}
                        max={cart.maxLineQuantity}
                        label={label}
                        describedBy={problemsId}
                      />
                    </div>
                  </li>
                );
              })}
            </ul>
          </section>
          <section aria-labelledby="cart-summary-heading" className="h-fit space-y-4 rounded-md border border-gray-200 p-4">
            <h2 id="cart-summary-heading" className="text-lg font-semibold">
              Summary
            </h2>
            <dl className="flex items-baseline justify-between">
              <dt>Subtotal ({itemCountText(count)})</dt>
              <dd className="font-semibold tabular-nums" data-testid="cart-subtotal">
                {formatPrice(cart.subtotal, cart.currency)}
              </dd>
            </dl>
            <p className="text-sm text-gray-600">
              {settings.pricesIncludeTax ? "Prices include tax. " : "Tax is added at checkout. "}
              {cart.requiresShipping ? "Shipping is calculated at checkout." : "Nothing in your cart needs shipping."}
            </p>
            {cart.hasProblems ? (
              <>
                <p id="cart-blocked" role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
                  Some items above cannot be ordered as they are. Change or remove them to check out.
                </p>
                <span aria-disabled="true" aria-describedby="cart-blocked" className={`${primaryButton} w-full cursor-not-allowed opacity-60`}>
                  Checkout
                </span>
              </>
            ) : (
              <Link href="/checkout" prefetch={false} className={`${primaryButton} min-h-11 w-full`}>
                Checkout
              </Link>
            )}
            <Link href="/" className={`block text-center text-sm ${textLink}`}>
              Continue shopping
            </Link>
          </section>
        </div>
      )}
    </main>
  );
}
