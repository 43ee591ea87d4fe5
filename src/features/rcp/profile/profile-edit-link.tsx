"use client";

import { useEffect, useState } from "react";
import { Link } from "~/i18n/navigation";
import { fetchCanEditProfile } from "./can-edit-profile";

/** "Edit this profile", for its editors and administrators only (decided in the browser). */
export function ProfileEditLink({ slug, label }: { slug: string; label: string }) {
  const [canEdit, setCanEdit] = useState(false);

  useEffect(() => {
    const controller = new AbortController();
    fetchCanEditProfile(slug, controller.signal).then(setCanEdit, () => setCanEdit(false));
    return () => controller.abort();
  }, [slug]);

  if (!canEdit) return null;
  return (
    <p>
      <Link
        href={`/manage/${slug}/edit`}
        className="inline-block rounded border border-brand px-3 py-1.5 text-sm font-medium no-underline hover:bg-brand-soft"
      >
        {label}
      </Link>
    </p>
  );
}
