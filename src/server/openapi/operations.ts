import { z } from "zod";
import {
  ZCategoryInput,
  ZCategoryPatch,
  ZCollectionInput,
  ZCollectionPatch,
  ZIdParams,
  ZProductInput,
  ZProductListQuery,
  ZProductPatch,
  ZSetProductsStatusInput,
} from "@/server/catalog/catalog.schemas";
import { ZImportQuery } from "@/server/catalog-csv/catalog-csv.schemas";
import { ZAddCartLineInput, ZCartIdParams, ZCartLineParams, ZCreateCartBody, ZUpdateCartLineInput } from "@/server/cart/cart.schemas";
import { ZCheckoutInput, ZCheckoutQuoteQuery, ZShippingRatesQuery } from "@/server/checkout/checkout.schemas";
import { ZInventoryQuery, ZStockAdjustmentInput } from "@/server/inventory/inventory.schemas";
import { ZOrderIdParams, ZOrderListQuery, ZOrderStatusQuery } from "@/server/orders/orders.schemas";
import { ZCustomerAccountPatch, ZCustomerIdParams, ZCustomerListQuery, ZDeleteAccountApiBody, ZRegisterCustomerInput, ZStorefrontSession } from "@/server/customers/customers.schemas";
import { ZRedriveEventsInput } from "@/server/events/events.schemas";
import { ZMediaIdParams, ZMediaListQuery, ZUploadMediaFields, ZUpdateMediaInput } from "@/server/media/media.schemas";
import { ZUpdateStoreSettingsInput } from "@/server/onboarding/onboarding.schemas";
import { ZApiCategoryTree, ZApiHandleParams, ZApiProduct, ZApiProductList, ZApiProductsQuery } from "@/server/storefront/api-schemas";

/**
 * Every operation of /api/v1, described with the zod schemas its route parses. Routes and this
 * list import the same schemas, so a changed field changes the document; a unit test walks
 * src/app/api/v1 and fails when a route's method is missing here.
 */

export type THttpMethod = "get" | "post" | "put" | "patch" | "delete";
export type TSecurity = "storeHost" | "adminApi" | "customerSession" | "platformSession" | "public";

/** A named response body; `schema` undefined means no body (204). */
export type TResponse = { description: string; name?: string; schema?: z.ZodType; contentType?: string };

export type TOperation = {
  method: THttpMethod;
  /** OpenAPI path template, e.g. /api/v1/admin/products/{id}. */
  path: string;
  operationId: string;
  tag: "Storefront" | "Storefront account" | "Admin" | "Platform" | "Meta";
  summary: string;
  description?: string;
  security: TSecurity;
  params?: z.ZodObject;
  query?: z.ZodObject;
  body?: { name: string; schema: z.ZodType; contentType?: "application/json" | "multipart/form-data" | "text/csv" };
  /** Success responses by status; the error responses are added from `errors`. */
  responses: Record<number, TResponse>;
  /** Statuses that answer with the error envelope. */
  errors: number[];
};

/** A response whose shape is the domain's view; described, not (yet) schema-typed. */
const view = (description: string) => z.looseObject({}).describe(description);

const AdminProduct = view("A product with its variants (prices as decimal strings), options, categories and media ids");
const AdminProductPage = view("{items, page, pageSize, total, pageCount}: a page of products");
const AdminCategory = view("A category");
const AdminCollection = view("A manual collection with its ordered product ids");
const AdminMedia = view("A media asset: {id, kind, mimeType, width, height, alt, urls}");
const AdminMediaPage = view("A page of media assets, newest first");
const AdminCustomerPage = view("A page of the store's customers");
const AdminCustomer = view("{customer, addresses}: one customer with addresses and consent");
const StoreSettings = view("The store's profile and settings");
const CustomerAccount = z.object({ account: view("The signed-in customer's profile") });
const Accepted = z.object({ ok: z.literal(true), message: z.string() });
const Erased = z.object({ ok: z.literal(true), erased: z.literal(true) });
const BulkStatusResult = z.object({ count: z.number().int().describe("Products whose status changed") });
const Redriven = z.object({ redriven: z.number().int() });
const CategoryList = z.object({ categories: z.array(AdminCategory).describe("The category tree") });
const CollectionList = z.object({ collections: z.array(AdminCollection) });
const OpenApiDocument = view("This OpenAPI 3.1 document");
const ProductsCsv = z.string().describe("Products with their variants, one row per variant (docs/csv-format.md)");
const ImportResult = view(
  "dry-run: {mode, valid, summary, issues: [{line, row, handle, sku, reasons}]}, writing nothing; apply: {mode, summary, elapsedMs}. " +
    "With Accept: application/x-ndjson an apply streams progress lines and ends with a result or error line",
);

