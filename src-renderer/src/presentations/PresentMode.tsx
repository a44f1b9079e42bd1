/**
 * Presenting: the slides full screen (the Fullscreen API on the stage; where it is refused the stage
 * still fills the window), moved with the arrow keys, PageUp/PageDown, Space, Home and End; Escape
 * closes. The presenter view splits the stage: the current slide, the next one, the notes and a clock
 * of the time since presenting began.
 */
import { ActionIcon, Text } from '@mantine/core';
import { IconX } from '@tabler/icons-react';
import { useEffect, useRef, useState } from 'react';
import type { SlideShow } from '../../../src-shared/presentations';
import { useI18n } from '../i18n';
import { SlideCanvas } from './SlideCanvas';

function clock(ms: number): string {
  const s = Math.floor(ms / 1000);
  return `${String(Math.floor(s / 60)).padStart(2, '0')}:${String(s % 60).padStart(2, '0')}`;
}

/** The time since `start`, redrawn each whole second (a timeout per second, not a polling loop). */
function useElapsed(start: number): number {
  const [now, setNow] = useState(start);
  useEffect(() => {
    const timer = setTimeout(() => setNow(Date.now()), 1000 - ((Date.now() - start) % 1000));
    return () => clearTimeout(timer);
  }, [now, start]);
  return now - start;
}

export function PresentMode({ title, slides, presenter, onClose }: { title: string; slides: SlideShow[]; presenter: boolean; onClose(): void }) {
  const { t } = useI18n();
  const stage = useRef<HTMLDivElement>(null);
  const [index, setIndex] = useState(0);
  const [start] = useState(() => Date.now());
  const elapsed = useElapsed(start);
  const last = slides.length - 1;

  useEffect(() => {
    const el = stage.current;
    el?.focus();
    // Full screen where the browser allows it; leaving full screen (Escape there) closes the presentation.
    if (el && typeof el.requestFullscreen === 'function' && !document.fullscreenElement) el.requestFullscreen().catch(() => undefined);
    const left = () => {
      if (!document.fullscreenElement) onClose();
    };
    let entered = false;
    const change = () => {
      if (document.fullscreenElement) entered = true;
      else if (entered) left();
    };
    document.addEventListener('fullscreenchange', change);
    return () => {
      document.removeEventListener('fullscreenchange', change);
      if (document.fullscreenElement) void document.exitFullscreen().catch(() => undefined);
    };
  }, [onClose]);

  const onKey = (event: React.KeyboardEvent) => {
    const go = (next: number) => {
      event.preventDefault();
      setIndex(Math.min(Math.max(next, 0), last));
    };
    switch (event.key) {
      case 'ArrowRight':
      case 'ArrowDown':
      case 'PageDown':
      case ' ':
        return go(index + 1);
      case 'ArrowLeft':
      case 'ArrowUp':
      case 'PageUp':
        return go(index - 1);
      case 'Home':
        return go(0);
      case 'End':
        return go(last);
      case 'Escape':
        event.preventDefault();
        onClose();
        return;
    }
  };

  const current = slides[index]!;
  const next = slides[index + 1];
  return (
    <div
      ref={stage}
      className={`rs-stage${presenter ? ' rs-stage-presenter' : ''}`}
      role="dialog"
      aria-modal="true"
      aria-label={t('presentations.stage.label', { title })}
      tabIndex={-1}
      onKeyDown={onKey}
      data-testid="presentation-stage"
      data-slide={index + 1}
    >
      <ActionIcon className="rs-stage-close" variant="subtle" color="gray" aria-label={t('presentations.stage.close')} onClick={onClose} data-testid="stage-close">
        <IconX size={20} aria-hidden="true" />
      </ActionIcon>
      <div className="rs-stage-main">
        <SlideCanvas slide={current} />
        <Text size="xs" c="dimmed" className="rs-stage-position" aria-live="polite" data-testid="stage-position">
          {t('presentations.stage.position', { n: index + 1, total: slides.length })}
        </Text>
      </div>
      {presenter && (
        <aside className="rs-stage-side" data-testid="presenter-panel">
          <section>
            <h3>{t('presentations.stage.timer')}</h3>
            <p className="rs-stage-timer" data-testid="presenter-timer">
              {clock(elapsed)}
            </p>
          </section>
          <section>
            <h3>{t('presentations.stage.next')}</h3>
            {next ? <SlideCanvas slide={next} compact /> : <p>{t('presentations.stage.last')}</p>}
          </section>
          <section>
            <h3>{t('presentations.stage.notes')}</h3>
            <p className="rs-stage-notes" data-testid="presenter-notes">
              {current.note.trim() ? current.note : t('presentations.stage.noNotes')}
            </p>
          </section>
          <Text size="xs" c="dimmed">
            {t('presentations.stage.keys')}
          </Text>
        </aside>
      )}
    </div>
  );
}
