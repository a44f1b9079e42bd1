/** Writing the website (main asks for the folder) and what came of it, with the way to open it in the user's browser. */
import { Alert, Button, Text } from '@mantine/core';
import { IconExternalLink } from '@tabler/icons-react';
import { useCallback, useState } from 'react';
import type { ArgsOf } from '../../../src-shared/contract';
import type { PublishResult } from '../../../src-shared/site-model';
import type { LocalisedMessage } from '../api/errors';
import { useApiMutation } from '../api/query';
import { useI18n } from '../i18n';
import { locale } from '../i18n/format';

export type BuildState = { status: 'idle' } | { status: 'building' } | { status: 'done'; result: PublishResult } | { status: 'error'; message: LocalisedMessage };

/** publish.build on a click; a cancelled folder dialog leaves the screen as it was. */
export function usePublishBuild(): { state: BuildState; run(args: ArgsOf<'publish.build'>): void } {
  const build = useApiMutation('publish.build');
  const [result, setResult] = useState<PublishResult | null>(null);
  const { run: call, reset } = build;
  const run = useCallback(
    (args: ArgsOf<'publish.build'>) => {
      setResult(null);
      reset();
      call(args).then(
        (written) => setResult(written),
        () => undefined, // the mutation's error, shown below
      );
    },
    [call, reset],
  );
  const state: BuildState = build.busy ? { status: 'building' } : build.error ? { status: 'error', message: build.error } : result ? { status: 'done', result } : { status: 'idle' };
  return { state, run };
}

function size(bytes: number, lang: 'nl' | 'en'): string {
  const kb = bytes / 1024;
  const unit = kb >= 1024 ? 'megabyte' : 'kilobyte';
  return new Intl.NumberFormat(locale(lang), { style: 'unit', unit, maximumFractionDigits: 1 }).format(kb >= 1024 ? kb / 1024 : kb);
}

export function PublishResultPanel({ result }: { result: PublishResult }) {
  const { t, lang } = useI18n();
  const [notOpened, setNotOpened] = useState(false);
  const { run: openIt } = useApiMutation('publish.open');
  const open = () => {
    setNotOpened(false);
    openIt({ folder: result.folder }).then(
      ({ opened }) => setNotOpened(!opened),
      () => setNotOpened(true),
    );
  };
  return (
    <Alert color="green" variant="light" title={t('publish.built.title')} role="status" data-testid="publish-result">
      <Text size="sm" className="rs-publish-where">
        {t('publish.built.where', { folder: result.folder, files: result.files.length, size: size(result.bytes, lang) })}
      </Text>
      <Button mt="sm" variant="filled" leftSection={<IconExternalLink size={18} aria-hidden="true" />} onClick={open} data-testid="publish-open">
        {t('publish.open')}
      </Button>
      {notOpened && (
        <Text size="sm" c="red.8" mt="xs" role="alert">
          {t('publish.notOpened')}
        </Text>
      )}
    </Alert>
  );
}
