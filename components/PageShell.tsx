import { Box, PageBlock, VStack } from "@/components/ui/aksel";

/** The common page frame: a readable width and consistent spacing (Aksel's Page markup, rendered on the server). */
export function PageShell({ children, width = "lg" }: { children: React.ReactNode; width?: "md" | "lg" | "xl" }) {
  return (
    <div className="aksel-page">
      <div className="aksel-page__content--grow aksel-page__content--padding">
        <PageBlock width={width} gutters>
          <Box paddingBlock="space-32">
            <VStack gap="space-24">{children}</VStack>
          </Box>
        </PageBlock>
      </div>
    </div>
  );
}
