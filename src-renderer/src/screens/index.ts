import type { ComponentType } from 'react';
import type { Route } from '../routes';
import { ActivitiesScreen } from './ActivitiesScreen';
import { BackupsScreen } from './BackupsScreen';
import { CompareScreen } from './CompareScreen';
import { EcosystemMapScreen } from './EcosystemMapScreen';
import { ImportScreen } from './ImportScreen';
import { LearnScreen } from './LearnScreen';
import { OverviewScreen } from './OverviewScreen';
import { PublishScreen } from './PublishScreen';
import { WhiteSpotsScreen } from './WhiteSpotsScreen';

/** The screen component for each route. */
export const SCREENS: Readonly<Record<Route, ComponentType>> = {
  overzicht: OverviewScreen,
  activiteiten: ActivitiesScreen,
  ecosysteemkaart: EcosystemMapScreen,
  'leer-van-elkaar': LearnScreen,
  vergelijken: CompareScreen,
  'witte-vlekken': WhiteSpotsScreen,
  publiceren: PublishScreen,
  importeren: ImportScreen,
  'back-ups': BackupsScreen,
};
