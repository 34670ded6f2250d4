"use client";

import { useTranslations } from "next-intl";
import { Button, Radio, RadioGroup, Textarea, VStack } from "@navikt/ds-react";
import { type FormState } from "@/lib/forms/form-state";
import { MESSAGE_MAX_TEXT, TOPICS } from "@/lib/domain/message-topics";
import { CharacterCount } from "./form/CharacterCount";
import { useForm } from "./form/useForm";

type Field = "topic" | "text" | "thread";
type Props<F extends Field> = {
  action: (state: FormState<F>, formData: FormData) => Promise<FormState<F>>;
  idempotencyKey: string;
  /** Set when answering in a conversation; otherwise the form starts one and asks for a topic. */
  thread?: string;
};

/** Writing to Nav, or answering in a conversation: a topic (new only) and the text. Works without JavaScript. */
export function MessageForm<F extends Field>({ action, idempotencyKey, thread }: Props<F>) {
  const t = useTranslations("inbox.form");
  const fields = (thread ? ["thread", "text"] : ["topic", "text"]) as F[];
  const shared = useTranslations("forms");
  const { state, formAction, pending, field, group, feedback, key } = useForm(action, fields, "inbox.form", (f: F) =>
    f === "topic" ? "topic-PAYMENT" : `message-${f}`,
  );
  return (
    <form action={formAction} key={key} noValidate>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {thread && <input type="hidden" name="thread" value={thread} />}
      <VStack gap="space-20">
        {feedback}
        {!thread && (
          <RadioGroup {...group("topic" as F)} legend={t("topic")}>
            {TOPICS.map((topic) => (
              <Radio key={topic} value={topic} id={`topic-${topic}`}>
                {t(`topics.${topic}`)}
              </Radio>
            ))}
          </RadioGroup>
        )}
        <CharacterCount max={MESSAGE_MAX_TEXT} value={state.values["text" as F]} leftText={shared.raw("countLeft")} overText={shared.raw("countOver")}>
          <Textarea {...field("text" as F)} label={thread ? t("replyLabel") : t("text")} description={t("textDescription")} minRows={6} />
        </CharacterCount>
        <div>
          <Button type="submit" loading={pending}>
            {thread ? t("reply") : t("send")}
          </Button>
        </div>
      </VStack>
    </form>
  );
}
