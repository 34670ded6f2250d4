import { Alert, BodyLong, Heading, Link, VStack } from "@/components/ui/aksel";
import { PageShell } from "./PageShell";

/** A receipt: what was registered, from when, what happens next, and the way back. */
export function Receipt({ heading, lead, lines, back }: { heading: string; lead: string; lines: string[]; back: { href: string; label: string } }) {
  return (
    <PageShell width="md">
      <Alert variant="success">
        <Heading level="1" size="large">
          {heading}
        </Heading>
      </Alert>
      <VStack gap="space-8">
        <BodyLong weight="semibold">{lead}</BodyLong>
        {lines.map((line) => (
          <BodyLong key={line}>{line}</BodyLong>
        ))}
      </VStack>
      <Link href={back.href}>{back.label}</Link>
    </PageShell>
  );
}
