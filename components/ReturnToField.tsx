"use client";

import { usePathname, useSearchParams } from "next/navigation";

/** A hidden field with the current page, so a form can bring the user back (rendered on the server too). */
export function ReturnToField() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  return <input type="hidden" name="returnTo" value={search ? `${pathname}?${search}` : pathname} />;
}
