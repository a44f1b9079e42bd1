/**
 * The sigma canvas (test id `graph-canvas`): the map controller draws into it (one renderer per
 * colour scheme), and keys pan and zoom its camera while the map has the focus.
 */
import { Text } from '@mantine/core';
import { useEffect, useRef, useState, type KeyboardEvent } from 'react';
import { useT } from '../i18n';
import type { MapController } from './controllers/map';
import type { Scheme } from './styles';

interface SigmaMapProps {
  map: MapController;
  scheme: Scheme;
  /** Accessible name and the id of the keyboard help text. */
  label: string;
  describedBy: string;
}

/** Sigma draws with WebGL; without it the map says so instead of failing. */
function hasWebGL(): boolean {
  try {
    const canvas = document.createElement('canvas');
    return Boolean(canvas.getContext('webgl2') ?? canvas.getContext('webgl'));
  } catch {
    return false;
  }
}

/** The zoom buttons sit in the bottom-right corner: labels keep clear of them. */
const reserved = ({ width, height }: { width: number; height: number }) => [{ left: width - 64, top: height - 150, right: width, bottom: height }];

export function SigmaMap(props: SigmaMapProps) {
  const t = useT();
  const [webgl] = useState(hasWebGL);
  if (!webgl) {
    return (
      <Text className="rs-graph-nowebgl" data-testid="graph-canvas" role="alert">
        {t('graph.noWebgl')}
      </Text>
    );
  }
  return <SigmaCanvas {...props} />;
}

function SigmaCanvas({ map, scheme, label, describedBy }: SigmaMapProps) {
  const container = useRef<HTMLDivElement>(null);

  useEffect(() => {
    const element = container.current;
    return element ? map.attach(element, scheme, reserved) : undefined;
  }, [map, scheme]);

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.altKey || event.ctrlKey || event.metaKey) return;
    if (map.camera.key(event.key)) event.preventDefault();
  };

  return (
    <div
      ref={container}
      className="rs-graph-canvas"
      data-testid="graph-canvas"
      role="application"
      aria-label={label}
      aria-describedby={describedBy}
      tabIndex={0}
      onKeyDown={onKeyDown}
    />
  );
}
