import type { AcademicTitle, Degree } from '../../../../common/contracts/directory.ts';
import { formatDate, t, type Locale } from '../../../../common/i18n/index.ts';

/**
 * A scientist's name as written in Vietnamese correspondence, titles first and joined without
 * spaces ("PGS.TS. Nguyễn Văn An"); English separates them ("Assoc. Prof. Dr. Nguyễn Văn An").
 */
export function personDisplayName(
  locale: Locale,
  person: { fullName: string; degree: Degree | null; academicTitle: AcademicTitle | null },
): string {
  const parts: string[] = [];
  if (person.academicTitle) {
    parts.push(t(locale, `directory.academicTitleAbbreviations.${person.academicTitle}`));
  }
  if (person.degree) {
    const degree = t(locale, `directory.degreeAbbreviations.${person.degree}`);
    if (degree) {
      parts.push(degree);
    }
  }
  if (parts.length === 0) {
    return person.fullName;
  }
  return locale === 'vi' ? `${parts.join('')} ${person.fullName}` : `${parts.join(' ')} ${person.fullName}`;
}

/** "Đại học Thái Nguyên (ĐHTN)" or just the name. */
export function organisationDisplayName(organisation: { nameVi: string; abbreviation: string | null }): string {
  return organisation.abbreviation ? `${organisation.nameVi} (${organisation.abbreviation})` : organisation.nameVi;
}

/** The span of a dated relation: "01/09/2015 – nay", "từ 01/09/2015", or nothing when undated. */
export function relationPeriod(locale: Locale, startDate: string | null, endDate: string | null): string {
  const start = startDate ? formatDate(`${startDate}T00:00:00+07:00`) : null;
  const end = endDate ? formatDate(`${endDate}T00:00:00+07:00`) : null;
  if (start && end) {
    return `${start} – ${end}`;
  }
  if (start) {
    return t(locale, 'ui.directory.since', { date: start });
  }
  if (end) {
    return t(locale, 'ui.directory.until', { date: end });
  }
  return '';
}
