import Link from "next/link";
import { getCustomerActor } from "@/server/http";
import { SignOutButton } from "./sign-out-button";

/**
 * The storefront header's account links: "Sign in" / "Create account" for visitors, "My
 * account" and "Sign out" for a signed-in customer of this store. Reads the customer session
 * of the current host, so the page using it renders per request.
 */
export async function AccountNav() {
  const actor = await getCustomerActor();
  return (
    <nav aria-label="Account" className="flex items-center gap-4 text-sm font-medium">
      {actor ? (
        <>
          <Link href="/account" className="underline-offset-4 hover:underline">
            My account
          </Link>
          <SignOutButton className="underline-offset-4 hover:underline disabled:opacity-60" />
        </>
      ) : (
        <>
          <Link href="/account/login" className="underline-offset-4 hover:underline">
            Sign in
          </Link>
          <Link href="/account/register" className="underline-offset-4 hover:underline">
            Create account
          </Link>
        </>
      )}
    </nav>
  );
}
