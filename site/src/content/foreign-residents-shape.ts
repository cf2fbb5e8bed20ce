/**
 * @module
 * The shape of the period-of-stay page (/foreign-residents/) that every language fills: its
 * sections and the sources it rests on. Apart from foreign-residents.ts, which gathers every
 * language's texts, so the translations can import it without an import cycle.
 */
import type { ProsePageContent, Section } from "./blocks";
import { SOURCE } from "./sources";

/** The page's sections, in order. Their ids are the anchors other pages link to. */
export const FOREIGN_RESIDENTS_SECTIONS = [
  "who",
  "card",
  "steps",
  "bring",
  "reminder",
  "insurance",
  "sources",
] as const;
type SectionId = (typeof FOREIGN_RESIDENTS_SECTIONS)[number];
type SectionOf<Id extends SectionId> = Section & { id: Id };

export interface ForeignResidentsContent extends ProsePageContent {
  sections: [
    SectionOf<"who">,
    SectionOf<"card">,
    SectionOf<"steps">,
    SectionOf<"bring">,
    SectionOf<"reminder">,
    SectionOf<"insurance">,
    SectionOf<"sources">,
  ];
}

/** The sources this page rests on: entries of the sources page (one home: content/sources.ts). */
export const FOREIGN_RESIDENTS_SOURCES = [
  SOURCE.miyake,
  SOURCE.yonago,
  SOURCE.leaflet,
  SOURCE.kyoukaiKenpo,
  SOURCE.asaka,
];
