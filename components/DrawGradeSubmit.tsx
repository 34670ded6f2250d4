"use client";

import { useTranslations } from "next-intl";
import { Button, HStack, Link, VStack } from "@navikt/ds-react";
import { type FormState } from "@/lib/forms/form-state";
import { useForm } from "./form/useForm";

type Props = {
  action: (state: FormState<"grade">, formData: FormData) => Promise<FormState<"grade">>;
  grade: number;
  idempotencyKey: string;
  basedOn: string;
};

/** The final step: one button, guarded against double submits by the idempotency key. */
export function DrawGradeSubmit({ action, grade, idempotencyKey, basedOn }: Props) {
  const t = useTranslations("drawGrade.summary");
  const { formAction, pending, feedback } = useForm(action, ["grade"], "drawGrade.summary", () => "draw-grade-submit");
  return (
    <form action={formAction}>
      <input type="hidden" name="grade" value={grade} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <input type="hidden" name="basedOn" value={basedOn} />
      <VStack gap="space-16">
        {feedback}
        <HStack gap="space-16" align="center">
          <Button type="submit" loading={pending} id="draw-grade-submit">
            {t("submit")}
          </Button>
          <Link href={`/uttaksgrad?grad=${grade}`}>{t("change")}</Link>
        </HStack>
      </VStack>
    </form>
  );
}
