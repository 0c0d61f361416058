"use client";

import { useActionState } from "react";
import { FormMessage, SelectField, SubmitButton, TextField } from "./fields";
import { IDLE, type TFormAction } from "./form-state";

type TOption = { value: string; label: string };

/** Invite by email with one of the roles the inviter may grant. */
export function InviteStaffForm({ action, roles }: { action: TFormAction; roles: TOption[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-4 grid max-w-2xl gap-4 sm:grid-cols-[1fr_12rem_auto] sm:items-start" noValidate>
      <div className="sm:col-span-3">
        <FormMessage state={state} />
      </div>
      <TextField name="email" label="Email address" type="email" autoComplete="off" required state={state} defaultValue="" />
      <SelectField name="role" label="Role" options={roles} defaultValue={roles[roles.length - 1]?.value} state={state} />
      <SubmitButton className="sm:mt-6" pendingLabel="Sending…">
        Send invitation
      </SubmitButton>
    </form>
  );
}

/** Change one member's role (the options are the roles the actor may grant). */
export function MemberRoleForm({ action, membershipId, memberName, role, roles }: { action: TFormAction; membershipId: string; memberName: string; role: string; roles: TOption[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  const id = `role-${membershipId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="membershipId" value={membershipId} />
      <label htmlFor={id} className="sr-only">
        Role for {memberName}
      </label>
      <select id={id} name="role" defaultValue={state.values?.role ?? role} className="rounded-md border border-gray-300 bg-white px-2 py-1.5 text-sm">
        {roles.map((r) => (
          <option key={r.value} value={r.value}>
            {r.label}
          </option>
        ))}
      </select>
      <SubmitButton variant="secondary" size="sm" pendingLabel="Saving…">
        Change role<span className="sr-only"> of {memberName}</span>
      </SubmitButton>
      {state.status !== "idle" ? (
        <p role={state.status === "error" ? "alert" : "status"} className={`w-full text-sm ${state.status === "error" ? "text-red-700" : "text-green-800"}`}>
          {state.message}
        </p>
      ) : null}
    </form>
  );
}

/** Owner only: make another member an owner, optionally stepping down to admin. */
export function TransferOwnershipForm({ action, members }: { action: TFormAction; members: TOption[] }) {
  const [state, formAction] = useActionState(action, IDLE);
  return (
    <form action={formAction} className="mt-4 max-w-xl space-y-4">
      <FormMessage state={state} />
      <SelectField name="membershipId" label="New owner" options={members} placeholder="Choose a member" state={state} />
      <div className="flex items-start gap-2">
        <input id="formerOwnerBecomesAdmin" name="formerOwnerBecomesAdmin" type="checkbox" value="on" className="mt-1 h-4 w-4 rounded border-gray-300" />
        <label htmlFor="formerOwnerBecomesAdmin" className="text-sm">
          Make me an admin after the transfer (otherwise we are both owners)
        </label>
      </div>
      <SubmitButton variant="danger" pendingLabel="Transferring…">
        Transfer ownership
      </SubmitButton>
    </form>
  );
}
