interface CodeInputProps {
  id: string;
  label: string;
  value: string;
  onChange: (digits: string) => void;
  /** 'new-password' where a code is chosen, 'off' where it is typed to open something. */
  autocomplete: 'new-password' | 'off';
  describedBy?: string;
  invalid?: boolean;
}

/** A labelled field for a numeric code: hidden as typed, the tablet's number keyboard, digits only. */
export function CodeInput({
  id,
  label,
  value,
  onChange,
  autocomplete,
  describedBy,
  invalid,
}: CodeInputProps) {
  return (
    <div class="field">
      <label for={id}>{label}</label>
      <input
        id={id}
        type="password"
        inputMode="numeric"
        autocomplete={autocomplete}
        value={value}
        aria-invalid={invalid}
        aria-describedby={describedBy}
        onInput={(event) => onChange(event.currentTarget.value.replace(/\D/g, '').slice(0, 12))}
      />
    </div>
  );
}
