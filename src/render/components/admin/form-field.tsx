/**
 * Labelled form controls: a visible label, an optional hint and an error message, both tied to
 * the control with `aria-describedby`, and `aria-invalid` while the error stands.
 */
import type { ComponentChildren } from 'preact';
import type { AdminOption } from '../../admin-view-models.js';

/** What every control shares. */
interface FieldBase {
  id: string;
  name: string;
  label: string;
  hint?: string | null | undefined;
  error?: string | null | undefined;
  required?: boolean;
  /** Shown but not editable (the person may read the story but not change it). */
  readOnly?: boolean;
  /** Extra class on the wrapper (layout in a grid). */
  class?: string;
}

/**
 * The language and direction of what is typed, when it is not the page's (an Arabic story in
 * an English admin): on the control only, so its label and hint keep the page's.
 */
interface TypedText {
  lang?: string | undefined;
  dir?: 'ltr' | 'rtl' | 'auto' | undefined;
}

/** The ids that describe a control: its hint and its error, when present. */
function describedBy(id: string, hint: unknown, error: unknown): string | undefined {
  const ids = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean);
  return ids.length > 0 ? ids.join(' ') : undefined;
}

/** The wrapper: label, hint, error, then the control. */
function Field(props: FieldBase & { children: ComponentChildren; labelId?: string }) {
  const { id, label, hint, error } = props;
  return (
    <div class={['field', error ? 'field--invalid' : '', props.class ?? ''].filter(Boolean).join(' ')}>
      <label class="field__label" for={id} id={props.labelId}>
        {label}
      </label>
      {hint && (
        <p class="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p class="field__error" id={`${id}-error`}>
          {error}
        </p>
      )}
      {props.children}
    </div>
  );
}

/** A one-line text input (text, email, password, search, datetime-local). */
export function TextField(
  props: FieldBase & TypedText & {
    value: string;
    type?: 'text' | 'email' | 'password' | 'search' | 'datetime-local';
    autocomplete?: string;
    maxLength?: number;
    /** Seconds granularity of a datetime-local field. */
    step?: number;
    spellcheck?: boolean;
  },
) {
  return (
    <Field {...props}>
      <input
        class="field__input"
        id={props.id}
        name={props.name}
        type={props.type ?? 'text'}
        value={props.value}
        required={props.required}
        readOnly={props.readOnly}
        autocomplete={props.autocomplete}
        maxLength={props.maxLength}
        step={props.step}
        spellcheck={props.spellcheck}
        lang={props.lang}
        dir={props.dir}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      />
    </Field>
  );
}

/** A multi-line text area; `before` goes between the label and the area (the Markdown toolbar). */
export function TextAreaField(props: FieldBase & TypedText & { value: string; rows: number; maxLength?: number; before?: ComponentChildren }) {
  return (
    <Field {...props}>
      {props.before}
      <textarea
        class="field__input field__textarea"
        id={props.id}
        name={props.name}
        rows={props.rows}
        required={props.required}
        readOnly={props.readOnly}
        maxLength={props.maxLength}
        lang={props.lang}
        dir={props.dir}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.value}
      </textarea>
    </Field>
  );
}

/** A `<select>` of options; `value` picks the selected one. */
export function SelectField(props: FieldBase & { value: string; options: readonly AdminOption[] }) {
  return (
    <Field {...props}>
      <select
        class="field__input field__select"
        id={props.id}
        name={props.name}
        required={props.required}
        disabled={props.readOnly}
        aria-describedby={describedBy(props.id, props.hint, props.error)}
        aria-invalid={props.error ? 'true' : undefined}
      >
        {props.options.map((option) => (
          <option value={option.value} selected={option.value === props.value} lang={option.lang}>
            {option.label}
          </option>
        ))}
      </select>
    </Field>
  );
}
