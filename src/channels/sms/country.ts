// Which country a phone number belongs to, for SMS_ALLOWED_COUNTRIES. Deliberately small
// and explicit: only the North American Numbering Plan (+1), split into Canada, the United
// States (with its territories) and the other NANP countries, which are never "CA" or "US".
// Area codes: NANPA, "NPA codes by location" (Canada list checked against CNAC, 2025).

/** Canadian area codes (geographic and non-geographic 600/622/633/644/655/677/688). */
const CANADA = new Set(
  (
    '204 226 236 249 250 257 263 289 306 343 354 365 367 368 382 387 403 416 418 428 431 437 438 450 460 468 474 ' +
    '506 514 519 548 579 581 584 587 600 604 613 622 633 639 644 647 655 672 677 683 688 705 709 742 753 778 780 782 ' +
    '807 819 825 867 873 879 902 905 942'
  ).split(' '),
);

/** NANP area codes of countries other than Canada and the United States (Caribbean, Bermuda). */
const OTHER_NANP = new Set(
  (
    '242 246 264 268 284 345 441 473 649 658 664 721 758 767 784 809 829 849 868 869 876'
  ).split(' '),
);

const NANP = /^\+1([2-9]\d{2})[2-9]\d{6}$/;

/** ISO 3166 code of a +1 number ('CA' or 'US'), 'NANP' for other +1 countries, null otherwise. */
export function countryOf(e164: string): 'CA' | 'US' | 'NANP' | null {
  const m = NANP.exec(e164);
  if (!m) return null;
  const area = m[1]!;
  if (CANADA.has(area)) return 'CA';
  if (OTHER_NANP.has(area)) return 'NANP';
  return 'US';
}

/** True when the number is in one of the allowed countries. Codes other than CA and US never match. */
export function isAllowedNumber(e164: string, allowed: readonly string[]): boolean {
  const c = countryOf(e164);
  return (c === 'CA' || c === 'US') && allowed.includes(c);
}
