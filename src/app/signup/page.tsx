import type { Metadata } from "next";
import { redirect } from "next/navigation";
import { SignupForm } from "@/components/onboarding/signup-form";
import { getPlatformActor } from "@/server/http";
import { ZNextPath } from "@/server/onboarding";
import { signUpAction } from "./actions";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Create your ECOM account" };

type TProps = { searchParams: Promise<Record<string, string | string[] | undefined>> };

export default async function SignupPage({ searchParams }: TProps) {
  const params = await searchParams;
  const next = ZNextPath.parse(Array.isArray(params.callbackUrl) ? params.callbackUrl[0] : params.callbackUrl);
  if (await getPlatformActor()) redirect(next ?? "/dashboard");
  const loginHref = `/login?callbackUrl=${encodeURIComponent(next ?? "/dashboard")}`;
  return (
    <main className="mx-auto flex min-h-screen max-w-sm flex-col justify-center px-4 py-10">
      <h1 className="text-2xl font-bold">Create your ECOM account</h1>
      <p className="mt-2 text-sm text-gray-600">Start selling: set up your account, verify your email, then create your store.</p>
      <SignupForm action={signUpAction} next={next} loginHref={loginHref} />
    </main>
  );
}
