import type { Metadata } from "next";
import Link from "next/link";
import { RegisterForm } from "@/components/storefront/account/register-form";
import { loadStore } from "../../load-store";
import { registerAction } from "../auth-actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create an account" };

export default async function CustomerRegisterPage({ params }: { params: Promise<{ store: string }> }) {
  const store = await loadStore(params);
  return (
    <main className="mx-auto max-w-sm px-4 py-12">
      <h1 className="text-2xl font-bold">Create your {store.name} account</h1>
      <p className="mt-2 text-sm text-gray-600">Save your addresses and manage your details. This account is for {store.name} only.</p>
      <RegisterForm action={registerAction} storeName={store.name} />
      <p className="mt-6 text-sm">
        Already have an account?{" "}
        <Link href="/account/login" className="font-medium underline">
          Sign in
        </Link>
      </p>
    </main>
  );
}
