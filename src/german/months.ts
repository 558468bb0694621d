/** The German month names, January first: for text the bot writes and reads ("ab März 2025", "Stand September 2023"). */
export const GERMAN_MONTHS = ['Januar', 'Februar', 'März', 'April', 'Mai', 'Juni', 'Juli', 'August', 'September', 'Oktober', 'November', 'Dezember'] as const;
