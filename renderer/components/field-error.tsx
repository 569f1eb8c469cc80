/** A validation message under one field; the field points at it with `aria-describedby`. */
export function FieldError({ id, message }: { readonly id: string; readonly message: string | undefined }) {
  return (
    <p id={id} className="field-error" role={message ? 'alert' : undefined} hidden={!message}>
      {message}
    </p>
  );
}
