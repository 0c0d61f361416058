// /account/export on the store host ("Download my data") is the same download as the
// storefront API's GET /api/v1/storefront/account/export.
export { GET } from "@/app/api/v1/storefront/account/export/route";

export const dynamic = "force-dynamic";