const Cart = view(
  "A cart priced now: {id, customerId, currency, lines: [{id, variantId, productId, productHandle, productType, title, variantTitle, sku, image, quantity, " +
    "unitPriceMinor, unitPrice, lineTotalMinor, lineTotal, available, requiresShipping, weightGrams, slot, problems: [{code, message}]}], itemCount, " +
    "subtotalMinor, subtotal, requiresShipping, hasProblems, maxLineQuantity}. Amounts in minor units are strings; `problems` explains why a line cannot be checked out",
);
const ShippingRates = view("{currency, requiresShipping, shipsToCountry, rates: [{id, name, kind, priceMinor, price, instructions}]}; rate id \"pickup\" is local pickup");
const CheckoutQuote = view("{currency, requiresShipping, shipsToCountry, rates, shippingRate, taxRate: {name, rateBp}, totals}: exactly what checkout charges");
const OrderTotals = view("{subtotalMinor, shippingMinor, taxMinor, discountMinor, totalMinor, pricesIncludeTax, subtotal, shipping, tax, discount, total}; minor units as strings");
const PaymentStartError = z.object({
  code: z.string().describe("NOT_READY: Stripe could not be reached; CONFLICT or VALIDATION_FAILED: refused"),
  reason: z.string().nullable().describe("e.g. stripe_not_connected, order_not_payable, stripe_amount_too_small"),
  message: z.string(),
  retryable: z.boolean().describe("Send the same checkout again (same checkoutKey) to retry"),
});
const CheckoutResult = z.object({
  order: z.object({
    id: z.string(),
    number: z.number().int().describe("The store's order number, from 1001"),
    status: z.string(),
    paymentStatus: z.string(),
    currency: z.string(),
    totals: OrderTotals,
  }),
  statusToken: z.string().nullable().describe("The guest status link's token (GET /api/v1/storefront/orders/{id}?token=); null on a replay"),
  statusUrl: z.string().nullable().describe("The status page on the store's host; null on a replay"),
  payment: z.object({
    method: z.enum(["cod", "stripe"]),
    paymentId: z.string(),
    instructions: z.string().nullable().describe("Cash on delivery / bank transfer instructions"),
    clientSecret: z.string().nullable().optional().describe("stripe: the PaymentIntent's client secret for the Payment Element"),
    publishableKey: z.string().nullable().optional().describe("stripe: the platform's publishable key"),
    stripeAccount: z.string().nullable().optional().describe("stripe: load stripe.js with {stripeAccount} (direct charge on the store's account)"),
    paymentIntentId: z.string().nullable().optional(),
    error: PaymentStartError.nullable().optional().describe("stripe: why the payment could not be started; the order exists and awaits payment"),
  }),
  replayed: z.boolean().describe("True when this checkoutKey had already placed the order"),
});
const OrderStatus = view("The order as the shopper sees it: {id, number, email, status, paymentStatus, fulfillmentStatus, paymentMethod, currency, totals, shippingAddress, lines, placedAt, paidAt, ...}");
const AdminOrderPage = view("{items: [{id, number, email, status, paymentStatus, fulfillmentStatus, paymentMethod, currency, total, itemCount, placedAt}], page, pageSize, total, pageCount}");
const AdminOrder = view("An order with its lines, payments and timeline (who did what, when)");
const VariantInventory = view("{variantId, productId, productTitle, variantTitle, sku, trackInventory, lowStockThreshold, onHand, reserved, available, levels: [{locationId, locationName, isDefault, onHand, reserved, available}]}");

const noContent: TResponse = { description: "Done; no body" };
const adminRead = [401, 403, 404, 422, 429];
const adminWrite = [400, 401, 403, 404, 409, 413, 415, 422, 429];
const storeRead = [404, 422];
const storeWrite = [400, 404, 409, 413, 415, 422];

const upload = z.object({ file: z.string().meta({ contentMediaType: "application/octet-stream" }).describe("The file"), ...ZUploadMediaFields.shape });

