"use client";

import { useEffect } from "react";
import { usePathname } from "next/navigation";
import { PAGE_VIEW_URL } from "@/lib/page-view";

/** Rendered only after consent: counts a page view (the path only) on our own server. */
export function PageViewBeacon() {
  const pathname = usePathname();
  useEffect(() => {
    void fetch(PAGE_VIEW_URL, { method: "POST", body: pathname, keepalive: true, headers: { "content-type": "text/plain" } }).catch(() => {});
  }, [pathname]);
  return null;
}
