// The Intl locale of each edition, from the table of editions (src/lib/i18n/editions.ts).
import { byEdition } from '../i18n/editions.ts';

export const intlLocale = byEdition((e) => e.intl);
