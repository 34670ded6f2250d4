import { Select } from "@navikt/ds-react";

type Props = {
  id: string;
  name: string;
  defaultValue: string;
  error?: string;
  label: string;
  /** The first, empty option: "Choose a country". */
  choose: string;
  countries: ReadonlyArray<{ code: string; name: string }>;
};

/** A country chosen from a list, with an empty first choice, for any form of ours. */
export function CountrySelect({ label, choose, countries, ...field }: Props) {
  return (
    <Select {...field} label={label}>
      <option value="">{choose}</option>
      {countries.map((c) => (
        <option key={c.code} value={c.code}>
          {c.name}
        </option>
      ))}
    </Select>
  );
}
