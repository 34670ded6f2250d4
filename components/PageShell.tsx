import { Box, Page, VStack } from "@navikt/ds-react";
import { PageBlock } from "@navikt/ds-react/Page";

/** The common page frame: a readable width and consistent spacing. */
export function PageShell({ children, width = "lg" }: { children: React.ReactNode; width?: "md" | "lg" | "xl" }) {
  return (
    <Page>
      <PageBlock width={width} gutters>
        <Box paddingBlock="space-32">
          <VStack gap="space-24">{children}</VStack>
        </Box>
      </PageBlock>
    </Page>
  );
}
