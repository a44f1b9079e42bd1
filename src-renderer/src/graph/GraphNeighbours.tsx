/**
 * In the detail drawer of an initiative opened from the map: its neighbours on the map (over the
 * visible lines), strongest first, each with what the two share.
 */
import { Text, Title, UnstyledButton } from '@mantine/core';
import type { EdgeType } from '../../../src-shared/model';
import { describeShared, type PairingLens, type SharedCodes, type SharedKey } from '../../../src-shared/pairing';
import { codeLabel, useI18n } from '../i18n';
import type { MapGraph } from './graphSync';

interface Neighbour {
  key: string;
  label: string;
  color: string;
  weight: number;
  shared: Partial<Record<EdgeType, string[]>>;
  learnLens?: PairingLens;
}

/** A learn edge's `key:code` list back to the pair's shared codes. */
function sharedFromCodes(list: readonly string[]): SharedCodes {
  const out: SharedCodes = {};
  for (const item of list) {
    const at = item.indexOf(':');
    (out[item.slice(0, at) as SharedKey] ??= []).push(item.slice(at + 1));
  }
  return out;
}

function neighboursOf(graph: MapGraph, node: string, learnLens: PairingLens | null): Neighbour[] {
  if (!graph.hasNode(node)) return [];
  const byKey = new Map<string, Neighbour>();
  graph.forEachEdge(node, (_, edge, source, target) => {
    if (edge.hidden) return;
    const key = source === node ? target : source;
    const attrs = graph.getNodeAttributes(key);
    const entry = byKey.get(key) ?? { key, label: attrs.label, color: attrs.color, weight: 0, shared: {} };
    entry.weight += edge.kind === 'generic' ? 0.5 : edge.weight;
    entry.shared[edge.kind] = edge.shared;
    if (edge.kind === 'learn' && learnLens) entry.learnLens = learnLens;
    byKey.set(key, entry);
  });
  return [...byKey.values()].sort((a, b) => b.weight - a.weight || a.label.localeCompare(b.label));
}

export function GraphNeighbours({ graph, node, learnLens, onOpen }: { graph: MapGraph; node: string; learnLens: PairingLens | null; onOpen(key: string): void }) {
  const { t, lang } = useI18n();
  const neighbours = neighboursOf(graph, node, learnLens);
  const lines = (n: Neighbour) => [
    n.shared.sector && t('graph.neighbours.sectors', { list: n.shared.sector.map((code) => codeLabel('sector', code, lang)).join(', ') }),
    n.shared.generic && t('graph.neighbours.generic'),
    n.shared.providers && t('graph.neighbours.providers', { list: n.shared.providers.join(', ') }),
    n.shared.learn && n.learnLens && t('graph.neighbours.learn', { why: describeShared(n.learnLens, sharedFromCodes(n.shared.learn), lang) }),
  ].filter((line): line is string => Boolean(line));

  return (
    <section aria-labelledby="graph-neighbours-title" data-testid="graph-neighbours">
      <Title order={3} id="graph-neighbours-title" className="rs-detail-section">
        {t('graph.neighbours.title', { count: neighbours.length })}
      </Title>
      {neighbours.length === 0 ? (
        <Text size="sm" c="dimmed">{t('graph.neighbours.none')}</Text>
      ) : (
        <ul className="rs-graph-neighbours">
          {neighbours.map((n) => (
            <li key={n.key}>
              <UnstyledButton className="rs-graph-neighbour" onClick={() => onOpen(n.key)} data-testid={`graph-neighbour-${n.key}`}>
                <span className="rs-graph-swatch" style={{ ['--swatch' as string]: n.color }} aria-hidden="true" />
                <span className="rs-graph-neighbour-name">{n.label}</span>
              </UnstyledButton>
              {lines(n).map((line) => (
                <Text key={line} size="xs" c="dimmed" className="rs-graph-neighbour-shared">
                  {line}
                </Text>
              ))}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