export const OPERATIONS: TOperation[] = [
  // Storefront (store hosts)
  {
    method: "get", path: "/api/v1/storefront/products", operationId: "listStorefrontProducts", tag: "Storefront", security: "storeHost",
    summary: "List or search the store's active products",
    description: "The store is the one the Host names. Cached publicly for at most 2 seconds (Vary: Host).",
    query: ZApiProductsQuery,
    responses: { 200: { description: "One page of products", name: "StorefrontProductList", schema: ZApiProductList } },
    errors: storeRead,
  },
  {
    method: "get", path: "/api/v1/storefront/products/{handle}", operationId: "getStorefrontProduct", tag: "Storefront", security: "storeHost",
    summary: "An active product by handle", description: "Drafts, archived products and other stores' handles are 404.",
    params: ZApiHandleParams,
    responses: { 200: { description: "The product", name: "StorefrontProduct", schema: ZApiProduct } },
    errors: storeRead,
  },
  {
    method: "get", path: "/api/v1/storefront/categories", operationId: "listStorefrontCategories", tag: "Storefront", security: "storeHost",
    summary: "The store's category tree",
    responses: { 200: { description: "Categories in display order", name: "StorefrontCategoryTree", schema: ZApiCategoryTree } },
    errors: [404],
  },
  {
    method: "post", path: "/api/v1/storefront/carts", operationId: "createCart", tag: "Storefront", security: "storeHost",
    summary: "Create a cart (a signed-in customer gets their own cart instead)",
    description:
      "201 with a new guest cart; its id is the bearer for the cart operations (browsers also get it in the httpOnly ecom_cart cookie). " +
      "With a customer session on this host: 200 with the customer's one cart. Never cached. The body may be left out.",
    body: { name: "CreateCartBody", schema: ZCreateCartBody },
    responses: { 201: { description: "A new guest cart", name: "Cart", schema: Cart }, 200: { description: "The signed-in customer's cart", name: "Cart", schema: Cart } },
    errors: [400, 404, 413, 415, 422],
  },
  {
    method: "get", path: "/api/v1/storefront/carts/{cartId}", operationId: "getCart", tag: "Storefront", security: "storeHost",
    summary: "A cart, priced and checked against stock now", description: "Another store's or an unknown cart is 404. Never cached.",
    params: ZCartIdParams,
    responses: { 200: { description: "The cart", name: "Cart", schema: Cart } },
    errors: storeRead,
  },
  {
    method: "post", path: "/api/v1/storefront/carts/{cartId}/lines", operationId: "addCartLine", tag: "Storefront", security: "storeHost",
    summary: "Add a variant to the cart (or add to its line)",
    description: "Only variantId, quantity and slotId (services) are accepted: prices come from the catalog. 409 OUT_OF_STOCK when stock cannot cover the quantity.",
    params: ZCartIdParams,
    body: { name: "AddCartLineInput", schema: ZAddCartLineInput },
    responses: { 200: { description: "The cart", name: "Cart", schema: Cart } },
    errors: storeWrite,
  },
  {
    method: "patch", path: "/api/v1/storefront/carts/{cartId}/lines/{lineId}", operationId: "updateCartLine", tag: "Storefront", security: "storeHost",
    summary: "Set a line's quantity", params: ZCartLineParams,
    body: { name: "UpdateCartLineInput", schema: ZUpdateCartLineInput },
    responses: { 200: { description: "The cart", name: "Cart", schema: Cart } },
    errors: storeWrite,
  },
  {
    method: "delete", path: "/api/v1/storefront/carts/{cartId}/lines/{lineId}", operationId: "removeCartLine", tag: "Storefront", security: "storeHost",
    summary: "Remove a line", params: ZCartLineParams,
    responses: { 200: { description: "The cart", name: "Cart", schema: Cart } },
    errors: storeRead,
  },
  {
    method: "get", path: "/api/v1/storefront/carts/{cartId}/shipping-rates", operationId: "getCartShippingRates", tag: "Storefront", security: "storeHost",
    summary: "Shipping options for the cart and a destination", params: ZCartIdParams, query: ZShippingRatesQuery,
    responses: { 200: { description: "The options, priced for this cart", name: "ShippingRates", schema: ShippingRates } },
    errors: storeRead,
  },
  {
    method: "get", path: "/api/v1/storefront/carts/{cartId}/checkout-quote", operationId: "getCheckoutQuote", tag: "Storefront", security: "storeHost",
    summary: "The totals checkout will charge for this cart, destination and shipping rate", params: ZCartIdParams, query: ZCheckoutQuoteQuery,
    responses: { 200: { description: "The quote", name: "CheckoutQuote", schema: CheckoutQuote } },
    errors: storeRead,
  },
  {
    method: "post", path: "/api/v1/storefront/carts/{cartId}/checkout", operationId: "checkoutCart", tag: "Storefront", security: "storeHost",
    summary: "Place the cart's order (cash on delivery or Stripe)",
    description:
      "One transaction: prices and stock rechecked, stock reserved, the next order number taken. The customer is the one signed in on this host, never named in the body. " +
      "The same checkoutKey again answers 200 with the same order (replayed: true). For stripe the PaymentIntent is started after the order commits: payment carries " +
      "clientSecret, publishableKey and stripeAccount, or payment.error when it could not be started (the order exists and awaits payment; retry with the same checkoutKey). " +
      "409 OUT_OF_STOCK names the line that sold out; nothing is written then.",
    params: ZCartIdParams,
    body: { name: "CheckoutInput", schema: ZCheckoutInput },
    responses: { 201: { description: "The order placed", name: "CheckoutResult", schema: CheckoutResult }, 200: { description: "The order this checkoutKey placed earlier", name: "CheckoutResult", schema: CheckoutResult } },
    errors: storeWrite,
  },
  {
    method: "get", path: "/api/v1/storefront/orders/{id}", operationId: "getOrderStatus", tag: "Storefront", security: "storeHost",
    summary: "An order's status by its status-link token",
    description: "For guests: the token from the confirmation mail or the checkout response. A wrong token, an unknown id and another store's order are the same 404. Never cached.",
    params: ZOrderIdParams, query: ZOrderStatusQuery,
    responses: { 200: { description: "The order", name: "OrderStatus", schema: OrderStatus } },
    errors: storeRead,
  },
  {
    method: "post", path: "/api/v1/storefront/customers", operationId: "registerCustomer", tag: "Storefront account", security: "storeHost",
    summary: "Register a customer of this store",
    description: "Always 202 with the same body, whether or not the email already has an account here.",
    body: { name: "RegisterCustomerInput", schema: ZRegisterCustomerInput },
    responses: { 202: { description: "Accepted; an email follows", name: "Accepted", schema: Accepted } },
    errors: [400, 404, 413, 415, 422, 429],
  },
  {
    method: "get", path: "/api/v1/storefront/session", operationId: "getStorefrontSession", tag: "Storefront account", security: "storeHost",
    summary: "Whether a customer is signed in on this store host (never cached; answers 200 either way)",
    responses: { 200: { description: "The session", name: "StorefrontSession", schema: ZStorefrontSession } },
    errors: [404],
  },
  {
    method: "get", path: "/api/v1/storefront/account", operationId: "getCustomerAccount", tag: "Storefront account", security: "customerSession",
    summary: "The signed-in customer's profile",
    responses: { 200: { description: "The profile", name: "CustomerAccount", schema: CustomerAccount } },
    errors: [401, 404],
  },
  {
    method: "patch", path: "/api/v1/storefront/account", operationId: "updateCustomerAccount", tag: "Storefront account", security: "customerSession",
    summary: "Change name, phone or marketing consent",
    body: { name: "CustomerAccountPatch", schema: ZCustomerAccountPatch },
    responses: { 200: { description: "The updated profile", name: "CustomerAccount", schema: CustomerAccount } },
    errors: [400, 401, 404, 413, 415, 422],
  },
  {
    method: "delete", path: "/api/v1/storefront/account", operationId: "deleteCustomerAccount", tag: "Storefront account", security: "customerSession",
    summary: "Erase the signed-in customer's personal data",
    body: { name: "DeleteAccountBody", schema: ZDeleteAccountApiBody },
    responses: { 200: { description: "Erased", name: "Erased", schema: Erased } },
    errors: [400, 401, 404, 413, 415, 422],
  },
  {
    method: "get", path: "/api/v1/storefront/account/export", operationId: "exportCustomerData", tag: "Storefront account", security: "customerSession",
    summary: "Download the signed-in customer's data (JSON attachment)",
    responses: { 200: { description: "The customer's data", name: "CustomerDataExport", schema: view("Format ecom.customer-data-export/1") } },
    errors: [401, 404],
  },
  // Merchant admin API
  {
    method: "get", path: "/api/v1/admin/store", operationId: "getStore", tag: "Admin", security: "adminApi",
    summary: "The store's profile (orders:read)",
    responses: { 200: { description: "The store", name: "StoreSettings", schema: StoreSettings } },
    errors: adminRead,
  },
  {
    method: "patch", path: "/api/v1/admin/store", operationId: "updateStore", tag: "Admin", security: "adminApi",
    summary: "Change name, theme colour or time zone (settings:write)",
    body: { name: "UpdateStoreSettingsInput", schema: ZUpdateStoreSettingsInput },
    responses: { 200: { description: "The store", name: "StoreSettings", schema: StoreSettings } },
    errors: adminWrite,
  },
  {
    method: "get", path: "/api/v1/admin/products", operationId: "listProducts", tag: "Admin", security: "adminApi",
    summary: "List products (catalog:read)", query: ZProductListQuery,
    responses: { 200: { description: "A page of products", name: "AdminProductPage", schema: AdminProductPage } },
    errors: adminRead,
  },
  {
    method: "post", path: "/api/v1/admin/products", operationId: "createProduct", tag: "Admin", security: "adminApi",
    summary: "Create a product (catalog:write)",
    body: { name: "ProductInput", schema: ZProductInput },
    responses: { 201: { description: "The product", name: "AdminProduct", schema: AdminProduct } },
    errors: adminWrite,
  },
  {
    method: "get", path: "/api/v1/admin/products/{id}", operationId: "getProduct", tag: "Admin", security: "adminApi",
    summary: "A product (catalog:read)", params: ZIdParams,
    responses: { 200: { description: "The product", name: "AdminProduct", schema: AdminProduct } },
    errors: adminRead,
  },
  {
    method: "patch", path: "/api/v1/admin/products/{id}", operationId: "updateProduct", tag: "Admin", security: "adminApi",
    summary: "Change a product (catalog:write)", params: ZIdParams,
    body: { name: "ProductPatch", schema: ZProductPatch },
    responses: { 200: { description: "The product", name: "AdminProduct", schema: AdminProduct } },
    errors: adminWrite,
  },
  {
    method: "delete", path: "/api/v1/admin/products/{id}", operationId: "deleteProduct", tag: "Admin", security: "adminApi",
    summary: "Delete a product (catalog:write)", params: ZIdParams,
    responses: { 204: noContent },
    errors: adminWrite,
  },
  {
    method: "post", path: "/api/v1/admin/products/bulk-status", operationId: "setProductsStatus", tag: "Admin", security: "adminApi",
    summary: "Set the status of up to 500 products (catalog:write)",
    body: { name: "SetProductsStatusInput", schema: ZSetProductsStatusInput },
    responses: { 200: { description: "How many changed", name: "BulkStatusResult", schema: BulkStatusResult } },
    errors: adminWrite,
  },
  {
    method: "get", path: "/api/v1/admin/products/export", operationId: "exportProducts", tag: "Admin", security: "adminApi",
    summary: "Export every product with its variants as CSV (catalog:read)",
    responses: { 200: { description: "The CSV file", name: "ProductsCsv", schema: ProductsCsv, contentType: "text/csv" } },
    errors: adminRead,
  },
  {
    method: "post", path: "/api/v1/admin/products/import", operationId: "importProducts", tag: "Admin", security: "adminApi",
    summary: "Import products from CSV: a dry run lists every bad row; apply is all or nothing (catalog:write)",
    query: ZImportQuery,
    body: { name: "ProductsCsvUpload", schema: ProductsCsv, contentType: "text/csv" },
    responses: { 200: { description: "The dry run's findings or the applied summary", name: "ImportResult", schema: ImportResult } },
    errors: adminWrite,
  },
  {
    method: "get", path: "/api/v1/admin/categories", operationId: "listCategories", tag: "Admin", security: "adminApi",
    summary: "The category tree (catalog:read)",
    responses: { 200: { description: "Categories", name: "AdminCategoryList", schema: CategoryList } },
    errors: adminRead,
  },
  {
    method: "post", path: "/api/v1/admin/categories", operationId: "createCategory", tag: "Admin", security: "adminApi",
    summary: "Create a category (catalog:write)",
    body: { name: "CategoryInput", schema: ZCategoryInput },
    responses: { 201: { description: "The category", name: "AdminCategory", schema: AdminCategory } },
    errors: adminWrite,
  },
  {
    method: "get", path: "/api/v1/admin/categories/{id}", operationId: "getCategory", tag: "Admin", security: "adminApi",
    summary: "A category (catalog:read)", params: ZIdParams,
    responses: { 200: { description: "The category", name: "AdminCategory", schema: AdminCategory } },
    errors: adminRead,
  },
  {
    method: "patch", path: "/api/v1/admin/categories/{id}", operationId: "updateCategory", tag: "Admin", security: "adminApi",
    summary: "Change a category (catalog:write)", params: ZIdParams,
    body: { name: "CategoryPatch", schema: ZCategoryPatch },
    responses: { 200: { description: "The category", name: "AdminCategory", schema: AdminCategory } },
    errors: adminWrite,
  },
  {
    method: "delete", path: "/api/v1/admin/categories/{id}", operationId: "deleteCategory", tag: "Admin", security: "adminApi",
    summary: "Delete a category; its subcategories move up (catalog:write)", params: ZIdParams,
    responses: { 204: noContent },
    errors: adminWrite,
  },
  {
    method: "get", path: "/api/v1/admin/collections", operationId: "listCollections", tag: "Admin", security: "adminApi",
    summary: "Manual collections (catalog:read)",
    responses: { 200: { description: "Collections", name: "AdminCollectionList", schema: CollectionList } },
    errors: adminRead,
  },
  {
    method: "post", path: "/api/v1/admin/collections", operationId: "createCollection", tag: "Admin", security: "adminApi",
    summary: "Create a collection (catalog:write)",
    body: { name: "CollectionInput", schema: ZCollectionInput },
    responses: { 201: { description: "The collection", name: "AdminCollection", schema: AdminCollection } },
    errors: adminWrite,
  },
  {
    method: "get", path: "/api/v1/admin/collections/{id}", operationId: "getCollection", tag: "Admin", security: "adminApi",
    summary: "A collection (catalog:read)", params: ZIdParams,
    responses: { 200: { description: "The collection", name: "AdminCollection", schema: AdminCollection } },
    errors: adminRead,
  },
  {
    method: "patch", path: "/api/v1/admin/collections/{id}", operationId: "updateCollection", tag: "Admin", security: "adminApi",
    summary: "Change a collection (catalog:write)", params: ZIdParams,
    body: { name: "CollectionPatch", schema: ZCollectionPatch },
    responses: { 200: { description: "The collection", name: "AdminCollection", schema: AdminCollection } },
    errors: adminWrite,
  },
  {
    method: "delete", path: "/api/v1/admin/collections/{id}", operationId: "deleteCollection", tag: "Admin", security: "adminApi",
    summary: "Delete a collection; its products stay (catalog:write)", params: ZIdParams,
    responses: { 204: noContent },
    errors: adminWrite,
  },
  {
    method: "get", path: "/api/v1/admin/media", operationId: "listMedia", tag: "Admin", security: "adminApi",
    summary: "Media, newest first (catalog:read)", query: ZMediaListQuery,
    responses: { 200: { description: "A page of media", name: "AdminMediaPage", schema: AdminMediaPage } },
    errors: adminRead,
  },
  {
    method: "post", path: "/api/v1/admin/media", operationId: "uploadMedia", tag: "Admin", security: "adminApi",
    summary: "Upload an image (JPEG, PNG, WebP, AVIF) or a digital product's file (catalog:write)",
    body: { name: "MediaUpload", schema: upload, contentType: "multipart/form-data" },
    responses: { 201: { description: "The media", name: "AdminMedia", schema: AdminMedia } },
    errors: adminWrite,
  },
  {
    method: "get", path: "/api/v1/admin/media/{id}", operationId: "getMedia", tag: "Admin", security: "adminApi",
    summary: "A media asset (catalog:read)", params: ZMediaIdParams,
    responses: { 200: { description: "The media", name: "AdminMedia", schema: AdminMedia } },
    errors: adminRead,
  },
  {
    method: "patch", path: "/api/v1/admin/media/{id}", operationId: "updateMedia", tag: "Admin", security: "adminApi",
    summary: "Change alt text (catalog:write)", params: ZMediaIdParams,
    body: { name: "UpdateMediaInput", schema: ZUpdateMediaInput },
    responses: { 200: { description: "The media", name: "AdminMedia", schema: AdminMedia } },
    errors: adminWrite,
  },
  {
    method: "delete", path: "/api/v1/admin/media/{id}", operationId: "deleteMedia", tag: "Admin", security: "adminApi",
    summary: "Delete a media asset and its files (catalog:write); 409 while in use", params: ZMediaIdParams,
    responses: { 204: noContent },
    errors: adminWrite,
  },
  {
    method: "get", path: "/api/v1/admin/customers", operationId: "listCustomers", tag: "Admin", security: "adminApi",
    summary: "Customers (customers:read); q matches email addresses", query: ZCustomerListQuery,
    responses: { 200: { description: "A page of customers", name: "AdminCustomerPage", schema: AdminCustomerPage } },
    errors: adminRead,
  },
  {
    method: "get", path: "/api/v1/admin/customers/{id}", operationId: "getCustomer", tag: "Admin", security: "adminApi",
    summary: "A customer with addresses (customers:read)", params: ZCustomerIdParams,
    responses: { 200: { description: "The customer", name: "AdminCustomer", schema: AdminCustomer } },
    errors: adminRead,
  },
  {
    method: "get", path: "/api/v1/admin/orders", operationId: "listOrders", tag: "Admin", security: "adminApi",
    summary: "Orders, newest first (orders:read); q is an order number or the beginning of an email", query: ZOrderListQuery,
    responses: { 200: { description: "A page of orders", name: "AdminOrderPage", schema: AdminOrderPage } },
    errors: adminRead,
  },
  {
    method: "get", path: "/api/v1/admin/orders/{id}", operationId: "getOrder", tag: "Admin", security: "adminApi",
    summary: "An order with lines, payments and timeline (orders:read)", params: ZOrderIdParams,
    responses: { 200: { description: "The order", name: "AdminOrder", schema: AdminOrder } },
    errors: adminRead,
  },
  {
    method: "post", path: "/api/v1/admin/orders/{id}/mark-paid", operationId: "markOrderPaid", tag: "Admin", security: "adminApi",
    summary: "Record that a cash-on-delivery / bank-transfer order was paid (orders:write)",
    description: "No body. The reserved stock becomes a sale; who and when are recorded. 409 when the order is already paid, cancelled, or paid by card.",
    params: ZOrderIdParams,
    responses: { 200: { description: "The order", name: "AdminOrder", schema: AdminOrder } },
    errors: [401, 403, 404, 409, 422, 429],
  },
  {
    method: "get", path: "/api/v1/admin/inventory", operationId: "getVariantInventory", tag: "Admin", security: "adminApi",
    summary: "A variant's stock at every location (catalog:read)", query: ZInventoryQuery,
    responses: { 200: { description: "The variant's inventory", name: "VariantInventory", schema: VariantInventory } },
    errors: adminRead,
  },
  {
    method: "post", path: "/api/v1/admin/inventory/adjustments", operationId: "adjustStock", tag: "Admin", security: "adminApi",
    summary: "Change a variant's on-hand stock by a delta or to a quantity, with a reason (inventory:write)",
    description: "At the given location, or the default one. 422 when on hand would go below what open orders hold reserved.",
    body: { name: "StockAdjustmentInput", schema: ZStockAdjustmentInput },
    responses: { 200: { description: "The variant's inventory afterwards", name: "VariantInventory", schema: VariantInventory } },
    errors: adminWrite,
  },
  // Platform
  {
    method: "post", path: "/api/v1/platform/events/redrive", operationId: "redriveEvents", tag: "Platform", security: "platformSession",
    summary: "Re-drive dead outbox events (platform admins)",
    body: { name: "RedriveEventsInput", schema: ZRedriveEventsInput },
    responses: { 200: { description: "How many were re-driven", name: "Redriven", schema: Redriven } },
    errors: [400, 401, 403, 413, 415, 422],
  },
  {
    method: "get", path: "/api/v1/openapi.json", operationId: "getOpenApiDocument", tag: "Meta", security: "public",
    summary: "This document", description: "Served on every host.",
    responses: { 200: { description: "The OpenAPI 3.1 document", name: "OpenApiDocument", schema: OpenApiDocument } },
    errors: [],
  },
];

