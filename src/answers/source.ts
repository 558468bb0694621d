import type { Knowledge, Section, SectionRef } from '../knowledge/schema';

/** Where an answer comes from, as staff find it in the printed programme. */
export interface SourceRef {
  sectionRef: SectionRef;
  title: string;
  /** Absent when the programme's contents list no pages. */
  page?: number;
}

export function sourceOf(section: Section): SourceRef {
  return { sectionRef: section.ref, title: section.title, ...(section.page !== undefined ? { page: section.page } : {}) };
}

/** "Abschnitt 3.1 Geschäftspolitische Ziele, S. 10"; the Präambel has no number. */
export function formatSource(source: SourceRef): string {
  const name = /^\d/.test(source.sectionRef) ? `Abschnitt ${source.sectionRef} ${source.title}` : source.title;
  return source.page !== undefined ? `${name}, S. ${source.page}` : name;
}

export class SectionLookup {
  private readonly byRef: Map<string, Section>;

  constructor(knowledge: Pick<Knowledge, 'sections'>) {
    this.byRef = new Map(knowledge.sections.map((s) => [s.ref as string, s]));
  }

  get(ref: SectionRef): Section {
    const section = this.byRef.get(ref);
    if (!section) throw new Error(`[answers] unknown section "${ref}"`);
    return section;
  }

  source(ref: SectionRef): SourceRef {
    return sourceOf(this.get(ref));
  }
}
