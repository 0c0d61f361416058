"use server";

import { redirect } from "next/navigation";
import type { TFormState } from "@/components/storefront/account/form-state";
import { createCustomerAddress, deleteCustomerAddress, setDefaultCustomerAddress, updateCustomerAddress } from "@/server/customers";
import { requireCustomer } from "@/server/http";
import { failure } from "./action-support";

/** Adds an address to the signed-in customer's book, then back to the list. */
export async function createAddressAction(_prev: TFormState, form: FormData): Promise<TFormState> {
  try {
    const { storeId, customerId } = await requireCustomer();
    await createCustomerAddress(storeId, customerId, Object.fromEntries(form));
  } catch (error) {
    return failure(error, form);
  }
  redirect("/account/addresses?saved=1");
}

/**
 * Saves an edited address. `addressId` is bound by the page; the domain only changes an
 * address of the signed-in customer, so a changed id finds nothing.
 */
export async function updateAddressAction(addressId: string, _prev: TFormState, form: FormData): Promise<TFormState> {
  let found = false;
  try {
    const { storeId, customerId } = await requireCustomer();
    found = await updateCustomerAddress(storeId, customerId, addressId, Object.fromEntries(form));
  } catch (error) {
    return failure(error, form);
  }
  if (!found) return { ok: false, formError: "This address no longer exists." };
  redirect("/account/addresses?saved=1");
}

export async function deleteAddressAction(form: FormData): Promise<void> {
  const { storeId, customerId } = await requireCustomer();
  await deleteCustomerAddress(storeId, customerId, String(form.get("addressId") ?? ""));
  redirect("/account/addresses?deleted=1");
}

export async function setDefaultAddressAction(form: FormData): Promise<void> {
  const { storeId, customerId } = await requireCustomer();
  await setDefaultCustomerAddress(storeId, customerId, String(form.get("addressId") ?? ""));
  redirect("/account/addresses?default=1");
}
