/**
 * A drop-down that always holds one of its options (it cannot be cleared), opened in place rather
 * than in a portal, so its list stays in the screen's focus order; `onChange` gets the picked value.
 */
import { Select, type SelectProps } from '@mantine/core';

type Props = Omit<SelectProps, 'onChange' | 'allowDeselect' | 'comboboxProps'> & { onChange(value: string): void; 'data-testid'?: string };

export function ChoiceSelect({ onChange, ...select }: Props) {
  return <Select {...select} onChange={(value) => value && onChange(value)} allowDeselect={false} comboboxProps={{ withinPortal: false }} />;
}
