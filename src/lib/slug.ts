/**
 * The one definition of a slug: lowercase letters and digits, joined by hyphens, never starting
 * with a hyphen. Ids and codes created through the API are slugs ("ir-ru-2025", "energy").
 */
const slugPattern = (alsoAllowed = "") => new RegExp(`^[a-z0-9][a-z0-9${alsoAllowed}-]*$`);

export const SLUG = slugPattern();

/**
 * A dataset file's ids are slugs that may also hold ":", as the ids the seed and the GGO import
 * derive from other ids do ("<agreement id>:<country>").
 */
export const DATASET_SLUG = slugPattern(":");

/** A BCP 47 language tag, as the API and the dataset take it ("en", "fa", "pt-BR"). */
export const LANGUAGE_TAG = /^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/;
