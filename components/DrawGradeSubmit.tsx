"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { Alert, Button, HStack, Link, VStack } from "@navikt/ds-react";
import { type ApplyState } from "@/app/uttaksgrad/actions";

type Props = {
  action: (state: ApplyState, formData: FormData) => Promise<ApplyState>;
  grade: number;
  idempotencyKey: string;
  basedOn: string;
};

/** The final step: one button, guarded against double submits by the idempotency key. */
export function DrawGradeSubmit({ action, grade, idempotencyKey, basedOn }: Props) {
  const t = useTranslations("drawGrade.summary");
  const [state, formAction, pending] = useActionState(action, {});
  return (
    <form action={formAction}>
      <input type="hidden" name="grade" value={grade} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="basedOn" value={basedOn} />
      <VStack gap="space-16">
        {state.problem && <Alert variant="error">{t(state.problem)}</Alert>}
        <HStack gap="space-16" align="center">
          <Button type="submit" loading={pending}>{t("submit")}</Button>
          <Link href={`/uttaksgrad?grad=${grade}`}>{t("change")}</Link>
        </HStack>
      </VStack>
    </form>
  );
}
