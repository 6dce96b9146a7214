/** Texts of the meetings pages. */
const sr = {};

const en: typeof sr = {};

export const meetingsMessages = { sr, en };
