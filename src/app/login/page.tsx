import type { Metadata } from "next";
import Link from "next/link";
import { LoginForm } from "@/components/platform/login-form";

export const metadata: Metadata = { title: "Sign in | ECOM" };

function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  // Only same-site paths: never redirect to another host after sign-in.
  return v && v.startsWith("/") && !v.startsWith("//") ? v : "/dashboard";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4">
      <h1 className="text-2xl font-bold">Sign in to ECOM</h1>
      <LoginForm callbackUrl={safeCallback(params.callbackUrl)} />
      <p className="mt-6 flex justify-between text-sm">
        <Link href="/forgot-password" className="text-gray-700 underline">
          Forgot password?
        </Link>
        <Link href={`/signup${params.callbackUrl ? `?callbackUrl=${encodeURIComponent(safeCallback(params.callbackUrl))}` : ""}`} className="text-gray-700 underline">
          Create an account
        </Link>
      </p>
    </main>
  );
}
