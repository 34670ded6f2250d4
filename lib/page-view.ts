/** Where the browser reports a page view (app/api/statistikk). A module of its own, so a client component can import it without the route table. */
export const PAGE_VIEW_URL = "/api/statistikk";
