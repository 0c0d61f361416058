import type { Metadata } from "next";
import { ActionButton } from "@/components/dashboard/action-button";
import { InviteStaffForm, MemberRoleForm, TransferOwnershipForm } from "@/components/dashboard/staff-forms";
import { assignableRoles, ROLE_LABELS } from "@/server/access";
import { requireStaffPage } from "@/server/http";
import { listPendingInvitations, listStaff } from "@/server/staff";
import { changeMemberRoleAction, inviteStaffAction, removeMemberAction, revokeInvitationAction, transferOwnershipAction } from "./actions";
import { DataTable } from "@/components/dashboard/data-table";

export const dynamic = "force-dynamic";
export const metadata: Metadata = { title: "Staff" };

type TProps = { params: Promise<{ store: string }> };

const dateFormat = new Intl.DateTimeFormat("en-GB", { dateStyle: "medium", timeZone: "UTC" });

export default async function StaffPage({ params }: TProps) {
  const { store: slug } = await params;
  const staff = await requireStaffPage(slug, "staff:manage");
  const storeSlug = staff.store.slug;
  const [members, invitations] = await Promise.all([listStaff(staff.store.id), listPendingInvitations(staff.store.id)]);
  const grantable = assignableRoles(staff.role);
  const roleOptions = grantable.map((r) => ({ value: r, label: ROLE_LABELS[r] }));
  const transferCandidates = members.filter((m) => m.userId !== staff.actor.userId && m.role !== "OWNER").map((m) => ({ value: m.membershipId, label: `${m.name} (${ROLE_LABELS[m.role]})` }));

  return (
    <main className="space-y-10">
      <section aria-labelledby="members-heading">
        <h1 id="members-heading" className="text-2xl font-bold">
          Staff
        </h1>
        <DataTable className="mt-4" caption="Members of the staff" columns={["Name", "Email", "Role", "Actions"]}>
          <tbody className="divide-y divide-gray-200">
            {members.map((m) => {
              const self = m.userId === staff.actor.userId;
              const manageable = !self && grantable.includes(m.role);
              return (
                <tr key={m.membershipId}>
                  <th scope="row" className="px-4 py-3 font-medium">
                    {m.name}
                    {self ? <span className="ml-1 text-gray-500">(you)</span> : null}
                  </th>
                  <td className="px-4 py-3">{m.email}</td>
                  <td className="px-4 py-3">{ROLE_LABELS[m.role]}</td>
                  <td className="px-4 py-3">
                    {manageable ? (
                      <div className="flex flex-wrap items-start gap-3">
                        <MemberRoleForm action={changeMemberRoleAction.bind(null, storeSlug)} membershipId={m.membershipId} memberName={m.name} role={m.role} roles={roleOptions} />
                        <ActionButton
                          action={removeMemberAction.bind(null, storeSlug)}
                          fields={{ membershipId: m.membershipId }}
                          label="Remove"
                          srDetail={m.name}
                          pendingLabel="Removing…"
                          variant="danger"
                          size="sm"
                        />
                      </div>
                    ) : (
                      <span className="text-gray-500">—</span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </DataTable>
      </section>

      <section aria-labelledby="invite-heading">
        <h2 id="invite-heading" className="text-lg font-semibold">
          Invite someone
        </h2>
        <p className="mt-1 text-sm text-gray-600">They get an email with a link that works for 7 days. Inviting the same address again replaces the older link.</p>
        <InviteStaffForm action={inviteStaffAction.bind(null, storeSlug)} roles={roleOptions} />
      </section>

      <section aria-labelledby="invitations-heading">
        <h2 id="invitations-heading" className="text-lg font-semibold">
          Pending invitations
        </h2>
        {invitations.length === 0 ? (
          <p className="mt-2 text-sm text-gray-600">No pending invitations.</p>
        ) : (
          <DataTable className="mt-4" caption="Invitations not yet accepted" columns={["Email", "Role", "Expires (UTC)", "Actions"]}>
            <tbody className="divide-y divide-gray-200">
              {invitations.map((i) => (
                <tr key={i.id}>
                  <th scope="row" className="px-4 py-3 font-medium">{i.email}</th>
                  <td className="px-4 py-3">{ROLE_LABELS[i.role]}</td>
                  <td className="px-4 py-3">
                    <time dateTime={i.expiresAt.toISOString()}>{dateFormat.format(i.expiresAt)}</time>
                  </td>
                  <td className="px-4 py-3">
                    <ActionButton
                      action={revokeInvitationAction.bind(null, storeSlug)}
                      fields={{ invitationId: i.id }}
                      label="Revoke"
                      srDetail={`invitation for ${i.email}`}
                      pendingLabel="Revoking…"
                      variant="danger"
                      size="sm"
                    />
                  </td>
                </tr>
              ))}
            </tbody>
          </DataTable>
        )}
      </section>

      {staff.role === "OWNER" ? (
        <section aria-labelledby="transfer-heading">
          <h2 id="transfer-heading" className="text-lg font-semibold">
            Transfer ownership
          </h2>
          <p className="mt-1 text-sm text-gray-600">The member you choose becomes an owner, with every permission including billing and the audit log.</p>
          {transferCandidates.length === 0 ? (
            <p className="mt-2 text-sm text-gray-600">Invite someone first: there is nobody to transfer ownership to.</p>
          ) : (
            <TransferOwnershipForm action={transferOwnershipAction.bind(null, storeSlug)} members={transferCandidates} />
          )}
        </section>
      ) : null}
    </main>
  );
}
