import { z } from 'zod';

/**
 * The knowledge model. Every file in `knowledge/` is validated against these
 * schemas once, at start-up; the rest of the code trusts the inferred types.
 *
 * `generated/` files are written by `npm run ingest` from the programme document;
 * `curated/` files are written by people and point into the document by section.
 */

/** "Präambel", "1", "2.1", "5.3.2" — a section of the programme as its table of contents names it. */
export const SectionRefSchema = z.string().min(1).brand<'SectionRef'>();
export type SectionRef = z.infer<typeof SectionRefSchema>;

/** ISO date (yyyy-MM-dd); shown to users as dd.MM.yyyy. */
export const IsoDateSchema = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected yyyy-MM-dd');

export const UnitSchema = z.enum(['Anzahl', '%', '€', 'Prozentpunkte']);
export type Unit = z.infer<typeof UnitSchema>;

/** What a figure stands for in time: an actual value, a plan, a change, a share or a value at a reference date. */
export const PeriodKindSchema = z.enum(['Ist', 'Plan', 'Veränderung', 'Anteil', 'Stichtag', 'Zuteilung', 'Schätzwert', 'Differenz']);
export type PeriodKind = z.infer<typeof PeriodKindSchema>;

export const ParagraphSchema = z.object({
  /** Nearest sub-heading inside the section, when the document has one (e.g. "Ausbildungsmarkt"). */
  heading: z.string().optional(),
  text: z.string().min(1),
  /** Bullet lists stay one paragraph, items joined by "; ". */
  isList: z.boolean().default(false),
});
export type Paragraph = z.infer<typeof ParagraphSchema>;

/** A chart whose image the text export lost: only its title, caption lines and source survive. */
export const ChartSchema = z.object({
  title: z.string().min(1),
  /** Short lines printed under the title ("Februar 2023 - Daten nach einer Wartezeit von 6 Monaten"). */
  captions: z.array(z.string().min(1)).optional(),
  /** "Quelle: …" line under the chart, without "Quelle:". */
  source: z.string().optional(),
});
export type Chart = z.infer<typeof ChartSchema>;

export const SectionSchema = z.object({
  ref: SectionRefSchema,
  /** "3.1" or null for the Präambel. */
  number: z.string().nullable(),
  title: z.string().min(1),
  /** Page in the printed programme, from its table of contents; absent when the contents list no pages. */
  page: z.number().int().positive().optional(),
  /** 1 for "3", 2 for "3.1" … up to 4 for "3.3.2.1". */
  level: z.number().int().min(1).max(4),
  paragraphs: z.array(ParagraphSchema),
  /** Charts the printed programme shows here; the text export lost their images and figures. */
  charts: z.array(ChartSchema).optional(),
});
export type Section = z.infer<typeof SectionSchema>;

export const CellSchema = z.object({
  /** Full column label, parent headers joined: "Altersgruppe 15 bis unter 25 Jahre männlich". */
  column: z.string().min(1),
  /** The text as printed: "4.383", "-10,2", "19,1". */
  raw: z.string().min(1),
  value: z.number(),
  unit: UnitSchema,
  year: z.number().int().optional(),
  period: PeriodKindSchema.optional(),
});
export type Cell = z.infer<typeof CellSchema>;

export const TableRowSchema = z.object({
  label: z.string().min(1),
  /** The bold row this row belongs to ("Integrationsquote Frauen" for its "Integrationen" row). */
  group: z.string().optional(),
  /** Printed in bold: a total or a group head. */
  isTotal: z.boolean(),
  cells: z.array(CellSchema),
});
export type TableRow = z.infer<typeof TableRowSchema>;

export const TableSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  title: z.string().min(1),
  sectionRef: SectionRefSchema,
  /** "Stand" date the document gives for the table. */
  stand: IsoDateSchema.optional(),
  /** "Quelle: …" line under the table, without "Quelle:". */
  source: z.string().optional(),
  /** Short lines printed between title and table ("in Euro", "Haushaltsjahr 2023/ 2024"). */
  captions: z.array(z.string().min(1)).optional(),
  /** The sub-heading the table stands under, when its title had to be taken from its first bold row. */
  heading: z.string().optional(),
  /** What the rows are, from the header's first column ("Sozialversicherungspflichtig Beschäftigte nach …"). */
  rowHeader: z.string().optional(),
  columns: z.array(z.string().min(1)).min(1),
  rows: z.array(TableRowSchema).min(1),
});
export type Table = z.infer<typeof TableSchema>;

export const SectionsFileSchema = z.object({
  /** sha256 of the programme document the file was generated from. */
  documentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  /** "Stand" of the programme itself (13.11.2023 → 2023-11-13). */
  documentStand: IsoDateSchema,
  documentTitle: z.string().min(1),
  sections: z.array(SectionSchema).min(1),
});
export type SectionsFile = z.infer<typeof SectionsFileSchema>;

