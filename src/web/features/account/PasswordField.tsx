/** A labelled password input: "current" for one the user has, "new" for one they choose. */
export function PasswordField({
  id,
  label,
  kind,
  value,
  onChange,
  describedBy,
}: {
  id: string;
  label: string;
  kind: 'current' | 'new';
  value: string;
  onChange: (value: string) => void;
  describedBy?: string;
}) {
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <input
        id={id}
        type="password"
        autoComplete={`${kind}-password`}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy}
        required
      />
    </>
  );
}
