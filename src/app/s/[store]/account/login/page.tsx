import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { env } from "@/env";
import { CustomerLoginForm } from "@/components/storefront/account/login-form";
import { getCustomerActor } from "@/server/http";
import { loadStore } from "../../load-store";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Sign in" };

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

/** Only paths on this host: never send a customer to another site after sign-in. */
function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  return v && v.startsWith("/") && !v.startsWith("//") && !v.startsWith("/\\") ? v : "/account";
}

export default async function CustomerLoginPage({ params, searchParams }: TProps) {
  const store = await loadStore(params);
  const query = await searchParams;
  const callbackUrl = safeCallback(query.callbackUrl);
  if (await getCustomerActor()) redirect(callbackUrl);
  const lockMinutes = Math.max(1, Math.ceil(env().SIGNIN_LOCK_SECONDS / 60));
  return (
    <main className="mx-auto max-w-sm px-4 py-12">
      <h1 className="text-2xl font-bold">Sign in to {store.name}</h1>
      <p className="mt-2 text-sm text-gray-600">Your account here is separate from accounts at other stores.</p>
      {query.error === "RateLimited" ? (
        <p role="alert" className="mt-4 rounded-md bg-red-50 px-3 py-2 text-sm text-red-800">
          Too many attempts; try again in {lockMinutes} {lockMinutes === 1 ? "minute" : "minutes"}.
        </p>
      ) : null}
      <CustomerLoginForm callbackUrl={callbackUrl} lockMinutes={lockMinutes} />
      <p className="mt-6 text-sm">
        New here?{" "}
        <Link href="/account/register" className="font-medium underline">
          Create an account
        </Link>
      </p>
    </main>
  );
}
