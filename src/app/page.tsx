import Link from "next/link";

export const metadata = { title: "ECOM: commerce for every merchant" };

const features = [
  { title: "Your store, your domain", text: "Every merchant gets a storefront on its own subdomain or custom domain, isolated from every other store." },
  { title: "Sell anything", text: "Physical products, digital goods and bookable services, with card payments or cash on delivery." },
  { title: "Run it from one place", text: "Catalog, stock, orders, refunds, customers, support and analytics in one dashboard for you and your staff." },
  { title: "Built to hold up", text: "No lost orders or messages, no overselling, personal data encrypted, backups you can restore." },
];

export default function PlatformHome() {
  return (
    <div className="min-h-screen bg-gray-50">
      <header className="border-b border-gray-200 bg-white">
        <nav className="mx-auto flex max-w-6xl items-center justify-between px-4 py-4" aria-label="Main">
          <span className="text-xl font-bold">ECOM</span>
          <div className="flex items-center gap-3">
            <Link href="/login" className="rounded-md px-4 py-2 text-sm font-medium text-gray-900 hover:bg-gray-100">
              Sign in
            </Link>
            <Link href="/signup" className="rounded-md bg-gray-900 px-4 py-2 text-sm font-medium text-white hover:bg-gray-700">
              Start selling
            </Link>
          </div>
        </nav>
      </header>
      <main className="mx-auto max-w-6xl px-4 py-16">
        <h1 className="max-w-3xl text-4xl font-bold tracking-tight sm:text-5xl">The commerce platform merchants pick</h1>
        <p className="mt-6 max-w-2xl text-lg text-gray-600">
          ECOM runs many online stores on one platform. Each merchant gets a fast, installable storefront and a dashboard
          for everything a real shop needs.
        </p>
        <Link href="/signup" className="mt-8 inline-block rounded-md bg-gray-900 px-6 py-3 font-medium text-white hover:bg-gray-700">
          Create your store
        </Link>
        <section aria-labelledby="features" className="mt-14">
          <h2 id="features" className="sr-only">
            Features
          </h2>
          <ul className="grid gap-6 sm:grid-cols-2">
            {features.map((f) => (
              <li key={f.title} className="rounded-lg border border-gray-200 bg-white p-6">
                <h3 className="font-semibold">{f.title}</h3>
                <p className="mt-2 text-gray-600">{f.text}</p>
              </li>
            ))}
          </ul>
        </section>
      </main>
    </div>
  );
}
