/**
 * Aksel for server components.
 *
 * Every entry file of @navikt/ds-react is marked "use client", so importing
 * even a heading from the package makes it a client component: its code is sent
 * to the browser and hydrated. The components below hold no state and use no
 * hooks, so they are imported from their own files, which are not marked, and
 * render on the server only (docs/adr/0010-javascript-budget.md). Alert and List
 * (feedback.tsx) and the fields of a plain GET form (fields.tsx) are Aksel's
 * markup written for the server. Radio groups and the forms' own fields still
 * come from the package.
 *
 * Server components import Aksel from here; client components import the package.
 */
export { Heading } from "../../node_modules/@navikt/ds-react/esm/typography/Heading.js";
export { BodyLong } from "../../node_modules/@navikt/ds-react/esm/typography/BodyLong.js";
export { BodyShort } from "../../node_modules/@navikt/ds-react/esm/typography/BodyShort.js";
export { Link } from "../../node_modules/@navikt/ds-react/esm/link/Link.js";
export { Box, HGrid, HStack, VStack } from "./layout";
export { PageBlock } from "../../node_modules/@navikt/ds-react/esm/primitives/page/parts/PageBlock.js";
export { Tag } from "../../node_modules/@navikt/ds-react/esm/tag/Tag.js";
export { Button, ButtonLink } from "./button";
export { Alert, List, ListItem } from "./feedback";
export { Radio, RadioGroup, ErrorSummary } from "@navikt/ds-react";
