import {
  IconAffiliate,
  IconArrowsLeftRight,
  IconBulb,
  IconFileImport,
  IconGrid3x3,
  IconHistory,
  IconLayoutDashboard,
  IconListDetails,
  IconWorldUpload,
  IconTarget,
  IconScale,
  IconLink,
  type Icon,
} from '@tabler/icons-react';
import type { Route } from '../routes';

/** One icon per screen, used in the navigation and the screens' empty states. */
export const SCREEN_ICONS: Readonly<Record<Route, Icon>> = {
  overzicht: IconLayoutDashboard,
  activiteiten: IconListDetails,
  ecosysteemkaart: IconAffiliate,
  'leer-van-elkaar': IconBulb,
  vergelijken: IconArrowsLeftRight,
  'witte-vlekken': IconGrid3x3,
  publiceren: IconWorldUpload,
  importeren: IconFileImport,
  'back-ups': IconHistory,
  beleidsdoelen: IconTarget,
  'vraag-en-aanbod': IconScale,
  'te-koppelen': IconLink,
};
