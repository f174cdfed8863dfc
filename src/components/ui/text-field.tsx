/**
 * The labelled fields of the page's forms, in one place: a bulletin's fields in 添加公告, a fact's correction in its
 * card, the 添加为 toolbar's questions. `Field` lays out a label and its control; `TextField` is a text input or text
 * box with its hint and its problems named to assistive technology (aria-describedby), whether they are said under
 * it (`errors`) or listed elsewhere, as a fact card lists its own (`problemsId`); `SelectField` is a choice.
 */
import { memo, useId, type InputHTMLAttributes, type ReactNode } from 'react';
import { selectClass } from './button';

/** 'md': a form's fields; 'sm' (the default): the small fields of a card or a toolbar. */
export type FieldSize = 'sm' | 'md';

/** The look of a text input or text box; a red border where it is marked invalid, greyed while it takes no typing. */
export const inputClass = (size: FieldSize = 'md') =>
  `w-full rounded border border-slate-300 bg-white px-2 py-1 aria-invalid:border-red-500 disabled:cursor-wait disabled:bg-slate-100 disabled:text-slate-500 dark:border-slate-600 dark:bg-slate-900 dark:disabled:bg-slate-800 dark:disabled:text-slate-400${size === 'sm' ? ' text-sm' : ''}`;

const wrapClass: Record<FieldSize, string> = { sm: 'space-y-0.5', md: 'space-y-1' };
const labelClass: Record<FieldSize, string> = {
  sm: 'block text-xs text-slate-700 dark:text-slate-300',
  md: 'block text-sm font-medium',
};

/** A label above its control; `children` gets the id the control must carry. */
export function Field({
  label,
  size = 'sm',
  className = '',
  children,
}: {
  label: string;
  size?: FieldSize;
  className?: string;
  children: (id: string) => ReactNode;
}) {
  const id = useId();
  return (
    <div className={`${wrapClass[size]} ${className}`.trim()}>
      <label htmlFor={id} className={labelClass[size]}>
        {label}
      </label>
      {children(id)}
    </div>
  );
}

export type TextFieldProps = Pick<
  InputHTMLAttributes<HTMLInputElement>,
  'disabled' | 'required' | 'min' | 'step'
> & {
  label: string;
  value: string;
  /** The new value, as typed. */
  onValue: (value: string) => void;
  /** The input's type (text, date, number, url, datetime-local); ignored where `rows` makes it a text box. */
  type?: string;
  /** A text box of this many rows instead of one line. */
  rows?: number;
  /** What to write, said under the field. */
  hint?: string;
  /** Problems with the value, said under the field. */
  errors?: readonly string[] | undefined;
  /** Problems listed elsewhere (a fact card's list): the field is marked invalid and described by them. */
  problemsId?: string | undefined;
  size?: FieldSize;
  /** Classes of the field's box in its grid (e.g. two columns wide). */
  className?: string;
};

/** A labelled text input or text box; memoised, so a long text box renders again only when its own props change. */
export const TextField = memo(function TextField({
  label,
  value,
  onValue,
  type = 'text',
  rows,
  hint,
  errors,
  problemsId,
  size = 'sm',
  className,
  ...attributes
}: TextFieldProps) {
  const own = useId();
  const hintId = `${own}-hint`;
  const errorsId = `${own}-errors`;
  const hasErrors = errors !== undefined && errors.length > 0;
  const described = [hint ? hintId : '', hasErrors ? errorsId : '', problemsId ?? '']
    .filter(Boolean)
    .join(' ');
  return (
    <Field label={label} size={size} className={className}>
      {(id) => {
        const common = {
          ...attributes,
          id,
          value,
          'aria-invalid': hasErrors || problemsId ? true : undefined,
          'aria-describedby': described || undefined,
        };
        return (
          <>
            {rows ? (
              // A layer of its own: a long text is not painted again each time something else on the page changes.
              <textarea
                {...common}
                rows={rows}
                className={`${inputClass(size)} will-change-transform`}
                onChange={(e) => onValue(e.target.value)}
              />
            ) : (
              <input
                {...common}
                type={type}
                className={inputClass(size)}
                onChange={(e) => onValue(e.target.value)}
              />
            )}
            {hint && (
              <p id={hintId} className="text-xs text-slate-600 dark:text-slate-400">
                {hint}
              </p>
            )}
            {hasErrors && (
              <p id={errorsId} className="text-xs text-red-700 dark:text-red-300">
                {errors.join('; ')}
              </p>
            )}
          </>
        );
      }}
    </Field>
  );
});

/** A labelled choice among `choices`; `problemsId` as a TextField's. */
export function SelectField<V extends string>({
  label,
  value,
  onValue,
  choices,
  problemsId,
  size = 'sm',
  selectClassName = '',
}: {
  label: string;
  value: V;
  onValue: (value: V) => void;
  choices: readonly { value: V; label: string }[];
  problemsId?: string | undefined;
  size?: FieldSize;
  /** Classes added to the select's own (its width, a phone's touch size). */
  selectClassName?: string;
}) {
  return (
    <Field label={label} size={size}>
      {(id) => (
        <select
          id={id}
          className={`${selectClass} ${selectClassName}`.trim()}
          value={value}
          aria-invalid={problemsId ? true : undefined}
          aria-describedby={problemsId}
          // The value is one of `choices`, each a V.
          onChange={(e) => onValue(e.target.value as V)}
        >
          {choices.map((choice) => (
            <option key={choice.value} value={choice.value}>
              {choice.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
