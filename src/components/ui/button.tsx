/**
 * The bordered button of the page, in one place: sizes, light and dark, busy and disabled states. Text-like
 * buttons (a name in a card, a row label) stay plain; everything with a border is this.
 */
import { forwardRef, type ButtonHTMLAttributes } from 'react';

export type ButtonSize = 'xs' | 'sm' | 'md';

const sizes: Record<ButtonSize, string> = {
  xs: 'px-1.5 text-xs',
  sm: 'px-2 py-1 text-sm',
  md: 'px-3 py-1.5 text-sm',
};

export const buttonClass = (size: ButtonSize = 'sm', extra = '') =>
  `rounded border border-slate-300 bg-white font-medium text-slate-800 hover:bg-slate-100 disabled:cursor-not-allowed disabled:opacity-50 aria-disabled:cursor-wait aria-disabled:opacity-60 dark:border-slate-600 dark:bg-slate-900 dark:text-slate-100 dark:hover:bg-slate-800 ${sizes[size]} ${extra}`;

type Props = ButtonHTMLAttributes<HTMLButtonElement> & { size?: ButtonSize };

export const Button = forwardRef<HTMLButtonElement, Props>(function Button(
  { size = 'sm', className = '', type = 'button', ...rest },
  ref,
) {
  return <button ref={ref} type={type} className={buttonClass(size, className)} {...rest} />;
});

/** The select that sits beside buttons (theme, PNG scale, page size). */
export const selectClass =
  'rounded border border-slate-300 bg-white px-1 py-1 text-sm dark:border-slate-600 dark:bg-slate-900';
