"use client";

import { useEffect } from "react";
import { usePathname } from "next/navigation";

/** Rendered only after consent: counts a page view (the path only) on our own server. */
export function PageViewBeacon() {
  const pathname = usePathname();
  useEffect(() => {
    void fetch("/api/statistikk", { method: "POST", body: pathname, keepalive: true, headers: { "content-type": "text/plain" } }).catch(() => {});
  }, [pathname]);
  return null;
}
