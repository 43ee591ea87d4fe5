import type { TPlatformRole, TRcpRole } from "~/domain/admin/user-schema";

/** An account as the manage dialog needs it: plain values, labels already in the reader's language. */
export type TManagedUser = {
  id: string;
  email: string;
  platformRole: TPlatformRole;
  isDisabled: boolean;
  isSelf: boolean;
  rcpRoles: { rcpId: string; rcpLabel: string; role: TRcpRole }[];
};

export type TRcpOption = { id: string; label: string };
