/** Texts of the capacity pages. */
const sr = {};

const en: typeof sr = {};

export const capacityMessages = { sr, en };
