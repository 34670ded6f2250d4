"use client";

import { useTranslations } from "next-intl";
import { Button, HStack, Link, VStack } from "@navikt/ds-react";
import { type FormState } from "@/lib/forms/form-state";
import type { RevokeField } from "@/lib/domain/representation-fields";
import { useForm } from "./form/useForm";

type Props = {
  action: (state: FormState<RevokeField>, formData: FormData) => Promise<FormState<RevokeField>>;
  powerId: string;
  idempotencyKey: string;
};

/** The one confirmation before a power is revoked: a form post, saved once. */
export function RevokeForm({ action, powerId, idempotencyKey }: Props) {
  const t = useTranslations("powers.revoke");
  const { formAction, pending, feedback } = useForm(action, ["power"], "powers.revoke", () => "revoke-submit");
  return (
    <form action={formAction}>
      <input type="hidden" name="power" value={powerId} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <VStack gap="space-16">
        {feedback}
        <HStack gap="space-16" align="center">
          <Button type="submit" variant="danger" loading={pending} id="revoke-submit">
            {t("confirm")}
          </Button>
          <Link href="/fullmakter">{t("cancel")}</Link>
        </HStack>
      </VStack>
    </form>
  );
}
