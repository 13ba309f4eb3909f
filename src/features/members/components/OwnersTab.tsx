// Owners of the iTwin (listOwners): they hold every permission, so they carry no roles. Missing users flagged.
import { MissingUserChip } from "./MissingUserChip";
import { useOwners } from "../api/get-owners";
import { isMissingUser, userDisplayName } from "../member-search";
import { MemberList, NoMembers } from "./MemberList";
import { MemberTable } from "./MemberTable";

export function OwnersTab({ iTwinId }: { iTwinId: string }) {
  const owners = useOwners(iTwinId);
  const count = owners.data?.length ?? 0;
  return (
    <MemberList
      loading={owners.isPending ? "Loading owners…" : undefined}
      error={owners.isError ? { error: owners.error, action: "Loading owners", onRetry: () => void owners.refetch() } : undefined}
      total={
        count > 0
          ? { testId: "owners-total", text: `${count} owner${count === 1 ? "" : "s"} — owners hold every permission on the iTwin.` }
          : undefined
      }
      empty={count === 0 ? <NoMembers>This iTwin lists no owners.</NoMembers> : undefined}
    >
      <MemberTable
        label="Owners"
        rows={owners.data ?? []}
        columns={[
          { header: "Name", cell: (o) => (isMissingUser(o) ? <MissingUserChip /> : userDisplayName(o)) },
          { header: "E-mail", cell: (o) => o.email ?? "" },
          { header: "Organization", cell: (o) => o.organization ?? "" },
        ]}
      />
    </MemberList>
  );
}
