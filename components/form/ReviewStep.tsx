"use client";

import { useEffect, useRef } from "react";
import { Button, Heading, HStack, List, VStack } from "@navikt/ds-react";
import { ListItem } from "@navikt/ds-react/List";
import { FormSummary, FormSummaryAnswer, FormSummaryAnswers, FormSummaryLabel, FormSummaryValue } from "@navikt/ds-react/FormSummary";
import { type FormState } from "@/lib/forms/form-state";

type Props<F extends string> = {
  state: FormState<F>;
  formAction: (formData: FormData) => void;
  idempotencyKey: string;
  pending: boolean;
  feedback: React.ReactNode;
  texts: { heading: string; confirm: string; edit: string };
  /** Shown between the answers and the buttons, e.g. a warning about one of the answers. */
  children?: React.ReactNode;
};

/**
 * The check-your-answers step every form with one shares: the answers as the
 * server read them, notes such as "what usually happens", and "Send" or
 * "Change your answers". What was typed travels in hidden fields, so nothing
 * is saved before the user confirms, and it works without JavaScript.
 */
export function ReviewStep<F extends string>({ state, formAction, idempotencyKey, pending, feedback, texts, children }: Props<F>) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), []);
  return (
    <form action={formAction}>
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      {(Object.entries(state.values) as Array<[string, string]>).map(([f, v]) => (
        <input key={f} type="hidden" name={f} value={v} />
      ))}
      <VStack gap="space-20">
        <Heading level="2" size="large" ref={heading} tabIndex={-1} data-focus-on-load>
          {texts.heading}
        </Heading>
        <FormSummary>
          <FormSummaryAnswers>
            {state.review!.map((r) => (
              <FormSummaryAnswer key={r.label}>
                <FormSummaryLabel>{r.label}</FormSummaryLabel>
                <FormSummaryValue>{r.value}</FormSummaryValue>
              </FormSummaryAnswer>
            ))}
          </FormSummaryAnswers>
        </FormSummary>
        {state.notes?.map((n) => (
          <VStack key={n.heading} gap="space-8">
            <Heading level="3" size="small">
              {n.heading}
            </Heading>
            <List>
              {n.items.map((item) => (
                <ListItem key={item}>{item}</ListItem>
              ))}
            </List>
          </VStack>
        ))}
        {children}
        {feedback}
        <HStack gap="space-16">
          <Button type="submit" name="confirm" value="yes" loading={pending}>
            {texts.confirm}
          </Button>
          <Button type="submit" name="confirm" value="edit" variant="secondary" disabled={pending}>
            {texts.edit}
          </Button>
        </HStack>
      </VStack>
    </form>
  );
}
