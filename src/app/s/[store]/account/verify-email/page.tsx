import type { Metadata } from "next";
import { VerifyEmailForm } from "@/components/storefront/account/verify-email-form";
import { loadStore } from "../../load-store";
import { verifyEmailAction } from "../auth-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Verify your email", referrer: "no-referrer" };

type TProps = { params: Promise<{ store: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function CustomerVerifyEmailPage({ params, searchParams }: TProps) {
  const store = await loadStore(params);
  const raw = (await searchParams).token;
  const token = (Array.isArray(raw) ? raw[0] : raw) ?? "";
  return (
    <main className="mx-auto max-w-sm px-4 py-12">
      <h1 className="text-2xl font-bold">Verify your email</h1>
      <p className="mt-2 text-sm text-gray-600">Confirm that this email address belongs to your {store.name} account.</p>
      <VerifyEmailForm action={verifyEmailAction} token={token} />
    </main>
  );
}
