import Link from "next/link";
import { ResponsiveImage } from "@/components/storefront/responsive-image";
import { categoryPath, type TCategoryLink, type TMediaRef } from "@/server/storefront";

const onHeader = "focus-visible:outline-2 focus-visible:outline-offset-2 focus-visible:outline-white";

/** The merchant's announcement above the header (plain text, at most 200 characters). */
export function AnnouncementBar({ text }: { text: string | null }) {
  if (!text) return null;
  return (
    <aside aria-label="Announcement" className="bg-gray-900 px-4 py-2 text-center text-sm text-white" data-testid="announcement">
      <p>{text}</p>
    </aside>
  );
}

/** The store logo beside the store name; decorative (the name next to it is the link text). */
export function StoreLogo({ logo }: { logo: TMediaRef | null }) {
  if (!logo) return null;
  return (
    <span className="block h-10 w-10 shrink-0 overflow-hidden rounded bg-white">
      <ResponsiveImage media={logo} alt="" sizes="40px" className="h-full w-full object-contain" />
    </span>
  );
}

/** Top-level categories and search as the main navigation (scrolls sideways on phones). */
export function CategoryNav({ categories }: { categories: TCategoryLink[] }) {
  return (
    <nav aria-label="Categories" className="border-t border-white/20">
      <ul className="mx-auto flex max-w-6xl gap-5 overflow-x-auto px-4 py-2 text-sm font-medium">
        {categories.map((c) => (
          <li key={c.id} className="shrink-0">
            <Link href={categoryPath(c.handle)} className={`rounded-sm underline-offset-4 hover:underline ${onHeader}`}>
              {c.name}
            </Link>
          </li>
        ))}
        <li className="shrink-0">
          <Link href="/search" className={`rounded-sm underline-offset-4 hover:underline ${onHeader}`}>
            Search
          </Link>
        </li>
      </ul>
    </nav>
  );
}
