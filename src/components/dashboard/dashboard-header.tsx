import Link from "next/link";
import { SignOutButton } from "./sign-out-button";
import { StoreSwitcher } from "./store-switcher";

/** The dashboard's top bar: home, store switcher, account and sign-out. */
export function DashboardHeader({ userName, stores }: { userName: string; stores: { slug: string; name: string }[] }) {
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-4 px-4 py-3">
        <Link href="/dashboard" className="font-bold">
          ECOM
        </Link>
        <StoreSwitcher stores={stores} />
        <div className="ml-auto flex items-center gap-3">
          <Link href="/dashboard/account" className="text-sm text-gray-700 hover:underline">
            <span className="sr-only">Account settings for </span>
            {userName}
          </Link>
          <SignOutButton />
        </div>
      </div>
    </header>
  );
}
