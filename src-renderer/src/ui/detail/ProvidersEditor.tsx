/**
 * The organisations per provider role in an activity's edit form: one tags field per role of the
 * codebook, suggesting the organisations the scan knows; a name typed that none has makes a new
 * organisation when saved (main matches names case and spacing aside). Sent as `providers`.
 */
import { Stack, TagsInput, Text, Title } from '@mantine/core';
import { codeLabel, useI18n } from '../../i18n';
import { EDITED_ROLES } from './editModel';

interface ProvidersEditorProps {
  value: Record<string, string[]>;
  /** The organisations the suggestions offer. */
  known: readonly string[];
  onChange(value: Record<string, string[]>): void;
}

export function ProvidersEditor({ value, known, onChange }: ProvidersEditorProps) {
  const { t, lang } = useI18n();
  return (
    <section aria-labelledby="edit-providers-title" data-testid="edit-providers">
      <Title order={4} id="edit-providers-title" className="rs-detail-section">{t('explore.detail.providers')}</Title>
      <Text size="xs" c="dimmed" mb="xs">{t('edit.providers.lead')}</Text>
      <Stack gap="xs">
        {EDITED_ROLES.map((role) => (
          <TagsInput
            key={role}
            label={codeLabel('role', role, lang)}
            data={[...known]}
            value={value[role] ?? []}
            onChange={(names) => onChange({ ...value, [role]: names })}
            splitChars={[';']}
            clearable
            acceptValueOnBlur
            maxTags={200}
            comboboxProps={{ withinPortal: true }}
            data-testid={`edit-role-${role}`}
          />
        ))}
      </Stack>
    </section>
  );
}
