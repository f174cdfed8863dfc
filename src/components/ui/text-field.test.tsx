import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useState } from 'react';
import { TextField, type TextFieldProps } from './text-field';

/** The field with its value kept, as a form keeps it. */
function Form(props: Omit<TextFieldProps, 'value' | 'onValue'> & { onValue?: (v: string) => void }) {
  const [value, setValue] = useState('');
  return (
    <TextField
      {...props}
      value={value}
      onValue={(v) => {
        setValue(v);
        props.onValue?.(v);
      }}
    />
  );
}

describe('TextField', () => {
  it('is named by its label and gives what is typed', async () => {
    const seen: string[] = [];
    const user = userEvent.setup();
    render(<Form label="标题" onValue={(v) => seen.push(v)} />);
    const input = screen.getByRole('textbox', { name: '标题' });
    await user.type(input, '走访');
    expect(input).toHaveValue('走访');
    expect(seen).toEqual(['走', '走访']);
    expect(input).not.toHaveAttribute('aria-invalid');
    expect(input).not.toHaveAttribute('aria-describedby');
  });

  it('says its hint and its problems to assistive technology, and is marked invalid', () => {
    render(<Form label="公告全文" rows={4} hint="每段一行。" errors={['不能为空', '太长']} />);
    const box = screen.getByRole('textbox', { name: '公告全文' });
    expect(box.tagName).toBe('TEXTAREA');
    expect(box).toHaveAttribute('rows', '4');
    expect(box).toHaveAttribute('aria-invalid', 'true');
    expect(box).toHaveAccessibleDescription('每段一行。 不能为空; 太长');
  });

  it('points at problems listed elsewhere', () => {
    render(
      <>
        <Form label="走访标题" size="sm" problemsId="card-problems" />
        <ul id="card-problems">
          <li>headline: 不能为空</li>
        </ul>
      </>,
    );
    const input = screen.getByRole('textbox', { name: '走访标题' });
    expect(input).toHaveAttribute('aria-invalid', 'true');
    expect(input).toHaveAccessibleDescription('headline: 不能为空');
  });

  it('takes the input’s type and its limits', async () => {
    const user = userEvent.setup();
    render(<Form label="数量" type="number" min="0" required />);
    const input = screen.getByRole('spinbutton', { name: '数量' });
    expect(input).toBeRequired();
    expect(input).toHaveAttribute('min', '0');
    await user.type(input, '12');
    expect(input).toHaveValue(12);
  });
});
