/** The text as a literal inside a regular expression ("Kfz (neu)" → "Kfz \(neu\)"). */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
