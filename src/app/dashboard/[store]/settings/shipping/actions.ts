"use server";

import { revalidatePath } from "next/cache";
import type { TFormState } from "@/components/dashboard/form-state";
import { createShippingRate, createShippingZone, deleteShippingRate, deleteShippingZone, updateShippingRate, updateShippingZone } from "@/server/checkout";
import { requireStaff } from "@/server/http";
import { requestContext } from "../../../action-helpers";
import { catalogFormError } from "../../products/catalog-form-error";

/**
 * Server actions of the shipping settings (settings:write, checked in each). Zone and rate ids
 * are bound by the page; another store's id is simply not found. Errors keep their full paths
 * ("countries.1.country") so each repeated row shows its own message.
 */

type TStaffCall<T> = (storeId: string, actor: { kind: "user"; userId: string }, context: { ip: string | null; userAgent: string | null }) => Promise<T>;

async function asStaff<T>(slug: string, call: TStaffCall<T>): Promise<T> {
  const staff = await requireStaff(slug, "settings:write");
  return call(staff.store.id, { kind: "user", userId: staff.actor.userId }, await requestContext());
}

const done = (slug: string, message: string): TFormState => {
  revalidatePath(`/dashboard/${slug}/settings/shipping`);
  return { status: "ok", message };
};

/** The zone form's rows: `country` and `regions` are sent once per row, in order. */
function zoneInput(formData: FormData) {
  const regions = formData.getAll("regions").map(String);
  return {
    name: String(formData.get("name") ?? ""),
    countries: formData.getAll("country").map((value, i) => {
      const list = (regions[i] ?? "")
        .split(",")
        .map((r) => r.trim())
        .filter(Boolean);
      return { country: String(value), ...(list.length ? { regions: list } : {}) };
    }),
  };
}

/** The rate form; an emptied optional field is sent as null so an edit clears it. */
function rateInput(formData: FormData) {
  const optional = (name: string) => {
    const value = String(formData.get(name) ?? "").trim();
    return value === "" ? null : value;
  };
  return {
    name: String(formData.get("name") ?? ""),
    kind: String(formData.get("kind") ?? ""),
    price: String(formData.get("price") ?? ""),
    minWeightGrams: optional("minWeightGrams"),
    maxWeightGrams: optional("maxWeightGrams"),
    freeOver: optional("freeOver"),
  };
}

export async function createShippingZoneAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  try {
    const zone = await asStaff(slug, (storeId, actor, context) => createShippingZone(storeId, actor, zoneInput(formData), context));
    return done(slug, `Zone “${zone.name}” added: add its rates in its section above.`);
  } catch (error) {
    return catalogFormError(error);
  }
}

export async function updateShippingZoneAction(slug: string, zoneId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  try {
    const zone = await asStaff(slug, (storeId, actor, context) => updateShippingZone(storeId, actor, zoneId, zoneInput(formData), context));
    return done(slug, `Zone “${zone.name}” saved.`);
  } catch (error) {
    return catalogFormError(error);
  }
}

export async function deleteShippingZoneAction(slug: string, zoneId: string, _state: TFormState, _formData: FormData): Promise<TFormState> {
  try {
    await asStaff(slug, (storeId, actor, context) => deleteShippingZone(storeId, actor, zoneId, context));
    return done(slug, "Zone deleted.");
  } catch (error) {
    return catalogFormError(error);
  }
}

export async function createShippingRateAction(slug: string, zoneId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  try {
    const rate = await asStaff(slug, (storeId, actor, context) => createShippingRate(storeId, actor, zoneId, rateInput(formData), context));
    return done(slug, `Rate “${rate.name}” added.`);
  } catch (error) {
    return catalogFormError(error);
  }
}

export async function updateShippingRateAction(slug: string, rateId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  try {
    const rate = await asStaff(slug, (storeId, actor, context) => updateShippingRate(storeId, actor, rateId, rateInput(formData), context));
    return done(slug, `Rate “${rate.name}” saved.`);
  } catch (error) {
    return catalogFormError(error);
  }
}

export async function deleteShippingRateAction(slug: string, rateId: string, _state: TFormState, _formData: FormData): Promise<TFormState> {
  try {
    await asStaff(slug, (storeId, actor, context) => deleteShippingRate(storeId, actor, rateId, context));
    return done(slug, "Rate deleted.");
  } catch (error) {
    return catalogFormError(error);
  }
}
