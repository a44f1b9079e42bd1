import { Code, Modal, Stack, Table, Text } from '@mantine/core';
import { useT } from '../i18n';
import { useAppInfo } from '../state/appData';

interface AboutModalProps {
  opened: boolean;
  onClose(): void;
}

/** A `<div>` instead of Mantine's `<header>`: a second banner landmark would confuse screen readers. */
const renderDiv = (props: Record<string, unknown>) => <div {...props} />;

/** Version, database file and environment, from `app.info`. */
export function AboutModal({ opened, onClose }: AboutModalProps) {
  const t = useT();
  const appInfo = useAppInfo();

  return (
    <Modal.Root opened={opened} onClose={onClose} size="lg">
      <Modal.Overlay />
      <Modal.Content data-testid="about-modal">
        <Modal.Header renderRoot={renderDiv}>
          <Modal.Title fw={650} fz="lg">
            {t('about.title')}
          </Modal.Title>
          <Modal.CloseButton aria-label={t('about.close')} />
        </Modal.Header>
        <Modal.Body>
          <Stack gap="md">
            <Text>{t('about.description')}</Text>
            {appInfo === null && <Text c="dimmed">{t('about.unavailable')}</Text>}
            {appInfo && (
              <Table variant="vertical" layout="fixed" withTableBorder>
                <Table.Tbody>
                  <Table.Tr>
                    <Table.Th w={170}>{t('about.version')}</Table.Th>
                    <Table.Td data-testid="about-version">{appInfo.version}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('about.database')}</Table.Th>
                    <Table.Td>
                      <Code data-testid="about-database-path" className="rs-path">
                        {appInfo.databasePath}
                      </Code>
                    </Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('about.schema')}</Table.Th>
                    <Table.Td>{appInfo.schemaVersion}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('about.host')}</Table.Th>
                    <Table.Td>{appInfo.host === 'electron' ? t('about.host.electron') : t('about.host.http')}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th>{t('about.access')}</Table.Th>
                    <Table.Td>{appInfo.readOnly ? t('about.readOnly') : t('about.readWrite')}</Table.Td>
                  </Table.Tr>
                </Table.Tbody>
              </Table>
            )}
          </Stack>
        </Modal.Body>
      </Modal.Content>
    </Modal.Root>
  );
}
