"use server";

import { revalidatePath } from "next/cache";
import { percentToBasisPoints } from "@/lib/percent";
import type { TFormState } from "@/components/dashboard/form-state";
import { createTaxRate, deleteTaxRate, updateTaxRate } from "@/server/checkout";
import { requireStaff } from "@/server/http";
import { formError, requestContext } from "../../../action-helpers";

/**
 * Server actions of the tax settings (settings:write, checked in each). Merchants type a
 * percentage; the domain takes basis points (1500 = 15 %), so the domain's "rateBp" messages
 * are shown beside the "rate" field. Rate ids are bound by the page.
 */

const RATE_ERROR = "Enter a percentage from 0 to 100 with at most two decimals, e.g. 18 or 7.25";

/** The form as the domain's input, or field errors when the percentage cannot be read. */
function taxInput(formData: FormData): { input: Record<string, unknown> } | { error: TFormState } {
  const text = (name: string) => String(formData.get(name) ?? "");
  const rateBp = percentToBasisPoints(text("rate"));
  if (rateBp === null || rateBp > 10_000) return { error: { status: "error", message: "Check the highlighted fields.", fieldErrors: { rate: RATE_ERROR } } };
  return { input: { country: text("country"), region: text("region").trim() === "" ? null : text("region"), name: text("name"), rateBp } };
}

function refused(error: unknown): TFormState {
  const state = formError(error);
  if (state.fieldErrors?.rateBp) state.fieldErrors.rate ??= state.fieldErrors.rateBp;
  return state;
}

const done = (slug: string, message: string): TFormState => {
  revalidatePath(`/dashboard/${slug}/settings/taxes`);
  return { status: "ok", message };
};

export async function createTaxRateAction(slug: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  try {
    const staff = await requireStaff(slug, "settings:write");
    const parsed = taxInput(formData);
    if ("error" in parsed) return parsed.error;
    const rate = await createTaxRate(staff.store.id, { kind: "user", userId: staff.actor.userId }, parsed.input, await requestContext());
    return done(slug, `Tax rate “${rate.name}” added.`);
  } catch (error) {
    return refused(error);
  }
}

export async function updateTaxRateAction(slug: string, taxRateId: string, _state: TFormState, formData: FormData): Promise<TFormState> {
  try {
    const staff = await requireStaff(slug, "settings:write");
    const parsed = taxInput(formData);
    if ("error" in parsed) return parsed.error;
    const rate = await updateTaxRate(staff.store.id, { kind: "user", userId: staff.actor.userId }, taxRateId, parsed.input, await requestContext());
    return done(slug, `Tax rate “${rate.name}” saved.`);
  } catch (error) {
    return refused(error);
  }
}

export async function deleteTaxRateAction(slug: string, taxRateId: string, _state: TFormState, _formData: FormData): Promise<TFormState> {
  try {
    const staff = await requireStaff(slug, "settings:write");
    await deleteTaxRate(staff.store.id, { kind: "user", userId: staff.actor.userId }, taxRateId, await requestContext());
    return done(slug, "Tax rate deleted.");
  } catch (error) {
    return refused(error);
  }
}
