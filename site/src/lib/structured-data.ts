/**
 * @module
 * JSON-LD (schema.org) for the pages it fits: `WebApplication` on the home page and the checker,
 * `FAQPage` on the FAQ. It describes what the site is and nothing more: no publisher or
 * provider that could read as a government body, and the 「非公式」 line as its disambiguating
 * description, so no search result can present it as an official service.
 */
import type { ProsePageContent } from "../content/blocks";
import { plainText } from "./inline";

type Json = { [key: string]: Json } | Json[] | string | number | boolean;

export interface AppFacts {
  name: string;
  description: string;
  /** Absolute URL of the page. */
  url: string;
  /** BCP 47 tag of the page. */
  inLanguage: string;
  /** The 「非公式」 sentence (SiteUi.unofficial). */
  unofficial: string;
}

export const webApplication = (facts: AppFacts): Json => ({
  "@context": "https://schema.org",
  "@type": "WebApplication",
  name: plainText(facts.name),
  description: plainText(facts.description),
  disambiguatingDescription: plainText(facts.unofficial),
  url: facts.url,
  inLanguage: facts.inLanguage,
  applicationCategory: "UtilityApplication",
  operatingSystem: "Any",
  isAccessibleForFree: true,
  offers: { "@type": "Offer", price: "0", priceCurrency: "JPY" },
});

/** Every question-and-answer block of a prose page, as a `FAQPage`. */
export function faqPage(content: ProsePageContent, url: string, inLanguage: string): Json {
  const questions = content.sections.flatMap((section) =>
    section.blocks.flatMap((block) => (block.kind === "qa" ? block.items : [])),
  );
  return {
    "@context": "https://schema.org",
    "@type": "FAQPage",
    url,
    inLanguage,
    mainEntity: questions.map(({ q, a }) => ({
      "@type": "Question",
      name: plainText(q),
      acceptedAnswer: { "@type": "Answer", text: a.map(plainText).join("\n") },
    })),
  };
}

/** JSON for a `<script type="application/ld+json">`: `<` escaped, so no text can close the element. */
export const jsonLdText = (data: Json): string => JSON.stringify(data).replaceAll("<", "\\u003c");
