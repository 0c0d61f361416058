import { ORDER_CUSTOMER_REFERENCE } from "@/server/orders";
import type { TStoreTx } from "./types";

/**
 * Records the business must keep that reference a customer (orders, invoices, refunds...).
 * Erasure does not delete them: it calls `anonymise` for each entry, inside the erasure
 * transaction, to blank or replace their personal fields (names, addresses, phone numbers,
 * emails, free text) while keeping amounts, items and dates.
 *
 * HOW TO ADD A TABLE: a feature whose table stores a customer's personal data appends an entry
 * here (e.g. the orders issue adds `Order`: shipping/billing address JSON, contact email and
 * phone -> anonymised values). `anonymise` must use `tx` (a storeDb transaction of `storeId`),
 * touch only rows of this customer in this store, and must not fail when there are none. The
 * erasure integration test scans every text, char and JSON column of every table afterwards,
 * so a table left out of this list fails it.
 */
export type TCustomerReference = {
  /** The table, for reviewers and the erasure audit entry. */
  table: string;
  /** Which personal fields it holds and why the rows must be kept. */
  why: string;
  anonymise: (tx: TStoreTx, storeId: string, customerId: string) => Promise<void>;
};

/**
 * The customer-referencing tables to anonymise on erasure (Customer, CustomerAddress and
 * CustomerToken are handled by eraseCustomer itself, stored mail by scrubCustomerMail).
 */
export const CUSTOMER_REFERENCES: readonly TCustomerReference[] = [ORDER_CUSTOMER_REFERENCE];
