/**
 * @module
 * The 404 page's words in Nepali, a translation of NOT_FOUND.ja (the Japanese is authoritative).
 */
import type { NotFoundText } from "../../not-found";

export const content: NotFoundText = {
  heading: "पेज भेटिएन",
  text: "ठेगाना गलत हुन सक्छ, वा पेज अर्को ठाउँमा सरेको छ। लेख्नुभएको ठेगाना जाँच गर्नुहोस्, वा तलका पेजबाट खोज्नुहोस्।",
  linksLabel: "धेरै प्रयोग हुने पेजहरू",
  links: [
    { page: "home", label: "गृहपृष्ठ (30 सेकेन्डमा बुझ्ने जानकारी)" },
    { page: "check", label: "इलेक्ट्रोनिक प्रमाणपत्रको म्याद जाँच गर्ने" },
    { page: "stages", label: "माइ नम्बर स्वास्थ्य बीमा कार्डका 4 चरण" },
    { page: "renew", label: "नवीकरण गर्ने तरिका" },
  ],
};
