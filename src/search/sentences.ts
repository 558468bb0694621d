/** German sentence splitting lives with the knowledge (ingest needs it too); search uses the same one. */
export { splitSentences } from '../knowledge/sentences';
