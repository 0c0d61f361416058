import type { Metadata } from "next";
import { LoginForm } from "@/components/platform/login-form";

export const metadata: Metadata = { title: "Sign in | ECOM" };

function safeCallback(value: string | string[] | undefined): string {
  const v = Array.isArray(value) ? value[0] : value;
  // Only same-site paths: never redirect to another host after sign-in.
  return v && v.startsWith("/") && !v.startsWith("//") ? v : "/admin";
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const params = await searchParams;
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4">
      <h1 className="text-2xl font-bold">Sign in to ECOM</h1>
      <LoginForm callbackUrl={safeCallback(params.callbackUrl)} />
    </main>
  );
}