export const TablesFileSchema = z.object({
  documentSha256: z.string().regex(/^[0-9a-f]{64}$/),
  tables: z.array(TableSchema).min(1),
});
export type TablesFile = z.infer<typeof TablesFileSchema>;

/** A figure the document states in a sentence rather than a table. `quote` must occur in the section verbatim. */
export const ProseFigureSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  label: z.string().min(1),
  value: z.number(),
  unit: UnitSchema,
  sectionRef: SectionRefSchema,
  quote: z.string().min(1),
  /** Month or day the figure refers to, when the sentence says ("September 2023" → 2023-09-30). */
  stand: IsoDateSchema.optional(),
  /** The figure as the sentence prints it, qualifier included ("ca. 4.530", "fast ein Viertel"); must occur in `quote`. */
  printed: z.string().min(1).optional(),
  /** Words staff may use for it that the quote does not contain. */
  keywords: z.array(z.string()).default([]),
});
export type ProseFigure = z.infer<typeof ProseFigureSchema>;

export const GlossaryEntrySchema = z.object({
  abbreviation: z.string().min(1),
  expansion: z.string().min(1),
  /** One line, in the document's own terms. */
  explanation: z.string().min(1),
  sectionRefs: z.array(SectionRefSchema).min(1),
  /** Other spellings: "SGB 2", "Bürgergeld-Beziehende". */
  aliases: z.array(z.string()).default([]),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

/** Words staff use interchangeably; each group is expanded in both directions. */
export const SynonymGroupSchema = z.array(z.string().min(1)).min(2);

export const TargetGroupSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  sectionRefs: z.array(SectionRefSchema).min(1),
  /** The programme's approach for the group, in one or two sentences from the document. */
  approach: z.string().min(1),
  instrumentIds: z.array(z.string()).default([]),
});
export type TargetGroup = z.infer<typeof TargetGroupSchema>;

export const InstrumentSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  name: z.string().min(1),
  aliases: z.array(z.string()).default([]),
  sectionRefs: z.array(SectionRefSchema).min(1),
  /** What the document says about it, one sentence. */
  description: z.string().min(1),
});
export type Instrument = z.infer<typeof InstrumentSchema>;

/**
 * A curated figure is an override: anchored by section, value and unit to the figure the
 * document's sentence states (derived), it gives only what differs (label, keywords, id).
 * A figure the grammar does not find needs its quote and label.
 */
export const ProseFigureOverrideSchema = ProseFigureSchema.partial().required({ sectionRef: true, value: true, unit: true }).extend({ keywords: z.array(z.string()).optional() });
export type ProseFigureOverride = z.infer<typeof ProseFigureOverrideSchema>;

/**
 * A curated glossary entry is an override of the derived entry with its abbreviation
 * (Abkürzungsverzeichnis, "… (ELB)" in the text): it gives only what differs. An
 * abbreviation the document does not define needs expansion, explanation and sections.
 */
export const GlossaryOverrideSchema = GlossaryEntrySchema.partial().required({ abbreviation: true }).extend({ aliases: z.array(z.string()).optional() });
export type GlossaryOverride = z.infer<typeof GlossaryOverrideSchema>;

export const GlossaryFileSchema = z.object({ entries: z.array(GlossaryOverrideSchema).min(1) });
export const SynonymsFileSchema = z.object({ groups: z.array(SynonymGroupSchema).min(1) });
export const ProseFiguresFileSchema = z.object({ figures: z.array(ProseFigureOverrideSchema).min(1) });
export const TargetGroupsFileSchema = z.object({ targetGroups: z.array(TargetGroupSchema).min(1) });
export const InstrumentsFileSchema = z.object({ instruments: z.array(InstrumentSchema).min(1) });

/**
 * Whose programme this is and for which year, as the document itself says
 * (title page, Stand, sign-off). The answer engine resolves "which jobcenter,
 * which year" against this; nothing in the code names a jobcenter or a year.
 */
export interface ProgrammeIdentity {
  /** Folder-safe id: "<jobcenter slug>-<year>" ("elbe-elster-2024"). */
  id: string;
  /** "Jobcenter Elbe-Elster", as the title page names it (nominative). */
  jobcenter: string;
  /** The name without "Jobcenter" ("Elbe-Elster"): how staff name their region. */
  region: string;
  /** The programme year ("für das Jahr 2024"). */
  year: number;
  /** ISO date of the title page's "Stand". */
  stand: string;
  /** Place, date and name under the sign-off, when the document has one. */
  signOff?: { place: string; date: string; name: string; role?: string };
}

/** Everything the bot knows, validated and cross-checked. */
export interface Knowledge {
  programme: ProgrammeIdentity;
  /** Short id of the document and curated data ("2023-11-13+ab12cd34"), shown by /healthz. */
  version: string;
  documentTitle: string;
  documentStand: string;
  sections: Section[];
  tables: Table[];
  proseFigures: ProseFigure[];
  glossary: GlossaryEntry[];
  synonyms: string[][];
  targetGroups: TargetGroup[];
  instruments: Instrument[];
}
