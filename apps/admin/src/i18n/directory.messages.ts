/** Texts of the directory pages. */
const sr = {};

const en: typeof sr = {};

export const directoryMessages = { sr, en };
